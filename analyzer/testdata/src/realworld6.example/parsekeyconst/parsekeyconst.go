// Package parsekeyconst: the second cause of the embedpem miss alone, a PEM
// literal turned into a key by jwx's jwk.ParseKey (as go_todo_app's parse
// helper does, auth/jwt.go:57) and signed with: reported like the same
// literal given to golang-jwt's ParseRSAPrivateKeyFromPEM.
package parsekeyconst

import (
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

const signingPEM = `-----BEGIN PRIVATE KEY-----
Tk9UIEEgS0VZOiBhIHBsYWNlaG9sZGVyIGZvciBqd3RsaW50IGZpeHR1cmVz
-----END PRIVATE KEY-----`

func sign(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(signingPEM), jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, k)) // want `hard-coded private key`
}
