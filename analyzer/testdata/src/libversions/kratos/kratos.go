// Package kratos covers go-kratos/kratos v2's JWT middleware: the key is
// what the keyfunc returns; the middleware checks the signing method.
package kratos

import (
	"os"

	"github.com/go-kratos/kratos/v2/middleware"
	"github.com/go-kratos/kratos/v2/middleware/auth/jwt"
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func server() middleware.Middleware {
	return jwt.Server(func(token *jwtv5.Token) (interface{}, error) {
		return []byte("kratos-secret"), nil // want `hard-coded 13-byte key`
	})
}

func serverEnv() middleware.Middleware {
	return jwt.Server(func(token *jwtv5.Token) (interface{}, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil // want `no emptiness or length check`
	}, jwt.WithSigningMethod(jwtv5.SigningMethodHS512))
}
