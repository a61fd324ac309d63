// Package echojwt is a stub of github.com/labstack/echo-jwt/v4 for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package echojwt

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type Config struct {
	Skipper                middleware.Skipper
	BeforeFunc             middleware.BeforeFunc
	SuccessHandler         func(c echo.Context)
	ErrorHandler           func(c echo.Context, err error) error
	ContinueOnIgnoredError bool
	ContextKey             string
	SigningKey             interface{}
	SigningKeys            map[string]interface{}
	SigningMethod          string
	KeyFunc                jwt.Keyfunc
	TokenLookup            string
	TokenLookupFuncs       []middleware.ValuesExtractor
	ParseTokenFunc         func(c echo.Context, auth string) (interface{}, error)
	NewClaimsFunc          func(c echo.Context) jwt.Claims
}

const (
	AlgorithmHS256 = "HS256"
)

var ErrJWTMissing = echo.NewHTTPError(http.StatusUnauthorized, "missing or malformed jwt")

var ErrJWTInvalid = echo.NewHTTPError(http.StatusUnauthorized, "invalid or expired jwt")

func JWT(signingKey interface{}) echo.MiddlewareFunc { return nil }

func WithConfig(config Config) echo.MiddlewareFunc { return nil }

func (config Config) ToMiddleware() (echo.MiddlewareFunc, error) { return nil, nil }
