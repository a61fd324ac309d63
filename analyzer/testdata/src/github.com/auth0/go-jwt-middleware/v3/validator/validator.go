// Package validator is a stub of
// github.com/auth0/go-jwt-middleware/v3/validator for jwtlint's tests: the
// API surface only, with the real names and parameter names.
package validator

import "context"

type SignatureAlgorithm string

const (
	HS256 = SignatureAlgorithm("HS256")
	HS384 = SignatureAlgorithm("HS384")
	HS512 = SignatureAlgorithm("HS512")
	RS256 = SignatureAlgorithm("RS256")
)

type Option func(*Validator) error

type Validator struct{}

func New(opts ...Option) (*Validator, error) { return &Validator{}, nil }

func WithKeyFunc(keyFunc func(context.Context) (any, error)) Option { return nil }

func WithAlgorithm(algorithm SignatureAlgorithm) Option { return nil }

func WithIssuer(issuerURL string) Option { return nil }

func WithAudience(audience string) Option { return nil }
