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
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("fiber-contrib-v3-secret")}, // want `hard\-coded 23\-byte key passed to jwtware\.SigningKey\.Key: anyone who can read the source can forge tokens it accepts, and at 23 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	})
}

func envMiddleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}, // want `no emptiness or length check`
	})
}
