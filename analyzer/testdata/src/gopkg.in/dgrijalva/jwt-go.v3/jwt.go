// Package jwt is a stub of gopkg.in/dgrijalva/jwt-go.v3 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
)

var (
	ErrInvalidKey          = errors.New("key is invalid")
	ErrInvalidKeyType      = errors.New("key is of invalid type")
	ErrHashUnavailable     = errors.New("the requested hash function is unavailable")
	ErrSignatureInvalid    = errors.New("signature is invalid")
	ErrKeyMustBePEMEncoded = errors.New("invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key")
)

type Claims interface {
	Valid() error
}

type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { return nil }

type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error { return nil }

type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

func RegisterSigningMethod(alg string, f func() SigningMethod) {}

func GetSigningMethod(alg string) (method SigningMethod) { return nil }

type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodHS256 *SigningMethodHMAC
	SigningMethodHS384 *SigningMethodHMAC
	SigningMethodHS512 *SigningMethodHMAC
)

func (m *SigningMethodHMAC) Alg() string { return "" }

func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}

func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodRS256 *SigningMethodRSA
	SigningMethodRS384 *SigningMethodRSA
	SigningMethodRS512 *SigningMethodRSA
)

func (m *SigningMethodRSA) Alg() string { return "" }

func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error { return nil }

func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options *rsa.PSSOptions
}

var (
	SigningMethodPS256 *SigningMethodRSAPSS
	SigningMethodPS384 *SigningMethodRSAPSS
	SigningMethodPS512 *SigningMethodRSAPSS
)

func (m *SigningMethodRSAPSS) Verify(signingString, signature string, key interface{}) error {
	return nil
}

func (m *SigningMethodRSAPSS) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

var (
	SigningMethodES256 *SigningMethodECDSA
	SigningMethodES384 *SigningMethodECDSA
	SigningMethodES512 *SigningMethodECDSA
)

func (m *SigningMethodECDSA) Alg() string { return "" }

func (m *SigningMethodECDSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}

func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

var SigningMethodNone *signingMethodNone

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var NoneSignatureTypeDisallowedError error

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string { return "" }

func (m *signingMethodNone) Verify(signingString, signature string, key interface{}) error {
	return nil
}

func (m *signingMethodNone) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

func ParseRSAPrivateKeyFromPEMWithPassword(key []byte, password string) (*rsa.PrivateKey, error) {
	return nil, nil
}

func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }

type Keyfunc func(*Token) (interface{}, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

func New(method SigningMethod) *Token { return &Token{Method: method} }

func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

func (t *Token) SigningString() (string, error) { return "", nil }

type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
