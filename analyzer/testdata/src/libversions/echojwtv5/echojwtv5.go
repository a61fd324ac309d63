// Package echojwtv5 covers github.com/labstack/echo-jwt/v5, for echo v5.
package echojwtv5

import (
	"os"

	echojwt "github.com/labstack/echo-jwt/v5"
	"github.com/labstack/echo/v5"
)

func routes(e *echo.Echo) {
	e.Use(echojwt.JWT([]byte("echo-jwt-v5-secret"))) // want `hard\-coded 18\-byte key passed to echojwt\.JWT: anyone who can read the source can forge tokens it accepts, and at 18 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte("echo-jwt-v5-config-secret"), // want `hard\-coded 25\-byte key passed to echojwt\.Config\.SigningKey: anyone who can read the source can forge tokens it accepts, and at 25 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	}))
	e.Use(echojwt.JWT([]byte(os.Getenv("JWT_SECRET")))) // want `no emptiness or length check`
}
