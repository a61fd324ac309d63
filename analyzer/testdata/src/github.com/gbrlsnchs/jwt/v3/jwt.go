// Package jwt is a stub of github.com/gbrlsnchs/jwt/v3 for jwtlint's tests:
// the API surface only, with the real names and parameter names.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"time"
)

type Algorithm interface {
	Name() string
	Sign(headerPayload []byte) ([]byte, error)
	Size() int
	Verify(headerPayload, sig []byte) error
}

type HMACSHA struct {
	name string
}

func NewHS256(key []byte) *HMACSHA { return &HMACSHA{name: "HS256"} }

func NewHS384(key []byte) *HMACSHA { return &HMACSHA{name: "HS384"} }

func NewHS512(key []byte) *HMACSHA { return &HMACSHA{name: "HS512"} }

func (hs *HMACSHA) Name() string                                 { return hs.name }
func (hs *HMACSHA) Sign(headerPayload []byte) ([]byte, error)    { return nil, nil }
func (hs *HMACSHA) Size() int                                    { return 0 }
func (hs *HMACSHA) Verify(headerPayload, sig []byte) (err error) { return nil }

type RSASHA struct {
	name string
}

func RSAPrivateKey(priv *rsa.PrivateKey) func(*RSASHA) { return nil }

func RSAPublicKey(pub *rsa.PublicKey) func(*RSASHA) { return nil }

func NewRS256(opts ...func(*RSASHA)) *RSASHA { return &RSASHA{name: "RS256"} }

func NewRS384(opts ...func(*RSASHA)) *RSASHA { return &RSASHA{name: "RS384"} }

func NewRS512(opts ...func(*RSASHA)) *RSASHA { return &RSASHA{name: "RS512"} }

func NewPS256(opts ...func(*RSASHA)) *RSASHA { return &RSASHA{name: "PS256"} }

func (rs *RSASHA) Name() string                                 { return rs.name }
func (rs *RSASHA) Sign(headerPayload []byte) ([]byte, error)    { return nil, nil }
func (rs *RSASHA) Size() int                                    { return 0 }
func (rs *RSASHA) Verify(headerPayload, sig []byte) (err error) { return nil }

type ECDSASHA struct {
	name string
}

func ECDSAPrivateKey(priv *ecdsa.PrivateKey) func(*ECDSASHA) { return nil }

func ECDSAPublicKey(pub *ecdsa.PublicKey) func(*ECDSASHA) { return nil }

func NewES256(opts ...func(*ECDSASHA)) *ECDSASHA { return &ECDSASHA{name: "ES256"} }

func (es *ECDSASHA) Name() string                                 { return es.name }
func (es *ECDSASHA) Sign(headerPayload []byte) ([]byte, error)    { return nil, nil }
func (es *ECDSASHA) Size() int                                    { return 0 }
func (es *ECDSASHA) Verify(headerPayload, sig []byte) (err error) { return nil }

type Ed25519 struct{}

func Ed25519PrivateKey(priv ed25519.PrivateKey) func(*Ed25519) { return nil }

func Ed25519PublicKey(pub ed25519.PublicKey) func(*Ed25519) { return nil }

func NewEd25519(opts ...func(*Ed25519)) *Ed25519 { return &Ed25519{} }

func (*Ed25519) Name() string                                 { return "Ed25519" }
func (ed *Ed25519) Sign(headerPayload []byte) ([]byte, error) { return nil, nil }
func (*Ed25519) Size() int                                    { return 0 }
func (ed *Ed25519) Verify(payload, sig []byte) (err error)    { return nil }

type none struct{}

func (none) Name() string                              { return "none" }
func (none) Sign(headerPayload []byte) ([]byte, error) { return nil, nil }
func (none) Size() int                                 { return 0 }
func (none) Verify(headerPayload, sig []byte) error    { return nil }

func None() Algorithm { return none{} }

type Audience []string

type Time struct {
	time.Time
}

func NumericDate(tt time.Time) *Time { return &Time{tt} }

type Header struct {
	Algorithm   string `json:"alg,omitempty"`
	ContentType string `json:"cty,omitempty"`
	KeyID       string `json:"kid,omitempty"`
	Type        string `json:"typ,omitempty"`
}

type Payload struct {
	Issuer         string   `json:"iss,omitempty"`
	Subject        string   `json:"sub,omitempty"`
	Audience       Audience `json:"aud,omitempty"`
	ExpirationTime *Time    `json:"exp,omitempty"`
	NotBefore      *Time    `json:"nbf,omitempty"`
	IssuedAt       *Time    `json:"iat,omitempty"`
	JWTID          string   `json:"jti,omitempty"`
}

type SignOption func(*Header)

func KeyID(kid string) SignOption { return nil }

func Sign(payload interface{}, alg Algorithm, opts ...SignOption) ([]byte, error) { return nil, nil }

type RawToken struct {
	token []byte
}

type Validator func(*Payload) error

func ExpirationTimeValidator(now time.Time) Validator { return nil }

func IssuerValidator(iss string) Validator { return nil }

type VerifyOption func(*RawToken) error

func Verify(token []byte, alg Algorithm, payload interface{}, opts ...VerifyOption) (Header, error) {
	return Header{}, nil
}

func ValidateHeader(rt *RawToken) error { return nil }

func ValidatePayload(pl *Payload, vds ...Validator) VerifyOption { return nil }
