// Package crosspkg declares the key it signs with; package server sets it
// (issue 12 item 3): the store is judged where it is written.
package crosspkg

import "github.com/golang-jwt/jwt/v5"

// JWTSecret is the HMAC key, set by the server at start-up.
var JWTSecret []byte

// Settings holds the signing key of the configuration.
type Settings struct {
	JWT struct {
		SigningKey string
	}
}

// Global is the configuration in use.
var Global Settings

// Sign signs claims with JWTSecret.
func Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(JWTSecret)
}

// SignConfig signs claims with the configured key.
func SignConfig(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(Global.JWT.SigningKey))
}
