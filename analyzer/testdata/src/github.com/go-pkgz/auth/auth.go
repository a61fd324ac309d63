// Package auth is a stub of github.com/go-pkgz/auth for jwtlint's tests:
// the API surface only, with the real names and parameter names.
package auth

import (
	"time"

	"github.com/go-pkgz/auth/token"
)

type Opts struct {
	SecretReader   token.Secret
	TokenDuration  time.Duration
	CookieDuration time.Duration
	Issuer         string
	URL            string
}

type Service struct{}

func NewService(opts Opts) (res *Service) { return &Service{} }
