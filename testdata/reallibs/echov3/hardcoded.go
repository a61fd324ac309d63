// Package echov3 uses echo v3's own JWT middleware,
// github.com/labstack/echo/middleware (v3.3.10), which real services still
// import.
package echov3

import (
	"os"

	"github.com/labstack/echo"
	"github.com/labstack/echo/middleware"

	"example.com/reallibs/keys"
)

const signingSecret = "echov3-const-signing-secret-3b9d5f1a7c0e48b2d6f9a1c3e5b70d2f"

// RoutesLiteral uses middleware.JWT with a literal.
func RoutesLiteral(e *echo.Echo) {
	e.Use(middleware.JWT([]byte("echov3-direct-literal-secret-8a2c4e6f0b1d35a7c9e2f4b6d8a01c3e"))) // jwtlint:expect hardcoded-key
}

// RoutesConfig uses JWTWithConfig with a constant.
func RoutesConfig(e *echo.Echo) {
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKey:    []byte(signingSecret), // jwtlint:expect hardcoded-key
		SigningMethod: middleware.AlgorithmHS256,
	}))
}

// RoutesKeys takes the key from a variable of package keys.
func RoutesKeys(e *echo.Echo) {
	e.Use(middleware.JWT(keys.Shared)) // jwtlint:expect hardcoded-key
}

// RoutesEnv reads the key from the environment: not reported.
func RoutesEnv(e *echo.Echo) {
	e.Use(middleware.JWT([]byte(os.Getenv("JWT_SECRET")))) // jwtlint:expect short-key
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{SigningKey: keys.FromEnv()}))
}
