// Package gokit uses github.com/go-kit/kit/auth/jwt the way services do.
// NewParser rejects tokens whose method is not the method argument.
package gokit

import (
	"errors"
	"os"

	kitjwt "github.com/go-kit/kit/auth/jwt"
	"github.com/go-kit/kit/endpoint"
	"github.com/golang-jwt/jwt/v4"

	"example.com/reallibs/keys"
)

const signingSecret = "gokit-const-signing-secret-4c0a6e2f8b1d93c7e5a0f2b6d8c41a3e"

// Config is the service configuration.
type Config struct {
	Secret string
}

// SignerLiteral signs outgoing requests with a literal key.
func SignerLiteral() endpoint.Middleware {
	return kitjwt.NewSigner("kid", []byte("gokit-direct-literal-secret-9e5a1c7f3b0d28e4a6c1f9b5d3e07a2c"), jwt.SigningMethodHS256, jwt.MapClaims{}) // jwtlint:expect hardcoded-key
}

// SignerConst uses a constant.
func SignerConst() endpoint.Middleware {
	return kitjwt.NewSigner("kid", []byte(signingSecret), jwt.SigningMethodHS256, jwt.MapClaims{}) // jwtlint:expect hardcoded-key
}

// SignerEnvFallback falls back to a default.
func SignerEnvFallback() endpoint.Middleware {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return kitjwt.NewSigner("kid", []byte(secret), jwt.SigningMethodHS256, jwt.MapClaims{}) // jwtlint:expect hardcoded-key
}

// SignerStructDefault takes the key from a configuration literal.
func SignerStructDefault() endpoint.Middleware {
	cfg := Config{Secret: "gokit-struct-field-secret-2a8e4c0f6b1d97a3e5c8f2b0d6a41e9c"}
	return kitjwt.NewSigner("kid", []byte(cfg.Secret), jwt.SigningMethodHS256, jwt.MapClaims{}) // jwtlint:expect hardcoded-key
}

// ParserOtherPackage verifies with a key from another package.
func ParserOtherPackage() endpoint.Middleware {
	return kitjwt.NewParser(func(t *jwt.Token) (interface{}, error) {
		return keys.SharedKey(), nil // jwtlint:expect hardcoded-key
	}, jwt.SigningMethodHS256, kitjwt.StandardClaimsFactory)
}

// ParserEnv verifies with a key from the environment: not reported (and
// NewParser checks the method itself).
func ParserEnv() endpoint.Middleware {
	key := []byte(os.Getenv("JWT_SECRET"))
	return kitjwt.NewParser(func(t *jwt.Token) (interface{}, error) {
		if len(key) == 0 {
			return nil, errors.New("JWT_SECRET is not set")
		}
		return key, nil
	}, jwt.SigningMethodHS256, kitjwt.MapClaimsFactory)
}
