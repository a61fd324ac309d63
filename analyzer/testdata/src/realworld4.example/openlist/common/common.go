// Package common signs and verifies with SecretKey, which the server sets
// (sweep stop 18: OpenList, as alist server/common/auth.go).
package common

import "github.com/golang-jwt/jwt/v5"

// SecretKey is the HMAC key, set by the server at start-up.
var SecretKey []byte

// GenerateToken signs a token for user.
func GenerateToken(user string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(SecretKey)
}
