// Package regressowntoken: missing-alg-check judges whose token is parsed,
// as unverified-parse does (sweep cases V1, V2, V5 of issue 12): nobody can
// choose the algorithm of a token the program wrote itself (a literal,
// InternPulse/renergy-hub-go-backend estuff/main.go:14) or signed itself
// (go-pkgz/auth provider/apple.go:427 re-reads the client secret it
// signed), and a keyfunc that returns no key at all lets no token through
// (AleksK1NG/Go-Clean-Architecture-REST-API pkg/utils/jwt.go:58). A token
// from a request still is reported.
package regressowntoken

import (
	"crypto/ecdsa"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func secret(*jwt.Token) (any, error) { return []byte(os.Getenv("K")), nil }

// literal parses a constant token.
func literal() {
	const tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.x"
	jwt.Parse(tok, secret)
}

// appleHandler keeps the client secret it signed and re-reads its expiry.
type appleHandler struct {
	clientSecret string
	priv         *ecdsa.PrivateKey
}

func (h *appleHandler) mint() (string, error) {
	return jwt.New(jwt.SigningMethodES256).SignedString(h.priv)
}

func (h *appleHandler) fresh() {
	if _, err := jwt.Parse(h.clientSecret, func(*jwt.Token) (any, error) { return &h.priv.PublicKey, nil }); err != nil {
		h.clientSecret, _ = h.mint()
	}
}

// noKey's keyfunc returns its zero named results: golang-jwt rejects every
// token (a nil key is no key for any algorithm).
func noKey(s string) {
	jwt.ParseWithClaims(s, jwt.MapClaims{}, func(t *jwt.Token) (key interface{}, err error) { return key, err })
}

// fromRequest parses a token a client sent.
func fromRequest(r *http.Request) {
	jwt.Parse(r.Header.Get("Authorization"), secret) // want `accepts any algorithm`
}
