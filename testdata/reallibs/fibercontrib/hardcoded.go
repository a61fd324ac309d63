// Package fibercontrib uses github.com/gofiber/contrib/jwt the way services
// do. This file holds hard-coded keys that jwtlint must report.
package fibercontrib

import (
	"errors"
	"os"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"

	"example.com/reallibs/keys"
)

const signingSecret = "fiber-const-signing-secret-1d7f3b9e5a0c28d4f6b1e7a3c9d05f2b"

var packageKey = []byte("fiber-package-variable-secret-8a4e0c6f2b1d97a3e5c8f0b2d6a41e9c")

func helperKey() []byte {
	return []byte("fiber-same-package-helper-secret-5f1b7d3a9e0c46f2b8d1a7e3c9f05b4d")
}

// Config is the service configuration.
type Config struct {
	Secret string
}

// ProtectLiteral protects the app with a literal key.
func ProtectLiteral(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{
			JWTAlg: jwtware.HS256,
			Key:    []byte("fiber-direct-literal-secret-3b9d5f1a7e0c24b8d6f2a9e5c1b07d3f"), // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectConst uses a constant.
func ProtectConst(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(signingSecret)}, // jwtlint:expect hardcoded-key
	}))
}

// ProtectEnvFallback falls back to a default.
func ProtectEnvFallback(app *fiber.App) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{
			JWTAlg: jwtware.HS256,
			Key:    []byte(secret), // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectStructDefault takes the key from a configuration literal.
func ProtectStructDefault(app *fiber.App) {
	cfg := Config{Secret: "fiber-struct-field-secret-e2a8c4f0b6d193e7a5c2f8b0d4e61a9c"}
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{
			JWTAlg: jwtware.HS256,
			Key:    []byte(cfg.Secret), // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectKeys uses keys by kid from a package variable and helpers.
func ProtectKeys(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKeys: map[string]jwtware.SigningKey{
			"a": {JWTAlg: jwtware.HS256, Key: packageKey},            // jwtlint:expect hardcoded-key
			"b": {JWTAlg: jwtware.HS256, Key: helperKey()},           // jwtlint:expect hardcoded-key
			"c": {JWTAlg: jwtware.HS256, Key: []byte(keys.Secret())}, // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectKeyFunc uses a keyfunc that checks the method.
func ProtectKeyFunc(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return keys.SharedKey(), nil // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectEnv uses a key from the environment: not reported.
func ProtectEnv(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("JWT_SECRET"))},
	}))
}
