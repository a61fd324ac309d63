// Package regresstestkeyfunc is a regression fixture from the real-world
// sweep (hertz-contrib/jwt v1.0.4, auth_jwt.go:788; appleboy/gin-jwt
// v2.10.3, auth_jwt.go:756): a middleware parses with a keyfunc field that
// only its tests fill with a keyfunc that does not check t.Method. In the
// package's test variant that keyfunc reaches the library code's
// jwt.Parse, but the keyfunc is test code: the middleware's own parse is
// not to be reported (missing-alg-check, parse.go).
package regresstestkeyfunc

import "github.com/golang-jwt/jwt/v5"

type middleware struct {
	keyFunc jwt.Keyfunc
}

func (mw *middleware) parse(s string) (*jwt.Token, error) {
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
