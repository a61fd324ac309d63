// Package jwkjson: JWK literals turned into keys by jwx's jwk.ParseKey are
// judged by what they hold: a symmetric key ("k") or a private one ("d")
// is hard-coded, a public one is not.
package jwkjson

import (
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

const symmetric = `{"kty":"oct","k":"bm90LWEtcmVhbC1rZXktanVzdC1hLWZpeHR1cmUtdmFsdWU"}`

const private = `{"kty":"EC","crv":"P-256","x":"AAAA","y":"BBBB","d":"CCCC"}`

const public = `{"kty":"EC","crv":"P-256","x":"AAAA","y":"BBBB"}`

func signHMAC(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(symmetric))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, k)) // want `hard-coded 67-byte key passed to jwt.WithKey`
}

func signEC(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey([]byte(private))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.ES256, k)) // want `hard-coded private key passed to jwt.WithKey`
}

func verifyEC(s []byte) (jwt.Token, error) {
	k, err := jwk.ParseKey([]byte(public))
	if err != nil {
		return nil, err
	}
	return jwt.Parse(s, jwt.WithKey(jwa.ES256, k))
}
