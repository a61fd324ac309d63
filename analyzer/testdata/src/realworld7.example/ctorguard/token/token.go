// Package token reduces n1rocket/go-auth-jwt at cf0706b
// (internal/token/manager.go:41, :122): the constructor refuses an empty
// HS256 secret, and keeps the secret only for HS256; RS256 signs with a
// private key.
package token

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Manager signs access tokens.
type Manager struct {
	algorithm  string
	secret     []byte
	privateKey *rsa.PrivateKey
}

// NewManager returns a manager for algorithm, or an error when its key is
// missing.
func NewManager(algorithm, secret string, privateKey *rsa.PrivateKey) (*Manager, error) {
	m := &Manager{algorithm: algorithm}
	switch algorithm {
	case "HS256":
		if secret == "" {
			return nil, errors.New("secret is required for HS256")
		}
		m.secret = []byte(secret)
	case "RS256":
		if privateKey == nil {
			return nil, errors.New("private key is required for RS256")
		}
		m.privateKey = privateKey
	default:
		return nil, errors.New("unsupported algorithm")
	}
	return m, nil
}

func (m *Manager) signingKey() any {
	if m.algorithm == "HS256" {
		return m.secret
	}
	return m.privateKey
}

// Sign signs a token.
func (m *Manager) Sign() (string, error) {
	method := jwt.SigningMethod(jwt.SigningMethodHS256)
	if m.algorithm == "RS256" {
		method = jwt.SigningMethodRS256
	}
	return jwt.New(method).SignedString(m.signingKey())
}

// Plain keeps its secret unchecked.
type Plain struct{ secret []byte }

// NewPlain returns a Plain for secret.
func NewPlain(secret string) *Plain { return &Plain{secret: []byte(secret)} }

// Sign signs a token.
func (p *Plain) Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(p.secret)
}

// Warned logs an empty secret and keeps it all the same.
type Warned struct{ secret []byte }

// NewWarned returns a Warned for secret.
func NewWarned(secret string, warn func(string)) *Warned {
	w := &Warned{}
	if secret == "" {
		warn("no secret")
	}
	w.secret = []byte(secret)
	return w
}

// Sign signs a token.
func (w *Warned) Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(w.secret)
}
