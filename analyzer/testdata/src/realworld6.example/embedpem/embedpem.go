// Package embedpem reduces budougumi0617/go_todo_app at 61b3a6b
// (auth/jwt.go:23, sweep 6 of issue 12): the RSA private key that signs the
// tokens is a PEM file committed with the source and compiled in with
// //go:embed, turned into a key by jwk.ParseKey(..., jwk.WithPEM(true)) and
// passed to jwt.Sign in jwt.WithKey(jwa.RS256, ...). Everyone with the
// repository or the binary has the key: as hard-coded as a PEM literal.
// Missed at main 472e10d: an embedded variable had no literal origin, and
// jwk.ParseKey was no key parser of the table. The public key embedded the
// same way is no secret.
package embedpem

import (
	_ "embed"
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

//go:embed cert/signing.pem
var rawSigningKey []byte

//go:embed cert/verify.pem
var rawVerifyKey []byte

type signer struct {
	key jwk.Key
}

// parse is the one helper both keys go through (go_todo_app's auth/jwt.go:57):
// what it returns is judged by what each caller passes.
func parse(raw []byte) (jwk.Key, error) {
	return jwk.ParseKey(raw, jwk.WithPEM(true))
}

func newSigner() (*signer, error) {
	k, err := parse(rawSigningKey)
	if err != nil {
		return nil, err
	}
	return &signer{key: k}, nil
}

func (s *signer) sign(tok jwt.Token) ([]byte, error) {
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, s.key)) // want `hard-coded private key`
}

func verify(r *http.Request) (jwt.Token, error) {
	k, err := parse(rawVerifyKey)
	if err != nil {
		return nil, err
	}
	return jwt.ParseRequest(r, jwt.WithKey(jwa.RS256, k)) // a public key is no secret
}
