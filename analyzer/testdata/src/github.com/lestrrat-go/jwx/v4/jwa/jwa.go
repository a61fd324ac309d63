// Package jwa is a stub of github.com/lestrrat-go/jwx/v4/jwa for jwtlint's tests.
package jwa

type KeyAlgorithm interface {
	String() string
	IsDeprecated() bool
}

type SignatureAlgorithm struct {
	name        string
	deprecated  bool
	isSymmetric bool
}

func (s SignatureAlgorithm) String() string { return s.name }

func (s SignatureAlgorithm) IsDeprecated() bool { return s.deprecated }

func (s SignatureAlgorithm) IsSymmetric() bool { return s.isSymmetric }

func ES256() SignatureAlgorithm { return SignatureAlgorithm{name: "ES256"} }

func ES384() SignatureAlgorithm { return SignatureAlgorithm{name: "ES384"} }

func ES512() SignatureAlgorithm { return SignatureAlgorithm{name: "ES512"} }

func EdDSA() SignatureAlgorithm { return SignatureAlgorithm{name: "EdDSA"} }

func HS256() SignatureAlgorithm { return SignatureAlgorithm{name: "HS256"} }

func HS384() SignatureAlgorithm { return SignatureAlgorithm{name: "HS384"} }

func HS512() SignatureAlgorithm { return SignatureAlgorithm{name: "HS512"} }

func PS256() SignatureAlgorithm { return SignatureAlgorithm{name: "PS256"} }

func PS384() SignatureAlgorithm { return SignatureAlgorithm{name: "PS384"} }

func PS512() SignatureAlgorithm { return SignatureAlgorithm{name: "PS512"} }

func RS256() SignatureAlgorithm { return SignatureAlgorithm{name: "RS256"} }

func RS384() SignatureAlgorithm { return SignatureAlgorithm{name: "RS384"} }

func RS512() SignatureAlgorithm { return SignatureAlgorithm{name: "RS512"} }

func EdDSAEd25519() SignatureAlgorithm { return SignatureAlgorithm{name: "Ed25519"} }

func NoSignature() SignatureAlgorithm { return SignatureAlgorithm{name: "none"} }

func LookupSignatureAlgorithm(name string) (SignatureAlgorithm, bool) {
	return SignatureAlgorithm{name: name}, true
}
