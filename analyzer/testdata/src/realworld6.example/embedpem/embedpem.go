// Package embedpem reduces budougumi0617/go_todo_app at 61b3a6b
// (auth/jwt.go:23, sweep 6 of issue 12): the RSA private key that signs the
// tokens is a PEM file committed with the source and compiled in with
// //go:embed, turned into a key by jwk.ParseKey(..., jwk.WithPEM(true)) and
// passed to jwt.Sign in jwt.WithKey(jwa.RS256, ...). Everyone with the
// repository or the binary has the key: as hard-coded as a PEM literal.
// Missed at main 472e10d: an embedded variable has no literal origin, and
// jwk.ParseKey is no key parser of the table.
package embedpem

import (
	_ "embed"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

//go:embed cert/signing.pem
var rawSigningKey []byte

type signer struct {
	key jwk.Key
}

func newSigner() (*signer, error) {
	k, err := jwk.ParseKey(rawSigningKey, jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return &signer{key: k}, nil
}

func (s *signer) sign(tok jwt.Token) ([]byte, error) {
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, s.key)) // want `hard-coded private key`
}
