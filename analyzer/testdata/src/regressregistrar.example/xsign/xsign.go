// Package xsign signs with xconfig.JwtSecret.
package xsign

import (
	"github.com/golang-jwt/jwt/v5"
	"regressregistrar.example/xconfig"
)

// Sign signs with the secret xcmd loads before any command runs.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(xconfig.JwtSecret))
}
