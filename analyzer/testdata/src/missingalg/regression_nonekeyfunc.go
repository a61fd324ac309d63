package missingalg

import jwt5 "github.com/golang-jwt/jwt/v5"

// A keyfunc that returns the "accept alg none" magic constant
// (jumpstarter-controller 742ecb5, router_service.go:55) returns no public
// key: the parse accepts unsigned tokens, and the message says so instead of
// calling the check defence in depth.
func acceptsNone(s string) {
	jwt5.Parse(s, func(t *jwt5.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc returns jwt.UnsafeAllowNoneSignatureType: a token with alg none and no signature passes; pass jwt.WithValidMethods`
		return jwt5.UnsafeAllowNoneSignatureType, nil
	})
}
