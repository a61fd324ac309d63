// Package jwt is a stub of github.com/cristalhq/jwt/v5 for jwtlint's tests: the API surface
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

func (a Algorithm) String() string { return string(a) }

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
	SignSize() int
	Sign(payload []byte) ([]byte, error)
}

type Verifier interface {
	Algorithm() Algorithm
	Verify(token *Token) error
}

type Header struct {
	Algorithm   Algorithm `json:"alg"`
	Type        string    `json:"typ,omitempty"`
	ContentType string    `json:"cty,omitempty"`
	KeyID       string    `json:"kid,omitempty"`
}

type Audience []string

type NumericDate struct {
	time.Time
}

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type RegisteredClaims struct {
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

func (t *Token) Bytes() []byte { return t.raw }

func (t *Token) Claims() json.RawMessage { return t.claims }

func (t *Token) DecodeClaims(dst any) error { return nil }

func (t *Token) Signature() []byte { return t.signature }

type BuilderOption func(*Builder)

func WithKeyID(kid string) BuilderOption { return nil }

type Builder struct {
	signer Signer
	header Header
}

func NewBuilder(signer Signer, opts ...BuilderOption) *Builder { return &Builder{signer: signer} }

func (b *Builder) Build(claims any) (*Token, error) { return nil, nil }

type HSAlg struct {
	alg Algorithm
}

func NewSignerHS(alg Algorithm, key []byte) (*HSAlg, error) { return &HSAlg{alg: alg}, nil }

func NewVerifierHS(alg Algorithm, key []byte) (*HSAlg, error) { return &HSAlg{alg: alg}, nil }

func (x *HSAlg) Algorithm() Algorithm { return x.alg }

func (x *HSAlg) SignSize() int { return 0 }

func (x *HSAlg) Sign(payload []byte) ([]byte, error) { return nil, nil }

func (x *HSAlg) Verify(token *Token) error { return nil }

type RSAlg struct {
	alg Algorithm
}

func NewSignerRS(alg Algorithm, key *rsa.PrivateKey) (*RSAlg, error) { return &RSAlg{alg: alg}, nil }

func NewVerifierRS(alg Algorithm, key *rsa.PublicKey) (*RSAlg, error) { return &RSAlg{alg: alg}, nil }

func (x *RSAlg) Algorithm() Algorithm { return x.alg }

func (x *RSAlg) SignSize() int { return 0 }

func (x *RSAlg) Sign(payload []byte) ([]byte, error) { return nil, nil }

func (x *RSAlg) Verify(token *Token) error { return nil }

type PSAlg struct {
	alg Algorithm
}

func NewSignerPS(alg Algorithm, key *rsa.PrivateKey) (*PSAlg, error) { return &PSAlg{alg: alg}, nil }

func NewVerifierPS(alg Algorithm, key *rsa.PublicKey) (*PSAlg, error) { return &PSAlg{alg: alg}, nil }

func (x *PSAlg) Algorithm() Algorithm { return x.alg }

func (x *PSAlg) SignSize() int { return 0 }

func (x *PSAlg) Sign(payload []byte) ([]byte, error) { return nil, nil }

func (x *PSAlg) Verify(token *Token) error { return nil }

type ESAlg struct {
	alg Algorithm
}

func NewSignerES(alg Algorithm, key *ecdsa.PrivateKey) (*ESAlg, error) { return &ESAlg{alg: alg}, nil }

func NewVerifierES(alg Algorithm, key *ecdsa.PublicKey) (*ESAlg, error) { return &ESAlg{alg: alg}, nil }

func (x *ESAlg) Algorithm() Algorithm { return x.alg }

func (x *ESAlg) SignSize() int { return 0 }

func (x *ESAlg) Sign(payload []byte) ([]byte, error) { return nil, nil }

func (x *ESAlg) Verify(token *Token) error { return nil }

type EdDSAAlg struct{}

func NewSignerEdDSA(key ed25519.PrivateKey) (*EdDSAAlg, error) { return &EdDSAAlg{}, nil }

func NewVerifierEdDSA(key ed25519.PublicKey) (*EdDSAAlg, error) { return &EdDSAAlg{}, nil }

func (ed *EdDSAAlg) Algorithm() Algorithm { return EdDSA }

func (ed *EdDSAAlg) SignSize() int { return 0 }

func (ed *EdDSAAlg) Sign(payload []byte) ([]byte, error) { return nil, nil }

func (ed *EdDSAAlg) Verify(token *Token) error { return nil }

func Parse(raw []byte, verifier Verifier) (*Token, error) { return nil, nil }

func ParseClaims(raw []byte, verifier Verifier, claims any) error { return nil }

func ParseNoVerify(raw []byte) (*Token, error) { return nil, nil }
