package echojwt

import (
	"crypto/rand"
	mrand "math/rand"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

// RoutesWeak uses a math/rand key.
func RoutesWeak(e *echo.Echo) {
	key := make([]byte, 32)
	mrand.Read(key)
	e.Use(echojwt.JWT(key)) // jwtlint:expect weak-random-key
}

// RoutesShortHS512 uses 32 random bytes with HS512.
func RoutesShortHS512(e *echo.Echo) error {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningMethod: "HS512",
		SigningKey:    key, // jwtlint:expect short-key
	}))
	return nil
}

// RoutesShortDefault uses 16 random bytes with the default HS256.
func RoutesShortDefault(e *echo.Echo) error {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	e.Use(echojwt.JWT(key)) // jwtlint:expect short-key
	return nil
}

// RoutesGood uses 64 random bytes with HS512: not reported.
func RoutesGood(e *echo.Echo) error {
	key := make([]byte, 64)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	e.Use(echojwt.WithConfig(echojwt.Config{SigningMethod: "HS512", SigningKey: key}))
	return nil
}
