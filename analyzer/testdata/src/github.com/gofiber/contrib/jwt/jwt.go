// Package jwtware is a stub of github.com/gofiber/contrib/jwt for jwtlint's
// tests: the API surface only, with the real names.
package jwtware

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

var (
	ErrJWTAlg                = errors.New("the JWT header did not contain the expected algorithm")
	ErrJWTMissingOrMalformed = errors.New("missing or malformed JWT")
)

type Config struct {
	Filter             func(*fiber.Ctx) bool
	SuccessHandler     fiber.Handler
	ErrorHandler       fiber.ErrorHandler
	SigningKey         SigningKey
	SigningKeys        map[string]SigningKey
	ContextKey         string
	Claims             jwt.Claims
	TokenLookup        string
	TokenProcessorFunc func(token string) (string, error)
	AuthScheme         string
	KeyFunc            jwt.Keyfunc
	JWKSetURLs         []string
}

type SigningKey struct {
	JWTAlg string
	Key    interface{}
}

const (
	HS256 = "HS256"
	HS384 = "HS384"
	HS512 = "HS512"
	ES256 = "ES256"
	ES384 = "ES384"
	ES512 = "ES512"
	P256  = "P-256"
	P384  = "P-384"
	P521  = "P-521"
	RS256 = "RS256"
	RS384 = "RS384"
	RS512 = "RS512"
	PS256 = "PS256"
	PS384 = "PS384"
	PS512 = "PS512"
)

func New(config ...Config) fiber.Handler { return nil }
