package echomiddleware

import (
	"os"

	"github.com/golang-jwt/jwt"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// RoutesKeyFuncUnchecked uses a keyfunc that does not check the method.
func RoutesKeyFuncUnchecked(e *echo.Echo) {
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		KeyFunc: func(t *jwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
	}))
}
