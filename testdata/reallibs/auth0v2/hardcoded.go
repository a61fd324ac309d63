// Package auth0v2 uses github.com/auth0/go-jwt-middleware/v2's validator:
// the key is what keyFunc returns, for the algorithm New is given.
package auth0v2

import (
	"context"
	"os"

	"github.com/auth0/go-jwt-middleware/v2/validator"

	"example.com/reallibs/keys"
)

const signingSecret = "auth0v2-const-signing-secret-6f2b8d4a0c1e73f9b5d2a8c6e0f41b3d"

// Literal verifies with a literal.
func Literal() (*validator.Validator, error) {
	return validator.New(func(ctx context.Context) (interface{}, error) {
		return []byte("auth0v2-direct-literal-secret-2e8c4a0f6b1d97e3c5a8f2b0d6e41c9a"), nil // jwtlint:expect hardcoded-key
	}, validator.HS256, "https://issuer.example/", []string{"api"})
}

// Const verifies with a constant.
func Const() (*validator.Validator, error) {
	keyFunc := func(ctx context.Context) (interface{}, error) {
		return []byte(signingSecret), nil // jwtlint:expect hardcoded-key
	}
	return validator.New(keyFunc, validator.HS256, "https://issuer.example/", []string{"api"})
}

// Keys verifies with a variable of package keys.
func Keys() (*validator.Validator, error) {
	return validator.New(func(ctx context.Context) (interface{}, error) {
		return keys.Shared, nil // jwtlint:expect hardcoded-key
	}, validator.HS512, "https://issuer.example/", []string{"api"})
}

// Env reads the key from the environment: not reported.
func Env() (*validator.Validator, error) {
	return validator.New(func(ctx context.Context) (interface{}, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil // jwtlint:expect short-key
	}, validator.HS256, "https://issuer.example/", []string{"api"})
}
