// Package regresstestkeyfunc is a regression fixture from the real-world
// sweep (hertz-contrib/jwt v1.0.4, auth_jwt.go:788; appleboy/gin-jwt
// v2.10.3, auth_jwt.go:756): a middleware parses a request's token with a
// keyfunc field that only its tests fill with a keyfunc that does not check
// t.Method. In the package's test variant that keyfunc reaches the
// middleware's jwt.Parse, but the keyfunc is test code: the middleware's
// own parse is not to be reported (missing-alg-check, parse.go). A field
// the package itself fills with such a keyfunc is reported.
package regresstestkeyfunc

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type middleware struct {
	keyFunc jwt.Keyfunc
}

func (mw *middleware) parse(r *http.Request) (*jwt.Token, error) {
	s := r.Header.Get("Authorization")
	if mw.keyFunc != nil {
		return jwt.Parse(s, mw.keyFunc) // no finding: the keyfunc is the tests'
	}
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodRS256 {
			return nil, jwt.ErrTokenSignatureInvalid
		}
		return nil, nil
	})
}

// Handler serves requests with a middleware.
func Handler(w http.ResponseWriter, r *http.Request) {
	mw := &middleware{}
	if _, err := mw.parse(r); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

var secret = []byte(nil)

type filled struct {
	keyFunc jwt.Keyfunc
}

func newFilled() *filled {
	return &filled{keyFunc: func(*jwt.Token) (any, error) { return secret, nil }}
}

func (f *filled) parse(r *http.Request) (*jwt.Token, error) {
	return jwt.Parse(r.Header.Get("Authorization"), f.keyFunc) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

// FilledHandler serves requests with a keyfunc the package fills itself.
func FilledHandler(w http.ResponseWriter, r *http.Request) {
	if _, err := newFilled().parse(r); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}
