// Package auth0v3 covers github.com/auth0/go-jwt-middleware/v3's
// validator: the key is what the WithKeyFunc option's keyFunc returns.
package auth0v3

import (
	"context"
	"os"

	"github.com/auth0/go-jwt-middleware/v3/validator"
)

func literal() (*validator.Validator, error) {
	return validator.New(
		validator.WithKeyFunc(func(ctx context.Context) (any, error) {
			return []byte("auth0-v3-secret"), nil // want `keyfunc of validator\.WithKeyFunc returns a hard\-coded 15\-byte key: anyone who can read the source can forge tokens it accepts, and at 15 bytes it is too short even for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
		}),
		validator.WithAlgorithm(validator.HS256),
		validator.WithIssuer("https://issuer.example/"),
	)
}

func env() (*validator.Validator, error) {
	return validator.New(
		validator.WithKeyFunc(func(ctx context.Context) (any, error) {
			return []byte(os.Getenv("JWT_SECRET")), nil // want `no emptiness or length check`
		}),
		validator.WithAlgorithm(validator.HS256),
	)
}
