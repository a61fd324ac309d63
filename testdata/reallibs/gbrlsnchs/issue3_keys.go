package gbrlsnchs

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/gbrlsnchs/jwt/v3"
)

// SignWeak uses a math/rand key.
func SignWeak(sub string) ([]byte, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return jwt.Sign(payload(sub), jwt.NewHS256(key)) // jwtlint:expect weak-random-key
}

// SignShort uses 32 random bytes with HS512.
func SignShort(sub string) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return jwt.Sign(payload(sub), jwt.NewHS512(key)) // jwtlint:expect short-key
}
