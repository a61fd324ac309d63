// Package tokenorigin uses the real golang-jwt v5, go-jose v4 and net/http
// in the shapes of issue 12 item 4: an unverified parse is reported when the
// token is input the program receives, not when it is the program's own
// (signed, fetched, in its credential store) or verified by every caller or
// through an interface.
package tokenorigin

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
)

func key() []byte { return []byte(os.Getenv("TOKEN_ORIGIN_SECRET")) }

func keyfunc(*jwt.Token) (any, error) { return key(), nil } // jwtlint:expect short-key

// Subject reads the claims of a bearer token a client sent.
func Subject(r *http.Request) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), claims) // jwtlint:expect unverified-parse
	sub, _ := claims["sub"].(string)
	return sub
}

// Expiry reads the expiry of a token it has just signed.
func Expiry(user string) (time.Time, error) {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: user}).SignedString(key()) // jwtlint:expect short-key
	if err != nil {
		return time.Time{}, err
	}
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(s, &c); err != nil {
		return time.Time{}, err
	}
	return c.ExpiresAt.Time, nil
}

// Email reads the ID token of the response to its own token request.
func Email(c *http.Client, req *http.Request) (string, error) {
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		IDToken string `json:"id_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(out.IDToken, claims); err != nil {
		return "", err
	}
	email, _ := claims["email"].(string)
	return email, nil
}

// CachedLogin reads the expiry of the login token a command-line tool
// cached under the user's configuration directory.
func CachedLogin() (bool, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return false, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "tokenorigin", "token"))
	if err != nil {
		return false, err
	}
	sig, err := jose.ParseSigned(strings.TrimSpace(string(raw)), []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return false, err
	}
	var p struct {
		Exp int64 `json:"exp"`
	}
	if err := json.Unmarshal(sig.UnsafePayloadWithoutVerification(), &p); err != nil {
		return false, err
	}
	return time.Unix(p.Exp, 0).After(time.Now()), nil
}

// Verifier verifies tokens; its implementation here does.
type Verifier interface {
	Verify(raw string) (*jwt.Token, error)
}

// HMACVerifier is the Verifier of this package.
type HMACVerifier struct{}

// Verify verifies raw with the HMAC key.
func (HMACVerifier) Verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

// KeyID reads the key ID unverified, then verifies the same token through
// the interface.
func KeyID(v Verifier, r *http.Request) (*jwt.Token, error) {
	raw := r.Header.Get("Authorization")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	if _, ok := tok.Header["kid"].(string); !ok {
		return nil, errors.New("no key ID")
	}
	return v.Verify(raw)
}

// Issuer peeks at the issuer in a helper that trims the header itself;
// the helper's only caller verifies the same token.
func Issuer(r *http.Request) (*jwt.Token, error) {
	h := r.Header.Get("Authorization")
	if err := checkIssuer(h); err != nil {
		return nil, err
	}
	return jwt.Parse(strings.TrimPrefix(h, "Bearer "), keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

func checkIssuer(header string) error {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(strings.TrimPrefix(header, "Bearer "), &c); err != nil {
		return err
	}
	if c.Issuer != "https://issuer.example.com" {
		return errors.New("unknown issuer")
	}
	return nil
}

// Literal parses a constant token: nobody chooses its algorithm.
func Literal() (*jwt.Token, error) {
	const tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.x"
	return jwt.Parse(tok, keyfunc)
}

// Request parses a client's token without restricting the algorithm.
func Request(r *http.Request) (*jwt.Token, error) {
	return jwt.Parse(r.Header.Get("Authorization"), keyfunc) // jwtlint:expect missing-alg-check
}
