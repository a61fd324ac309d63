// Package jwtware is a stub of github.com/gofiber/jwt/v2 for jwtlint's
// tests: the API surface only, with the real names.
package jwtware

import (
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v4"
)

type Config struct {
	Filter         func(*fiber.Ctx) bool
	SuccessHandler fiber.Handler
	ErrorHandler   fiber.ErrorHandler
	SigningKey     interface{}
	SigningKeys    map[string]interface{}
	SigningMethod  string
	ContextKey     string
	Claims         jwt.Claims
	TokenLookup    string
	AuthScheme     string
	keyFunc        jwt.Keyfunc
}

func New(config ...Config) fiber.Handler { return nil }
