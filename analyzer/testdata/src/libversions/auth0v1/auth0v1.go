// Package auth0v1 covers github.com/auth0/go-jwt-middleware v1: the key is
// what Options.ValidationKeyGetter returns.
package auth0v1

import (
	"os"

	jwtmiddleware "github.com/auth0/go-jwt-middleware"
	"github.com/form3tech-oss/jwt-go"
)

var mw = jwtmiddleware.New(jwtmiddleware.Options{
	ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
		return []byte("auth0-v1-secret"), nil // want `keyfunc of jwtmiddleware\.Options\.ValidationKeyGetter returns a hard\-coded 15\-byte key: anyone who can read the source can forge tokens it accepts, and at 15 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	},
	SigningMethod: jwt.SigningMethodHS256,
})

func envMiddleware() *jwtmiddleware.JWTMiddleware {
	return jwtmiddleware.New(jwtmiddleware.Options{
		ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
			return []byte(os.Getenv("JWT_SECRET")), nil // want `no emptiness or length check`
		},
		SigningMethod: jwt.SigningMethodHS256,
	})
}
