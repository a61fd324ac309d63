package fiberjwtv2

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/gofiber/fiber/v2"
	jwtware "github.com/gofiber/jwt/v2"
)

// ProtectWeak uses a math/rand key.
func ProtectWeak(app *fiber.App) {
	key := make([]byte, 32)
	mrand.Read(key)
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: key, // jwtlint:expect weak-random-key
	}))
}

// ProtectShort uses 48 random bytes for HS512.
func ProtectShort(app *fiber.App) error {
	key := make([]byte, 48)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	app.Use(jwtware.New(jwtware.Config{
		SigningMethod: "HS512",
		SigningKey:    key, // jwtlint:expect short-key
	}))
	return nil
}
