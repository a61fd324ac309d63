// Package token signs with the key its maker keeps. // want package:"jwtlint.pkg"
//
// Sweep stop 18: techschool/simplebank token/jwt_maker.go.
package token

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

const minSecretKeySize = 32

// Maker makes and verifies tokens.
type Maker interface {
	CreateToken(username string) (string, error)
	VerifyToken(token string) (*jwt.Token, error)
}

// JWTMaker signs and verifies tokens with a symmetric key.
type JWTMaker struct {
	secretKey string
}

// NewJWTMaker keeps secretKey, refusing one under 32 characters.
func NewJWTMaker(secretKey string) (Maker, error) { // want NewJWTMaker:"jwtlint.func"
	if len(secretKey) < minSecretKeySize {
		return nil, fmt.Errorf("invalid key size: must be at least %d characters", minSecretKeySize)
	}
	return &JWTMaker{secretKey}, nil
}

// CreateToken signs a token for username.
func (maker *JWTMaker) CreateToken(username string) (string, error) { // want CreateToken:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": username}).SignedString([]byte(maker.secretKey))
}

// VerifyToken verifies a token and checks its method.
func (maker *JWTMaker) VerifyToken(token string) (*jwt.Token, error) { // want VerifyToken:"jwtlint.func"
	return jwt.Parse(token, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("invalid token")
		}
		return []byte(maker.secretKey), nil
	})
}
