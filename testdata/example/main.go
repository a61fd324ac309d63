// Command jwtexample is a tiny HTTP service that issues and checks JWTs with
// github.com/golang-jwt/jwt/v5. It has the mistakes jwtlint finds (each
// marked "jwtlint:expect" at the line where it is reported) and one correct
// path, /api/orders.
package main

import (
	crand "crypto/rand"
	"errors"
	"fmt"
	"log"
	mrand "math/rand"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// adminSecret signs admin tokens. Anyone who can read the source can forge
// them.
const adminSecret = "admin-signing-secret-please-rotate-0b7d3f9e5a1c48e2d6f0"

// userSecret falls back to a default when the variable is unset, so a
// forgotten deployment setting silently makes the key public.
func userSecret() []byte {
	s := os.Getenv("USER_JWT_SECRET")
	if s == "" {
		s = "changeme"
	}
	return []byte(s)
}

// sessionKey is generated at start-up, but with math/rand: the key follows
// from the seed.
var sessionKey = newSessionKey()

func newSessionKey() []byte {
	k := make([]byte, 32)
	mrand.Read(k)
	return k
}

// refreshKey is random but holds only 32 bytes; HS512 needs 64.
var refreshKey = newRefreshKey()

func newRefreshKey() []byte {
	k := make([]byte, 32)
	if _, err := crand.Read(k); err != nil {
		log.Fatal(err)
	}
	return k
}

// ordersKey is the correct path: read from the environment and checked.
func ordersKey() ([]byte, error) {
	k := []byte(os.Getenv("ORDERS_JWT_SECRET"))
	if len(k) < 64 {
		return nil, errors.New("ORDERS_JWT_SECRET must hold at least 64 bytes for HS512")
	}
	return k, nil
}

type server struct {
	orders []byte
}

func claims(sub string, ttl time.Duration) jwt.RegisteredClaims {
	now := time.Now()
	return jwt.RegisteredClaims{
		Subject:   sub,
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
	}
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	access, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(user, 15*time.Minute)).
		SignedString(userSecret()) // jwtlint:expect hardcoded-key
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	session, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(user, 24*time.Hour)).
		SignedString(sessionKey) // jwtlint:expect weak-random-key
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	refresh, err := jwt.NewWithClaims(jwt.SigningMethodHS512, claims(user, 30*24*time.Hour)).
		SignedString(refreshKey) // jwtlint:expect short-key
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	orders, err := jwt.NewWithClaims(jwt.SigningMethodHS512, claims(user, time.Hour)).SignedString(s.orders)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "access=%s\nsession=%s\nrefresh=%s\norders=%s\n", access, session, refresh, orders)
}

func (s *server) adminToken(w http.ResponseWriter, r *http.Request) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims("admin", time.Hour))
	signed, err := tok.SignedString([]byte(adminSecret)) // jwtlint:expect hardcoded-key
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, signed)
}

// profile accepts whatever algorithm the token names.
func (s *server) profile(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), func(t *jwt.Token) (any, error) { // jwtlint:expect missing-alg-check
		return userSecret(), nil // jwtlint:expect hardcoded-key
	})
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "hello %s\n", sub)
}

// orderList is the correct path: a key from the environment of the right size
// and a fixed algorithm.
func (s *server) orderList(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseWithClaims(bearer(r), &jwt.RegisteredClaims{}, func(t *jwt.Token) (any, error) {
		return s.orders, nil
	}, jwt.WithValidMethods([]string{"HS512"}), jwt.WithExpirationRequired())
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	fmt.Fprintln(w, "[]")
}

func main() {
	orders, err := ordersKey()
	if err != nil {
		log.Fatal(err)
	}
	s := &server{orders: orders}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /admin/token", s.adminToken)
	mux.HandleFunc("GET /profile", s.profile)
	mux.HandleFunc("GET /api/orders", s.orderList)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
