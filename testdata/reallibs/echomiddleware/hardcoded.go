// Package echomiddleware uses the deprecated JWT middleware of
// github.com/labstack/echo/v4 (v4.12.0, the last release that has it).
package echomiddleware

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"example.com/reallibs/keys"
)

const signingSecret = "echomw-const-signing-secret-4e0a6c2f8b1d93e5a7c0f2b6d8e41a3c"

var packageKey = []byte("echomw-package-variable-secret-9c5e1a7f3b0d24e8c6a2f0b4d8e16c3a")

func helperKey() []byte {
	return []byte("echomw-same-package-helper-secret-2b8d4f0a6c1e97b3d5f8a0c2e4b69d1f")
}

// Settings is the service configuration.
type Settings struct {
	Secret string
}

// RoutesLiteral uses middleware.JWT with a literal.
func RoutesLiteral(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echomw-direct-literal-secret-6d2f8b4a0e1c73d9f5b2a8e6c0d47b1e"))) // jwtlint:expect hardcoded-key
}

// RoutesConfig uses JWTWithConfig with a constant.
func RoutesConfig(e *echo.Echo) {
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKey:    []byte(signingSecret), // jwtlint:expect hardcoded-key
		SigningMethod: middleware.AlgorithmHS256,
	}))
}

// RoutesEnvFallback falls back to a default.
func RoutesEnvFallback(e *echo.Echo) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	e.Use(middleware.JWT([]byte(secret))) // jwtlint:expect hardcoded-key
}

// RoutesStructDefault takes the key from a configuration literal.
func RoutesStructDefault(e *echo.Echo) {
	s := Settings{Secret: "echomw-struct-field-secret-0f6b2d8a4e1c97f3b5d0a2c8e6f41b9d"}
	e.Use(middleware.JWT([]byte(s.Secret))) // jwtlint:expect hardcoded-key
}

// RoutesKeys uses a key set with a package variable and helpers.
func RoutesKeys(e *echo.Echo) {
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKeys: map[string]interface{}{
			"a": packageKey,       // jwtlint:expect hardcoded-key
			"b": helperKey(),      // jwtlint:expect hardcoded-key
			"c": keys.SharedKey(), // jwtlint:expect hardcoded-key
		},
	}))
}

// RoutesKeyFunc uses a keyfunc that checks the method.
func RoutesKeyFunc(e *echo.Echo) {
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return []byte(keys.Secret()), nil // jwtlint:expect hardcoded-key
		},
	}))
}

// RoutesEnv uses a key from the environment: not reported.
func RoutesEnv(e *echo.Echo) {
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET"))))
}
