// Package app signs with the private key package keys embeds.
package app

import (
	"embedkeys.example/keys"
	"github.com/golang-jwt/jwt/v5"
)

func sign() (string, error) {
	k, err := jwt.ParseRSAPrivateKeyFromPEM(keys.SigningPEM)
	if err != nil {
		return "", err
	}
	return jwt.New(jwt.SigningMethodRS256).SignedString(k) // want `hard-coded private key \(the file signing.pem compiled in by //go:embed\) \(keys.go:10\) passed to \(\*jwt.Token\).SignedString`
}
