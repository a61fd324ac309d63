package jwxv2

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// Keys parsed by jwk.ParseKey from literals: a private one is reported, a
// public one is not (the material says which; sweep 6, go_todo_app).

const parsedPrivatePEM = `-----BEGIN PRIVATE KEY-----
cGxhY2Vob2xkZXIgZm9yIGp3dGxpbnQncyByZWFsLWxpYnJhcnkgdGVzdHM=
-----END PRIVATE KEY-----`

const parsedPublicPEM = `-----BEGIN PUBLIC KEY-----
cGxhY2Vob2xkZXIgZm9yIGp3dGxpbnQncyByZWFsLWxpYnJhcnkgdGVzdHM=
-----END PUBLIC KEY-----`

// SignParsedPEM signs with a private key parsed from a PEM literal: reported.
func SignParsedPEM(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(parsedPrivatePEM), jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, k)) // jwtlint:expect hardcoded-key
}

// VerifyParsedPEM verifies with a public key parsed from a PEM literal: not
// reported.
func VerifyParsedPEM(r *http.Request) (jwt.Token, error) {
	k, err := jwk.ParseKey([]byte(parsedPublicPEM), jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.ParseRequest(r, jwt.WithKey(jwa.RS256, k))
}
