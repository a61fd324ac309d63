// Package fiberjwtv0 covers github.com/gofiber/jwt (v0, for fiber v1).
package fiberjwtv0

import (
	"os"

	jwtware "github.com/gofiber/jwt"
)

var config = jwtware.Config{
	SigningKey: []byte("fiber-jwt-v0-secret"), // want `hard-coded 19-byte key`
}

func envConfig() jwtware.Config {
	return jwtware.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))} // want `no emptiness or length check`
}
