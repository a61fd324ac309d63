// Package ginjwtv3 covers github.com/appleboy/gin-jwt/v3.
package ginjwtv3

import (
	"os"

	jwt "github.com/appleboy/gin-jwt/v3"
)

func middleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "zone",
		Key:   []byte("gin-jwt-v3-secret"), // want `hard\-coded 17\-byte key passed to jwt\.GinJWTMiddleware\.Key: anyone who can read the source can forge tokens, and at 17 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	})
}

func envMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
