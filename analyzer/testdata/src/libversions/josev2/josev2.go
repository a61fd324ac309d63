// Package josev2 covers gopkg.in/go-jose/go-jose.v2, the maintained fork of
// square/go-jose.v2.
package josev2

import (
	"os"

	jose "gopkg.in/go-jose/go-jose.v2"
	"gopkg.in/go-jose/go-jose.v2/jwt"
)

func signer() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("go-jose-v2-secret")}, nil) // want `hard-coded 17-byte key`
}

func signerEnv() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}, nil) // want `no emptiness or length check`
}

func claims(raw string, out *jwt.Claims) error {
	tok, err := jwt.ParseSigned(raw) // want `jwt.ParseSigned \(go-jose/go-jose.v2\) cannot restrict the algorithms a token may name: move to github.com/go-jose/go-jose/v4 and pass the algorithms you accept to ParseSigned`
	if err != nil {
		return err
	}
	return tok.Claims([]byte(os.Getenv("JWT_SECRET")), out) // want `no emptiness or length check`
}
