// Package ginjwtv3 covers github.com/appleboy/gin-jwt/v3.
package ginjwtv3

import (
	"os"

	jwt "github.com/appleboy/gin-jwt/v3"
)

func middleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "zone",
		Key:   []byte("gin-jwt-v3-secret"), // want `hard-coded 17-byte key`
	})
}

func envMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
