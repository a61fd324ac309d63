// Package fiberjwtv4 covers github.com/gofiber/jwt/v4, whose SigningKey is
// a struct like gofiber/contrib/jwt's.
package fiberjwtv4

import (
	"os"

	"github.com/gofiber/fiber/v2"
	jwtware "github.com/gofiber/jwt/v4"
)

func middleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("fiber-jwt-v4-secret")}, // want `hard-coded 19-byte key`
	})
}

func envMiddleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}, // want `no emptiness or length check`
	})
}
