// Package echov4 covers echo v4's own (deprecated) JWT middleware,
// github.com/labstack/echo/v4/middleware.
package echov4

import (
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func routes(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echo-v4-secret"))) // want `hard-coded 14-byte key passed to`
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET")))) // want `no emptiness or length check`
}
