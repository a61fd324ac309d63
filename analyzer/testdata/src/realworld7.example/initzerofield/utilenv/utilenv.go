// Package utilenv copies a secret that setenv's initialization sets: not
// the empty key.
package utilenv

import (
	"github.com/golang-jwt/jwt/v5"

	"realworld7.example/initzerofield/setenv"
)

var jwtSecret = []byte(setenv.AppSetting.JwtSecret)

// Sign signs with the copy.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(jwtSecret)
}
