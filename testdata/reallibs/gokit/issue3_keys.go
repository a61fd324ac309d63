package gokit

import (
	"crypto/rand"
	mrand "math/rand"

	kitjwt "github.com/go-kit/kit/auth/jwt"
	"github.com/go-kit/kit/endpoint"
	"github.com/golang-jwt/jwt/v4"
)

// SignerWeak uses a math/rand key.
func SignerWeak() endpoint.Middleware {
	key := make([]byte, 32)
	mrand.Read(key)
	return kitjwt.NewSigner("kid", key, jwt.SigningMethodHS256, jwt.MapClaims{}) // jwtlint:expect weak-random-key
}

// SignerShort uses 32 random bytes for HS512.
func SignerShort() (endpoint.Middleware, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return kitjwt.NewSigner("kid", key, jwt.SigningMethodHS512, jwt.MapClaims{}), nil // jwtlint:expect short-key
}
