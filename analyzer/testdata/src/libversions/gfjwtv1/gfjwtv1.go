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
		Key:   []byte("gf-jwt-v1-secret"), // want `hard-coded 16-byte key`
	})
}

func envMiddleware() (*jwt.GfJWTMiddleware, error) {
	return jwt.New(&jwt.GfJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
