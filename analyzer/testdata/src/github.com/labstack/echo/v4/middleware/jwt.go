// Package middleware is a small stub of github.com/labstack/echo/v4/middleware
// (v4.12.0, the last release with the deprecated JWT middleware) for
// jwtlint's tests.
package middleware

import (
	"github.com/golang-jwt/jwt"
	"github.com/labstack/echo/v4"
)

type Skipper func(c echo.Context) bool

type BeforeFunc func(c echo.Context)

type ValuesExtractor func(c echo.Context) ([]string, error)

type JWTConfig struct {
	Skipper                 Skipper
	BeforeFunc              BeforeFunc
	SuccessHandler          JWTSuccessHandler
	ErrorHandler            JWTErrorHandler
	ErrorHandlerWithContext JWTErrorHandlerWithContext
	ContinueOnIgnoredError  bool
	SigningKey              interface{}
	SigningKeys             map[string]interface{}
	SigningMethod           string
	ContextKey              string
	Claims                  jwt.Claims
	TokenLookup             string
	TokenLookupFuncs        []ValuesExtractor
	AuthScheme              string
	KeyFunc                 jwt.Keyfunc
	ParseTokenFunc          func(auth string, c echo.Context) (interface{}, error)
}

type JWTSuccessHandler func(c echo.Context)

type JWTErrorHandler func(err error) error

type JWTErrorHandlerWithContext func(err error, c echo.Context) error

const (
	AlgorithmHS256 = "HS256"
)

var DefaultJWTConfig = JWTConfig{
	SigningMethod: AlgorithmHS256,
	ContextKey:    "user",
	TokenLookup:   "header:Authorization",
	AuthScheme:    "Bearer",
	Claims:        jwt.MapClaims{},
}

// Deprecated: please use https://github.com/labstack/echo-jwt instead
func JWT(key interface{}) echo.MiddlewareFunc { return nil }

// Deprecated: please use https://github.com/labstack/echo-jwt instead
func JWTWithConfig(config JWTConfig) echo.MiddlewareFunc { return nil }
