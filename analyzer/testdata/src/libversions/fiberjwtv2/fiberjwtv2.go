// Package fiberjwtv2 covers github.com/gofiber/jwt/v2.
package fiberjwtv2

import (
	"os"

	jwtware "github.com/gofiber/jwt/v2"
)

var config = jwtware.Config{
	SigningKey: []byte("fiber-jwt-v2-secret"), // want `hard-coded 19-byte key`
}

func envConfig() jwtware.Config {
	return jwtware.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))} // want `no emptiness or length check`
}
