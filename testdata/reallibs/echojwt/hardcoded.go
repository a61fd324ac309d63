// Package echojwt uses github.com/labstack/echo-jwt/v4 the way services do.
// This file holds hard-coded keys that jwtlint must report.
package echojwt

import (
	"errors"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"

	"example.com/reallibs/keys"
)

const signingSecret = "echojwt-const-signing-secret-8b4f0d2a6c1e97b3f5d8a0c4e2b69f1d"

var packageKey = []byte("echojwt-package-variable-secret-3d9f5b1e7a0c42d6f8b3e9a1c5d70f4b")

// Config is the service configuration.
type Config struct {
	JWTSecret string
	Addr      string
}

func helperKey() []byte {
	return []byte("echojwt-same-package-helper-secret-a1e7c3f9b5d02a6e8c4f1b7d3e09a5c2")
}

func hello(c echo.Context) error { return c.String(http.StatusOK, "hello") }

// RoutesLiteral protects routes with a literal key.
func RoutesLiteral(e *echo.Echo) {
	e.Use(echojwt.JWT([]byte("echojwt-direct-literal-secret-5c1a7e3f9b0d24c8a6e2f0b4d8c16e3a"))) // jwtlint:expect hardcoded-key
}

// RoutesConst protects a group with a constant.
func RoutesConst(e *echo.Echo) {
	g := e.Group("/api")
	g.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte(signingSecret), // jwtlint:expect hardcoded-key
	}))
	g.GET("/hello", hello)
}

// RoutesPackageVar uses a package variable and an explicit method.
func RoutesPackageVar(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey:    packageKey, // jwtlint:expect hardcoded-key
		SigningMethod: echojwt.AlgorithmHS256,
	}))
}

// RoutesEnvFallback falls back to a default secret.
func RoutesEnvFallback(e *echo.Echo) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	e.Use(echojwt.JWT([]byte(secret))) // jwtlint:expect hardcoded-key
}

// RoutesStructDefault takes the key from a configuration literal.
func RoutesStructDefault(e *echo.Echo) {
	cfg := Config{JWTSecret: "echojwt-struct-field-secret-7f3b9d5a1e0c48f2b6d9a3e7c1f05b8d", Addr: ":8080"}
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte(cfg.JWTSecret), // jwtlint:expect hardcoded-key
	}))
}

// RoutesKeys uses a key set by kid, from helpers of this and another
// package.
func RoutesKeys(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKeys: map[string]interface{}{
			"k1": helperKey(),           // jwtlint:expect hardcoded-key
			"k2": []byte(keys.Secret()), // jwtlint:expect hardcoded-key
		},
	}))
}

// RoutesKeyFunc uses a keyfunc that checks the method and returns a
// variable of another package.
func RoutesKeyFunc(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return keys.SharedKey(), nil // jwtlint:expect hardcoded-key
		},
	}))
}
