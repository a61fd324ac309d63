// Package ginjwtv1 covers github.com/appleboy/gin-jwt, the import path of
// gin-jwt up to v2.6.0 (before its /v2 module path).
package ginjwtv1

import (
	"os"

	jwt "github.com/appleboy/gin-jwt"
)

func middleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "zone",
		Key:   []byte("gin-jwt-v1-secret"), // want `hard-coded 17-byte key`
	})
}

func envMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
