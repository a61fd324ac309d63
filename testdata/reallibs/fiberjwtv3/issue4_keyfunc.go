package fiberjwtv3

import (
	"errors"
	"os"

	"github.com/gofiber/fiber/v2"
	jwtware "github.com/gofiber/jwt/v3"
	"github.com/golang-jwt/jwt/v4"
)

// ProtectKeyFuncUnchecked uses a keyfunc that does not check the method.
func ProtectKeyFuncUnchecked(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
	}))
}

// ProtectKeyFuncChecked checks the method: not reported.
func ProtectKeyFuncChecked(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
	}))
}
