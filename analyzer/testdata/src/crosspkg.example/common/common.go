// Package common declares the key that it signs with; another package sets
// it (issue 12 item 3).
package common

import "github.com/golang-jwt/jwt/v5"

// JWTSecret is the HMAC key, set by the server at start-up.
var JWTSecret []byte

// Issuer is not a key.
var Issuer string

// Sign signs claims with JWTSecret.
func Sign(claims jwt.MapClaims) (string, error) {
	claims["iss"] = Issuer
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(JWTSecret)
}
