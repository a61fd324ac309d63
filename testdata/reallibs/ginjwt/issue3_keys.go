package ginjwt

import (
	"crypto/rand"
	mrand "math/rand"

	jwt "github.com/appleboy/gin-jwt/v2"
)

// NewWeak uses a math/rand key.
func NewWeak() (*jwt.GinJWTMiddleware, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         "api",
		Key:           key, // jwtlint:expect weak-random-key
		Authenticator: authenticate,
	})
}

// NewShort uses 32 random bytes for HS384.
func NewShort() (*jwt.GinJWTMiddleware, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:            "api",
		SigningAlgorithm: "HS384",
		Key:              key, // jwtlint:expect short-key
		Authenticator:    authenticate,
	})
}
