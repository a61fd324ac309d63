// Package forgedtest reduces CameronXie/access-control-explorer at
// 5d08248 (examples/abac/internal/api/rest/middleware/jwt_auth.go:102): a
// middleware that accepts RS256 tokens only.
package forgedtest

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Verify parses s, accepting RS256 tokens signed by pub only.
func Verify(s string, pub *rsa.PublicKey) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return pub, nil
	})
}
