// Package gfjwtv2 covers github.com/gogf/gf-jwt/v2, for GoFrame v2.
package gfjwtv2

import (
	"os"

	jwt "github.com/gogf/gf-jwt/v2"
)

var auth = jwt.New(&jwt.GfJWTMiddleware{
	Realm: "zone",
	Key:   []byte("gf-jwt-v2-secret"), // want `hard-coded 16-byte key`
})

func envMiddleware() *jwt.GfJWTMiddleware {
	return jwt.New(&jwt.GfJWTMiddleware{Key: []byte(os.Getenv("JWT_SECRET"))}) // want `no emptiness or length check`
}
