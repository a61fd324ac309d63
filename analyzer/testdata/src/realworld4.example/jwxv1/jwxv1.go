// Package jwxv1: lestrrat-go/jwx v1's jwt.Parse verifies only when given // want package:"jwtlint.pkg"
// jwt.WithVerify or jwt.WithKeySet; without either it decodes any token.
// Found reading armory-io/armory-cli (sweep stop 18: pkg/auth/auth.go:221
// and login.go:167 parse the tool's own token-endpoint response this way,
// correctly not reported); a token from a request parsed the same way is
// the attacker's and is not reported either.
package jwxv1

import (
	"net/http"
	"strings"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwt"
)

// subject reads the subject of the bearer token without verifying it.
func subject(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.ParseString(raw, jwt.WithValidate(true)) // want `unverified|verify`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// verified passes a key: nothing to report.
func verified(r *http.Request, key []byte) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.ParseString(raw, jwt.WithVerify(jwa.HS256, key))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// Handler serves the subject.
func Handler(key []byte) http.HandlerFunc { // want Handler:"jwtlint.func"
	return func(w http.ResponseWriter, r *http.Request) {
		s, _ := subject(r)
		v, _ := verified(r, key)
		_, _ = w.Write([]byte(s + v))
	}
}
