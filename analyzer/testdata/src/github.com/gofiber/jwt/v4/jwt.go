// Package jwtware is a stub of github.com/gofiber/jwt/v4 for jwtlint's
// tests: the API surface only, with the real names.
package jwtware

import (
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

type Config struct {
	SigningKey  SigningKey
	SigningKeys map[string]SigningKey
	ContextKey  string
	Claims      jwt.Claims
	TokenLookup string
	AuthScheme  string
	KeyFunc     jwt.Keyfunc
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
	RS256 = "RS256"
	RS384 = "RS384"
	RS512 = "RS512"
	PS256 = "PS256"
	PS384 = "PS384"
	PS512 = "PS512"
)

func New(config ...Config) fiber.Handler { return nil }
