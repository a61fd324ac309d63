// Package jwt is a stub of github.com/cristalhq/jwt/v2 for jwtlint's tests: the API surface
// only, with the real names and parameter names.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"time"
)

type Algorithm string

const (
	EdDSA Algorithm = "EdDSA"
	HS256 Algorithm = "HS256"
	HS384 Algorithm = "HS384"
	HS512 Algorithm = "HS512"
	RS256 Algorithm = "RS256"
	RS384 Algorithm = "RS384"
	RS512 Algorithm = "RS512"
	ES256 Algorithm = "ES256"
	ES384 Algorithm = "ES384"
	ES512 Algorithm = "ES512"
	PS256 Algorithm = "PS256"
	PS384 Algorithm = "PS384"
	PS512 Algorithm = "PS512"
)

type Signer interface {
	Algorithm() Algorithm
	Sign(payload []byte) ([]byte, error)
}

type Verifier interface {
	Algorithm() Algorithm
	Verify(payload, signature []byte) error
}

type Header struct {
	Algorithm   Algorithm `json:"alg"`
	Type        string    `json:"typ,omitempty"`
	ContentType string    `json:"cty,omitempty"`
}

type Audience []string

type NumericDate struct {
	time.Time
}

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type StandardClaims struct {
	ID        string       `json:"jti,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
}

type Token struct {
	raw       []byte
	signature []byte
	header    Header
	claims    json.RawMessage
}

func (t *Token) String() string { return string(t.raw) }

func (t *Token) Header() Header { return t.header }

func (t *Token) Raw() []byte { return t.raw }

func (t *Token) RawClaims() []byte { return t.claims }

func (t *Token) Payload() []byte { return nil }

func (t *Token) Signature() []byte { return t.signature }

type Builder struct {
	signer Signer
	header Header
}

func NewBuilder(signer Signer) *Builder { return &Builder{signer: signer} }

func (b *Builder) Build(claims interface{}) (*Token, error) { return nil, nil }

func (b *Builder) BuildBytes(claims interface{}) ([]byte, error) { return nil, nil }

func Build(signer Signer, claims interface{}) (*Token, error) { return nil, nil }

func BuildBytes(signer Signer, claims interface{}) ([]byte, error) { return nil, nil }

func NewSignerHS(alg Algorithm, key []byte) (Signer, error) { return nil, nil }

func NewVerifierHS(alg Algorithm, key []byte) (Verifier, error) { return nil, nil }

func NewSignerRS(alg Algorithm, key *rsa.PrivateKey) (Signer, error) { return nil, nil }

func NewVerifierRS(alg Algorithm, key *rsa.PublicKey) (Verifier, error) { return nil, nil }

func NewSignerPS(alg Algorithm, key *rsa.PrivateKey) (Signer, error) { return nil, nil }

func NewVerifierPS(alg Algorithm, key *rsa.PublicKey) (Verifier, error) { return nil, nil }

func NewSignerES(alg Algorithm, key *ecdsa.PrivateKey) (Signer, error) { return nil, nil }

func NewVerifierES(alg Algorithm, key *ecdsa.PublicKey) (Verifier, error) { return nil, nil }

func NewSignerEdDSA(key ed25519.PrivateKey) (Signer, error) { return nil, nil }

func NewVerifierEdDSA(key ed25519.PublicKey) (Verifier, error) { return nil, nil }

func Parse(raw []byte) (*Token, error) { return nil, nil }

func ParseString(raw string) (*Token, error) { return nil, nil }

func ParseAndVerify(raw []byte, verifier Verifier) (*Token, error) { return nil, nil }

func ParseAndVerifyString(raw string, verifier Verifier) (*Token, error) { return nil, nil }
