// Package jwa is a stub of github.com/lestrrat-go/jwx/jwa (v1) for
// jwtlint's tests: the API surface only, with the real names and types.
package jwa

type SignatureAlgorithm string

const (
	ES256       SignatureAlgorithm = "ES256"
	ES256K      SignatureAlgorithm = "ES256K"
	ES384       SignatureAlgorithm = "ES384"
	ES512       SignatureAlgorithm = "ES512"
	EdDSA       SignatureAlgorithm = "EdDSA"
	HS256       SignatureAlgorithm = "HS256"
	HS384       SignatureAlgorithm = "HS384"
	HS512       SignatureAlgorithm = "HS512"
	NoSignature SignatureAlgorithm = "none"
	PS256       SignatureAlgorithm = "PS256"
	PS384       SignatureAlgorithm = "PS384"
	PS512       SignatureAlgorithm = "PS512"
	RS256       SignatureAlgorithm = "RS256"
	RS384       SignatureAlgorithm = "RS384"
	RS512       SignatureAlgorithm = "RS512"
)

func (v SignatureAlgorithm) String() string { return string(v) }
