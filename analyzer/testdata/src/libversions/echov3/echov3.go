// Package echov3 covers echo v3's own JWT middleware,
// github.com/labstack/echo/middleware.
package echov3

import (
	"os"

	"github.com/labstack/echo"
	"github.com/labstack/echo/middleware"
)

func routes(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echo-v3-secret"))) // want `hard\-coded 14\-byte key passed to middleware\.JWT: anyone who can read the source can forge tokens it accepts, and at 14 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKey:    []byte("echo-v3-config-secret"), // want `hard\-coded 21\-byte key passed to middleware\.JWTConfig\.SigningKey: anyone who can read the source can forge tokens it accepts, and at 21 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
		SigningMethod: middleware.AlgorithmHS256,
	}))
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET")))) // want `no emptiness or length check`
}
