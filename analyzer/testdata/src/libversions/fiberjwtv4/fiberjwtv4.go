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
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("fiber-jwt-v4-secret")}, // want `hard\-coded 19\-byte key passed to jwtware\.SigningKey\.Key: anyone who can read the source can forge tokens it accepts, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	})
}

func envMiddleware() fiber.Handler {
	return jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}, // want `no emptiness or length check`
	})
}
