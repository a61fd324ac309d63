package jwxv2

// Keys compiled in by //go:embed from files of the source tree, read by
// jwk.ParseKey: the private key is hard-coded, the public one is no
// secret. (The files hold placeholders, not keys.)

import (
	_ "embed"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

//go:embed signing.pem
var signingPEM []byte

//go:embed verify.pem
var verifyPEM []byte

// SignEmbedded signs with the embedded private key.
func SignEmbedded(tok jwt.Token) ([]byte, error) {
	k, err := jwk.ParseKey(signingPEM, jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.RS256, k)) // jwtlint:expect hardcoded-key
}

// VerifyEmbedded verifies with the embedded public key: nothing to report.
func VerifyEmbedded(raw []byte) (jwt.Token, error) {
	k, err := jwk.ParseKey(verifyPEM, jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwt.Parse(raw, jwt.WithKey(jwa.RS256, k))
}
