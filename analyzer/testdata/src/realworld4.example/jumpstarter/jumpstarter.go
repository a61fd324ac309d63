// Package jumpstarter signs stream tokens with alg none and its router
// accepts them (sweep stop 18: jumpstarter-dev/jumpstarter-controller at
// 742ecb5, internal/service/controller_service.go:383 and
// router_service.go:58).
package jumpstarter

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// StreamToken mints the token a client presents to the router.
func StreamToken(stream string) (string, error) { // want StreamToken:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{ // want `jwt.SigningMethodNone allows unsigned tokens`
		Issuer:    "https://jumpstarter.dev/stream",
		Subject:   stream,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * time.Minute)),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
}

// Authenticate checks the token a client presents to the router.
func Authenticate(token string) (string, error) { // want Authenticate:"jwtlint.func"
	parsed, err := jwt.ParseWithClaims(
		token,
		&jwt.RegisteredClaims{},
		func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil }, // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
		jwt.WithIssuer("https://jumpstarter.dev/stream"),
		jwt.WithExpirationRequired(),
	)
	if err != nil || !parsed.Valid {
		return "", err
	}
	return parsed.Claims.GetSubject()
}
