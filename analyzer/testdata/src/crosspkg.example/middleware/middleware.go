// Package middleware signs with the key of the global configuration.
package middleware

import (
	"crosspkg.example/global"

	"github.com/golang-jwt/jwt/v5"
)

// Token signs a token for user.
func Token(user string) (string, error) {
	key := []byte(global.Config.JWT.SigningKey)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(key)
}
