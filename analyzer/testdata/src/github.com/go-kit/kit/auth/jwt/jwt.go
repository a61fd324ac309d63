// Package jwt is a stub of github.com/go-kit/kit/auth/jwt for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package jwt

import (
	"errors"

	"github.com/go-kit/kit/endpoint"
	"github.com/go-kit/kit/transport/http"
	"github.com/golang-jwt/jwt/v4"
)

type contextKey string

const (
	JWTContextKey       contextKey = "JWTToken"
	JWTTokenContextKey             = JWTContextKey
	JWTClaimsContextKey contextKey = "JWTClaims"
)

var (
	ErrTokenContextMissing     = errors.New("token up for parsing was not passed through the context")
	ErrTokenInvalid            = errors.New("JWT was invalid")
	ErrUnexpectedSigningMethod = errors.New("unexpected signing method")
)

func NewSigner(kid string, key []byte, method jwt.SigningMethod, claims jwt.Claims) endpoint.Middleware {
	return nil
}

type ClaimsFactory func() jwt.Claims

func MapClaimsFactory() jwt.Claims { return jwt.MapClaims{} }

func StandardClaimsFactory() jwt.Claims { return &jwt.StandardClaims{} }

func NewParser(keyFunc jwt.Keyfunc, method jwt.SigningMethod, newClaims ClaimsFactory) endpoint.Middleware {
	return nil
}

func HTTPToContext() http.RequestFunc { return nil }

func ContextToHTTP() http.RequestFunc { return nil }
