// Package gfjwtv1 covers github.com/gogf/gf-jwt (v1), gin-jwt ported to
// GoFrame.
package gfjwtv1

import (
	"os"

	jwt "github.com/gogf/gf-jwt"
)

func middleware() (*jwt.GfJWTMiddleware, error) {
	return jwt.New(&jwt.GfJWTMiddleware{
		Realm: "zone",
		Key:   []byte("gf-jwt-v1-secret"), // want `hard\-coded 16\-byte key passed to jwt\.GfJWTMiddleware\.Key: anyone who can read the source can forge tokens, and at 16 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	})
}

func envMiddleware() (*jwt.GfJWTMiddleware, error) {
	return jwt.New(&jwt.GfJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
