package golangjwtv5

import (
	"crypto/rand"

	"github.com/golang-jwt/jwt/v5"
)

// VerifyShortWhitelisted verifies HS512 tokens with a 32-byte key.
func VerifyShortWhitelisted(raw string) error {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return key, nil // jwtlint:expect short-key
	}, jwt.WithValidMethods([]string{"HS512"}))
	return err
}
