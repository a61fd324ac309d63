// Package echov3 covers echo v3's own JWT middleware,
// github.com/labstack/echo/middleware.
package echov3

import (
	"os"

	"github.com/labstack/echo"
	"github.com/labstack/echo/middleware"
)

func routes(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echo-v3-secret"))) // want `hard-coded 14-byte key passed to`
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKey:    []byte("echo-v3-config-secret"), // want `hard-coded 21-byte key`
		SigningMethod: middleware.AlgorithmHS256,
	}))
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET")))) // want `no emptiness or length check`
}
