// Package jwa is a stub of github.com/lestrrat-go/jwx/v2/jwa for jwtlint's tests.
package jwa

type KeyAlgorithm interface {
	String() string
}

type SignatureAlgorithm string

func (v SignatureAlgorithm) String() string { return string(v) }

const (
	ES256       SignatureAlgorithm = "ES256"
	ES256K      SignatureAlgorithm = "ES256K"
	ES384       SignatureAlgorithm = "ES384"
	ES512       SignatureAlgorithm = "ES512"
	EdDSA       SignatureAlgorithm = "EdDSA"
	HS256       SignatureAlgorithm = "HS256"
	HS384       SignatureAlgorithm = "HS384"
	HS512       SignatureAlgorithm = "HS512"
	PS256       SignatureAlgorithm = "PS256"
	PS384       SignatureAlgorithm = "PS384"
	PS512       SignatureAlgorithm = "PS512"
	RS256       SignatureAlgorithm = "RS256"
	RS384       SignatureAlgorithm = "RS384"
	RS512       SignatureAlgorithm = "RS512"
	NoSignature SignatureAlgorithm = "none"
)
