// Package auth signs and verifies with the secret common holds, copied into
// a manager's field (sweep stop 18: zxh326/kite pkg/auth/providers.go:409,
// :479, :487).
package auth

import (
	"fmt"

	"github.com/golang-jwt/jwt/v5"
	"realworld4.example/kite/common"
)

// OAuthManager signs the session tokens.
type OAuthManager struct {
	jwtSecret string
}

// NewOAuthManager copies the secret.
func NewOAuthManager() *OAuthManager {
	return &OAuthManager{jwtSecret: common.JwtSecret}
}

// GenerateJWT signs a token for user.
func (om *OAuthManager) GenerateJWT(user string) (string, error) { // want GenerateJWT:"jwtlint.func"
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user})
	return token.SignedString([]byte(om.jwtSecret)) // want `math/rand`
}

// ValidateJWT verifies a token.
func (om *OAuthManager) ValidateJWT(tokenString string) (*jwt.Token, error) { // want ValidateJWT:"jwtlint.func"
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return []byte(om.jwtSecret), nil // want `math/rand`
	})
}
