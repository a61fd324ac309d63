// Package parsekeyconst: the second cause of the embedpem miss alone, a PEM
// literal turned into a key by jwx's jwk.ParseKey (as go_todo_app's parse
// helper does, auth/jwt.go:57) and signed with: reported like the same
// literal given to golang-jwt's ParseRSAPrivateKeyFromPEM. What the key is
// comes from the material: a public key (PEM or JWK) is no secret.
package parsekeyconst

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

const signingPEM = `-----BEGIN PRIVATE KEY-----
Tk9UIEEgS0VZOiBhIHBsYWNlaG9sZGVyIGZvciBqd3RsaW50IGZpeHR1cmVz
-----END PRIVATE KEY-----`

const verifyingPEM = `-----BEGIN PUBLIC KEY-----
Tk9UIEEgS0VZOiBhIHBsYWNlaG9sZGVyIGZvciBqd3RsaW50IGZpeHR1cmVz
-----END PUBLIC KEY-----`

// signingJWK is an EC private key as a JWK ("d" is the private member).
const signingJWK = `{"kty":"EC","crv":"P-256","x":"eA","y":"eQ","d":"ZA"}`

// verifyingJWK is the public half.
const verifyingJWK = `{"kty":"EC","crv":"P-256","x":"eA","y":"eQ"}`

func sign(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(signingPEM), jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, k)) // want `hard-coded private key`
}

func verify(r *http.Request) (jwt.Token, error) {
	k, err := jwk.ParseKey([]byte(verifyingPEM), jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.ParseRequest(r, jwt.WithKey(jwa.RS256, k)) // a public key is no secret
}

func signJWK(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(signingJWK))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.ES256, k)) // want `hard-coded private key`
}

// parsePEM is a helper both PEM keys below go through.
func parsePEM(material string) (jwk.Key, error) {
	return jwk.ParseKey([]byte(material), jwk.WithPEM(true))
}

func signViaHelper(tok jwt.Token) ([]byte, error) {
	k, err := parsePEM(signingPEM)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, k)) // want `hard-coded private key`
}

func verifyViaHelper(r *http.Request) (jwt.Token, error) {
	k, err := parsePEM(verifyingPEM)
	if err != nil {
		return nil, err
	}
	return jwt.ParseRequest(r, jwt.WithKey(jwa.RS256, k))
}

func verifyJWK(r *http.Request) (jwt.Token, error) {
	k, err := jwk.ParseKey([]byte(verifyingJWK))
	if err != nil {
		return nil, err
	}
	return jwt.ParseRequest(r, jwt.WithKey(jwa.ES256, k))
}
