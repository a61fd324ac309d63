// Package jwt is a stub of github.com/gbrlsnchs/jwt/v2 for jwtlint's tests:
// the API surface only, with the real names and parameter names.
package jwt

import (
	"crypto/ecdsa"
	"crypto/rsa"
)

type Signer interface {
	Sign([]byte) ([]byte, error)
	Verify([]byte, []byte) error
	String() string
}

type JWT struct{}

func NewHS256(key string) Signer { return nil }
func NewHS384(key string) Signer { return nil }
func NewHS512(key string) Signer { return nil }

func NewRS256(priv *rsa.PrivateKey, pub *rsa.PublicKey) Signer { return nil }
func NewRS384(priv *rsa.PrivateKey, pub *rsa.PublicKey) Signer { return nil }
func NewRS512(priv *rsa.PrivateKey, pub *rsa.PublicKey) Signer { return nil }

func NewES256(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) Signer { return nil }
func NewES384(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) Signer { return nil }
func NewES512(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) Signer { return nil }

func None() Signer { return nil }

func Marshal(v interface{}) ([]byte, error) { return nil, nil }

func Parse(token string) ([]byte, []byte, error) { return nil, nil, nil }
