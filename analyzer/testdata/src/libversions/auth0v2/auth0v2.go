// Package auth0v2 covers auth0/go-jwt-middleware v2's validator: the key
// is what keyFunc returns, for the algorithm New is given.
package auth0v2

import (
	"context"
	"os"

	"github.com/auth0/go-jwt-middleware/v2/validator"
)

func literal() (*validator.Validator, error) {
	return validator.New(func(ctx context.Context) (interface{}, error) {
		return []byte("auth0-secret"), nil // want `hard-coded 12-byte key`
	}, validator.HS256, "https://issuer.example/", []string{"api"})
}

func env() (*validator.Validator, error) {
	return validator.New(func(ctx context.Context) (interface{}, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil // want `no emptiness or length check`
	}, validator.HS256, "https://issuer.example/", []string{"api"})
}
