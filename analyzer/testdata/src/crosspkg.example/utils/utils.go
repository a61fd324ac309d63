// Package utils signs with the site configuration's secret.
package utils

import (
	"crosspkg.example/bootstrap"

	"github.com/golang-jwt/jwt/v5"
)

var jwtSecret = []byte(bootstrap.SiteConfig.JwtSecret)

// Sign signs a token for user.
func Sign(user string) (string, error) { // want Sign:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(jwtSecret) // want `math/rand`
}
