package missingalg

import "github.com/golang-jwt/jwt/v5"

// keySource hands out a key jwtlint cannot follow: an interface method whose
// implementations are elsewhere.
type keySource interface{ Key(kid string) any }

// A keyfunc returning a key nothing is known about is not "only public
// keys": the message must not call the whitelist defence in depth.
func unknownKey(s string, src keySource, lookup func(string) (any, error)) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc does not check t.Method; pass jwt.WithValidMethods`
		return src.Key(t.Header["kid"].(string)), nil
	})
	jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc does not check t.Method; pass jwt.WithValidMethods`
		return lookup(t.Header["kid"].(string))
	})
}
