package echojwt

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

// RoutesKeyFuncUnchecked uses a custom keyfunc that does not check the
// method.
func RoutesKeyFuncUnchecked(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
	}))
}

// RoutesKeyFuncChecked checks the method: not reported.
func RoutesKeyFuncChecked(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if t.Method.Alg() != "HS256" {
				return nil, errors.New("unexpected signing method")
			}
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
	}))
}
