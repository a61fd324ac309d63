package fibercontrib

import (
	"crypto/rand"
	mrand "math/rand"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
)

// ProtectWeak uses a math/rand key.
func ProtectWeak(app *fiber.App) {
	key := make([]byte, 32)
	mrand.Read(key)
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{
			JWTAlg: jwtware.HS256,
			Key:    key, // jwtlint:expect weak-random-key
		},
	}))
}

// ProtectShort uses 32 random bytes for HS512.
func ProtectShort(app *fiber.App) error {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{
			JWTAlg: jwtware.HS512,
			Key:    key, // jwtlint:expect short-key
		},
	}))
	return nil
}
