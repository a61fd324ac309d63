// Package jwtware is a stub of github.com/gofiber/jwt/v3 for jwtlint's
// tests: the API surface only, with the real names.
package jwtware

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v4"
)

type KeyRefreshSuccessHandler func(j *KeySet)

type KeyRefreshErrorHandler func(j *KeySet, err error)

type KeySet struct {
	Config *Config
}

func (j *KeySet) StopRefreshing() {}

type Config struct {
	Filter                   func(*fiber.Ctx) bool
	SuccessHandler           fiber.Handler
	ErrorHandler             fiber.ErrorHandler
	SigningKey               interface{}
	SigningKeys              map[string]interface{}
	KeySetURL                string
	KeySetURLs               []string
	KeyRefreshSuccessHandler KeyRefreshSuccessHandler
	KeyRefreshErrorHandler   KeyRefreshErrorHandler
	KeyRefreshInterval       *time.Duration
	KeyRefreshRateLimit      *time.Duration
	KeyRefreshTimeout        *time.Duration
	KeyRefreshUnknownKID     *bool
	SigningMethod            string
	ContextKey               string
	Claims                   jwt.Claims
	TokenLookup              string
	AuthScheme               string
	KeyFunc                  jwt.Keyfunc
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
