// Package middleware is a small stub of github.com/labstack/echo/middleware
// (echo v3.3.10) for jwtlint's tests: the JWT middleware only.
package middleware

import (
	"github.com/dgrijalva/jwt-go"
	"github.com/labstack/echo"
)

type JWTConfig struct {
	SigningKey    interface{}
	SigningMethod string
	ContextKey    string
	Claims        jwt.Claims
	TokenLookup   string
	AuthScheme    string
}

const (
	AlgorithmHS256 = "HS256"
)

func JWT(key interface{}) echo.MiddlewareFunc { return nil }

func JWTWithConfig(config JWTConfig) echo.MiddlewareFunc { return nil }
