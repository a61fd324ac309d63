// Package jwt is a stub of github.com/go-jose/go-jose/v3/jwt for jwtlint's tests.
package jwt

import (
	"time"

	jose "github.com/go-jose/go-jose/v3"
)

type NumericDate int64

func NewNumericDate(t time.Time) *NumericDate {
	n := NumericDate(t.Unix())
	return &n
}

func (n *NumericDate) Time() time.Time { return time.Unix(int64(*n), 0) }

type Audience []string

type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

type Expected struct {
	Issuer   string
	Subject  string
	Audience Audience
	ID       string
	Time     time.Time
}

func (c Claims) Validate(e Expected) error { return nil }

type Builder interface {
	Claims(i interface{}) Builder
	Token() (*JSONWebToken, error)
	FullSerialize() (string, error)
	CompactSerialize() (string, error)
}

func Signed(sig jose.Signer) Builder { return nil }

type JSONWebToken struct {
	Headers []jose.Header
}

func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }

func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }

type NestedJSONWebToken struct {
	Headers []jose.Header
}

func (t *NestedJSONWebToken) Decrypt(decryptionKey interface{}) (*JSONWebToken, error) {
	return nil, nil
}

func ParseSigned(s string) (*JSONWebToken, error) { return nil, nil }

func ParseEncrypted(s string) (*JSONWebToken, error) { return nil, nil }

func ParseSignedAndEncrypted(s string) (*NestedJSONWebToken, error) { return nil, nil }
