// Package app calls the constructor as n1rocket/go-auth-jwt's tests do
// (internal/token/manager_test.go:37, :117): with an empty HS256 secret,
// which NewManager refuses, and with an RS256 key and no secret. Neither
// signs with an empty key: no short-key.
package app

import (
	"crypto/rsa"

	"realworld7.example/ctorguard/token"
)

// Refused: NewManager returns an error for the empty secret.
func Refused() (string, error) {
	m, err := token.NewManager("HS256", "", nil)
	if err != nil {
		return "", err
	}
	return m.Sign()
}

// RSA: the empty secret is never kept.
func RSA(k *rsa.PrivateKey) (string, error) {
	m, err := token.NewManager("RS256", "", k)
	if err != nil {
		return "", err
	}
	return m.Sign()
}

// Unchecked: NewPlain keeps the empty secret.
func Unchecked() (string, error) {
	return token.NewPlain("").Sign() // want `empty HMAC key`
}

// WarnedOnly: NewWarned's check does not leave, so the empty secret is kept.
func WarnedOnly() (string, error) {
	return token.NewWarned("", func(string) {}).Sign() // want `empty HMAC key`
}
