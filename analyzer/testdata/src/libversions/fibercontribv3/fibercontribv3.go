// Package fibercontribv3 covers github.com/gofiber/contrib/v3/jwt, for
// fiber v3.
package fibercontribv3

import (
	"os"

	jwtware "github.com/gofiber/contrib/v3/jwt"
	"github.com/gofiber/fiber/v3"
)

func middleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("fiber-contrib-v3-secret")}, // want `hard-coded 23-byte key`
	})
}

func envMiddleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}, // want `no emptiness or length check`
	})
}
