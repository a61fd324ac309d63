package pascaldekloe

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/pascaldekloe/jwt"
)

// SignWeak uses a math/rand key.
func SignWeak(sub string) ([]byte, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return newClaims(sub).HMACSign(jwt.HS256, key) // jwtlint:expect weak-random-key
}

// SignShort uses 48 random bytes with HS512.
func SignShort(sub string) ([]byte, error) {
	key := make([]byte, 48)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return newClaims(sub).HMACSign(jwt.HS512, key) // jwtlint:expect short-key
}
