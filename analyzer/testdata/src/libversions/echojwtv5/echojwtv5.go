// Package echojwtv5 covers github.com/labstack/echo-jwt/v5, for echo v5.
package echojwtv5

import (
	"os"

	echojwt "github.com/labstack/echo-jwt/v5"
	"github.com/labstack/echo/v5"
)

func routes(e *echo.Echo) {
	e.Use(echojwt.JWT([]byte("echo-jwt-v5-secret"))) // want `hard-coded 18-byte key passed to`
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte("echo-jwt-v5-config-secret"), // want `hard-coded 25-byte key`
	}))
	e.Use(echojwt.JWT([]byte(os.Getenv("JWT_SECRET")))) // want `no emptiness or length check`
}
