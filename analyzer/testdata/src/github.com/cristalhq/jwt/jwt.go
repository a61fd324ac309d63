// Package jwt is a stub of github.com/cristalhq/jwt (v1) for jwtlint's
// tests: the API surface only, with the real names and types.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
)

type Algorithm string

type Signer interface {
	Algorithm() Algorithm
	Sign(payload []byte) ([]byte, error)
	Verify(payload, signature []byte) error
}

type Token struct{}

func (t *Token) Raw() []byte { return nil }

type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

func NewHS256(key []byte) (Signer, error) { return nil, nil }
func NewHS384(key []byte) (Signer, error) { return nil, nil }
func NewHS512(key []byte) (Signer, error) { return nil, nil }
func NewEdDSA(publicKey ed25519.PublicKey, privateKey ed25519.PrivateKey) (Signer, error) {
	return nil, nil
}
func NewNoEncrypt() Signer { return nil }

func Build(signer Signer, claims BinaryMarshaler) (*Token, error) { return nil, nil }
func Parse(raw []byte) (*Token, error)                            { return nil, nil }
func ParseString(raw string) (*Token, error)                      { return nil, nil }
func ParseAndVerify(raw []byte, signer Signer) (*Token, error)    { return nil, nil }
func ParseAndVerifyString(raw string, signer Signer) (*Token, error) {
	return nil, nil
}
func NewRS256(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewRS384(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewRS512(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewPS256(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewPS384(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewPS512(publicKey *rsa.PublicKey, privateKey *rsa.PrivateKey) (Signer, error) { return nil, nil }
func NewES256(publicKey *ecdsa.PublicKey, privateKey *ecdsa.PrivateKey) (Signer, error) {
	return nil, nil
}
func NewES384(publicKey *ecdsa.PublicKey, privateKey *ecdsa.PrivateKey) (Signer, error) {
	return nil, nil
}
func NewES512(publicKey *ecdsa.PublicKey, privateKey *ecdsa.PrivateKey) (Signer, error) {
	return nil, nil
}
