// Package jwt is a stub of github.com/go-kratos/kratos/v2/middleware/auth/jwt
// for jwtlint's tests: the API surface only, with the real names and
// parameter names.
package jwt

import (
	"github.com/go-kratos/kratos/v2/middleware"
	"github.com/golang-jwt/jwt/v5"
)

type Option func(*options)

type options struct {
	signingMethod jwt.SigningMethod
}

func WithSigningMethod(method jwt.SigningMethod) Option { return nil }

func WithClaims(f func() jwt.Claims) Option { return nil }

func Server(keyFunc jwt.Keyfunc, opts ...Option) middleware.Middleware { return nil }

func Client(keyProvider jwt.Keyfunc, opts ...Option) middleware.Middleware { return nil }
