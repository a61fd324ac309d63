// Package jwtutil reduces x64integer/go-common at a5862a2 (jwt/jwt.go:27,
// :36): Generate refuses an empty Secret before it signs with it, so a
// Token built with a nil or empty Secret never signs.
package jwtutil

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// ErrMissingSecret is returned for an empty secret.
var ErrMissingSecret = errors.New("missing secret key")

// Token signs with Secret.
type Token struct {
	Secret  []byte
	Content string
}

// Generate signs a token with Secret.
func (t *Token) Generate() error {
	if t.Secret == nil || len(t.Secret) == 0 {
		return ErrMissingSecret
	}
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString(t.Secret)
	if err != nil {
		return err
	}
	t.Content = s
	return nil
}

// Loose signs with Secret, checking nothing.
type Loose struct{ Secret []byte }

// Generate signs a token with Secret.
func (l *Loose) Generate() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(l.Secret)
}

// SignKey refuses an empty key before it signs with it.
func SignKey(key string) (string, error) {
	if key == "" {
		return "", ErrMissingSecret
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}
