// Package fiberjwtv3 covers github.com/gofiber/jwt/v3.
package fiberjwtv3

import (
	"os"

	jwtware "github.com/gofiber/jwt/v3"
)

var config = jwtware.Config{
	SigningKey: []byte("fiber-jwt-v3-secret"), // want `hard-coded 19-byte key`
}

func envConfig() jwtware.Config {
	return jwtware.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))} // want `no emptiness or length check`
}
