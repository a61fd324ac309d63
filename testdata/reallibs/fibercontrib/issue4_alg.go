package fibercontrib

import (
	"os"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
)

// ProtectAnyAlg leaves JWTAlg empty, so the middleware accepts any
// algorithm the token names.
func ProtectAnyAlg(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("JWT_SECRET"))}, // jwtlint:expect missing-alg-check
	}))
}
