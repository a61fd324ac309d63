// Package fiberjwtv2 uses github.com/gofiber/jwt/v2 (deprecated in favour of
// gofiber/contrib/jwt) the way services do. SigningMethod defaults to HS256.
package fiberjwtv2

import (
	"os"

	"github.com/gofiber/fiber/v2"
	jwtware "github.com/gofiber/jwt/v2"

	"example.com/reallibs/keys"
)

const signingSecret = "fiberv2-const-signing-secret-c7e3a9f5b1d02c8e4a6f9b3d1e7c05a2"

// Config is the service configuration.
type Config struct {
	Secret string
}

// ProtectLiteral uses a literal key.
func ProtectLiteral(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: []byte("fiberv2-direct-literal-secret-4a0e6c2f8b1d93a5e7c0f2b4d8a61e3c"), // jwtlint:expect hardcoded-key
	}))
}

// ProtectConst uses a constant.
func ProtectConst(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKey:    []byte(signingSecret), // jwtlint:expect hardcoded-key
		SigningMethod: "HS256",
	}))
}

// ProtectEnvFallback falls back to a default.
func ProtectEnvFallback(app *fiber.App) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: []byte(secret), // jwtlint:expect hardcoded-key
	}))
}

// ProtectStructDefault takes the key from a configuration literal.
func ProtectStructDefault(app *fiber.App) {
	cfg := Config{Secret: "fiberv2-struct-field-secret-9d5f1b7a3e0c42d8f6b9a1e5c3d70b4f"}
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: []byte(cfg.Secret), // jwtlint:expect hardcoded-key
	}))
}

// ProtectKeys uses keys by kid from other packages.
func ProtectKeys(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{
		SigningKeys: map[string]interface{}{
			"a": keys.SharedKey(),      // jwtlint:expect hardcoded-key
			"b": []byte(keys.Secret()), // jwtlint:expect hardcoded-key
		},
	}))
}

// ProtectEnv uses a key from the environment: not reported.
func ProtectEnv(app *fiber.App) {
	app.Use(jwtware.New(jwtware.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))}))
}
