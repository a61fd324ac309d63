// Package echov4 covers echo v4's own (deprecated) JWT middleware,
// github.com/labstack/echo/v4/middleware.
package echov4

import (
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func routes(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echo-v4-secret"))) // want `hard-coded 14-byte key passed to middleware\.JWT: anyone who can read the source can forge tokens it accepts; load it from the environment or a secret manager \(new key: .jwtlint gen --alg HS256.\)`
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET"))))
}
