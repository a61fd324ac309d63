// Package jwt signs and verifies with the setting app.key (gohub // want package:"jwtlint.config" package:"jwtlint.pkg"
// pkg/jwt/jwt.go:154 and :175).
package jwt

import (
	jwtpkg "github.com/golang-jwt/jwt"
	"realworld4.example/gohub/pkg/config"
)

// JWT signs with SignKey.
type JWT struct {
	SignKey []byte
}

// NewJWT reads the key from the setting app.key.
func NewJWT() *JWT {
	return &JWT{SignKey: []byte(config.GetString("app.key"))}
}

// IssueToken signs a token for userID.
func (jwt *JWT) IssueToken(userID string) (string, error) { // want IssueToken:"jwtlint.func"
	token := jwtpkg.NewWithClaims(jwtpkg.SigningMethodHS256, jwtpkg.MapClaims{"user_id": userID})
	return token.SignedString(jwt.SignKey)
}

// ParseToken verifies tokenString.
func (jwt *JWT) ParseToken(tokenString string) (*jwtpkg.Token, error) { // want ParseToken:"jwtlint.func"
	return jwtpkg.Parse(tokenString, func(token *jwtpkg.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwtpkg.SigningMethodHMAC); !ok {
			return nil, jwtpkg.ErrSignatureInvalid
		}
		return jwt.SignKey, nil
	})
}
