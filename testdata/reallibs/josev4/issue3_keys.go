package josev4

import (
	"crypto/rand"
	mrand "math/rand"

	jose "github.com/go-jose/go-jose/v4"

	"example.com/reallibs/keys"
)

// SignMathRand uses a math/rand key.
func SignMathRand(sub string) (string, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       key, // jwtlint:expect weak-random-key
	}, sub)
}

// SignShortHS512 uses 32 random bytes for HS512.
func SignShortHS512(sub string) (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return sign(jose.SigningKey{
		Algorithm: jose.HS512,
		Key:       key, // jwtlint:expect short-key
	}, sub)
}

// SignShortOtherPackage uses 16 random bytes from another package for HS256.
func SignShortOtherPackage(sub string) (string, error) {
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       keys.Random(16), // jwtlint:expect short-key
	}, sub)
}

// SignGood uses 64 random bytes for HS512: not reported.
func SignGood(sub string) (string, error) {
	return sign(jose.SigningKey{Algorithm: jose.HS512, Key: keys.Random(64)}, sub)
}
