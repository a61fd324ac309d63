package echojwt

import (
	"os"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

// RoutesEnv protects routes with a key from the environment.
func RoutesEnv(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte(os.Getenv("JWT_SECRET")),
	}))
}

// RoutesFile protects routes with a key read from a file.
func RoutesFile(e *echo.Echo, path string) error {
	key, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	e.Use(echojwt.JWT(key))
	return nil
}
