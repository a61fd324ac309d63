// Package fiberjwtv2 covers github.com/gofiber/jwt/v2.
package fiberjwtv2

import (
	"os"

	jwtware "github.com/gofiber/jwt/v2"
)

var config = jwtware.Config{
	SigningKey: []byte("fiber-jwt-v2-secret"), // want `hard\-coded 19\-byte key passed to jwtware\.Config\.SigningKey: anyone who can read the source can forge tokens it accepts, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}

func envConfig() jwtware.Config {
	return jwtware.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))} // want `no emptiness or length check`
}
