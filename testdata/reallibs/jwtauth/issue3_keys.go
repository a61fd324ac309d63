package jwtauth

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/go-chi/jwtauth/v5"
)

// NewWeak uses a math/rand key.
func NewWeak() *jwtauth.JWTAuth {
	key := make([]byte, 64)
	mrand.Read(key)
	return jwtauth.New("HS512", key, nil) // jwtlint:expect weak-random-key
}

// NewShort uses 32 random bytes for HS512.
func NewShort() (*jwtauth.JWTAuth, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return jwtauth.New("HS512", key, nil), nil // jwtlint:expect short-key
}
