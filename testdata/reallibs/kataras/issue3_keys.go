package kataras

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/kataras/jwt"
)

// SignWeak uses a math/rand key.
func SignWeak(user string) ([]byte, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return jwt.Sign(jwt.HS256, key, userClaims{Username: user}) // jwtlint:expect weak-random-key
}

// SignShort uses 32 random bytes for HS512.
func SignShort(user string) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return jwt.Sign(jwt.HS512, key, userClaims{Username: user}) // jwtlint:expect short-key
}

// SignGood uses 64 random bytes for HS512: not reported.
func SignGood(user string) ([]byte, error) {
	return jwt.Sign(jwt.HS512, jwt.MustGenerateRandom(64), userClaims{Username: user})
}
