// Package echojwt is a stub of github.com/labstack/echo-jwt/v5 (for echo
// v5) for jwtlint's tests: the API surface only, with the real names and
// parameter names.
package echojwt

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v5"
)

type Config struct {
	ContinueOnIgnoredError bool
	ContextKey             string
	SigningKey             interface{}
	SigningKeys            map[string]interface{}
	SigningMethod          string
	KeyFunc                jwt.Keyfunc
	TokenLookup            string
	ParseTokenFunc         func(c *echo.Context, auth string) (interface{}, error)
	NewClaimsFunc          func(c *echo.Context) jwt.Claims
}

const (
	AlgorithmHS256 = "HS256"
)

func JWT(signingKey interface{}) echo.MiddlewareFunc { return nil }

func WithConfig(config Config) echo.MiddlewareFunc { return nil }

func (config Config) ToMiddleware() (echo.MiddlewareFunc, error) { return nil, nil }
