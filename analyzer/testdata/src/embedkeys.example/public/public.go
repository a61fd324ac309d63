// Package public verifies with a public key compiled in by //go:embed: a
// public key is no secret, so nothing is reported, whichever parser reads
// it (golang-jwt's or jwx's jwk.ParseKey).
package public

import (
	_ "embed"
	"errors"

	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

//go:embed verify.pem
var verifyPEM []byte

func parse(s string) (*jwt.Token, error) {
	pub, err := jwt.ParseRSAPublicKeyFromPEM(verifyPEM)
	if err != nil {
		return nil, err
	}
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, errors.New("unexpected method")
		}
		return pub, nil
	})
}

func parseJWX(s []byte) (jwxjwt.Token, error) {
	k, err := jwk.ParseKey(verifyPEM, jwk.WithPEM(true))
	if err != nil {
		return nil, err
	}
	return jwxjwt.Parse(s, jwxjwt.WithKey(jwa.RS256, k))
}

// A private key given directly as the verification key would be odd, but
// raw bytes used as an HMAC key are judged as such: the same public PEM
// used as an HMAC secret is a public value.
func parseHMAC(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected method")
		}
		return verifyPEM, nil
	})
}
