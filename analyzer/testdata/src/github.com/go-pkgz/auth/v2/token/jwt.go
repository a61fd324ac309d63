// Package token is a stub of github.com/go-pkgz/auth/v2/token for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package token

import "time"

// Secret returns the HMAC secret for an audience: the key is what the
// user's implementation returns.
type Secret interface {
	Get(aud string) (string, error)
}

type SecretFunc func(aud string) (string, error)

func (f SecretFunc) Get(aud string) (string, error) { return f(aud) }

type Opts struct {
	SecretReader   Secret
	TokenDuration  time.Duration
	CookieDuration time.Duration
	Issuer         string
}

type Service struct {
	Opts
}

func NewService(opts Opts) *Service { return &Service{Opts: opts} }
