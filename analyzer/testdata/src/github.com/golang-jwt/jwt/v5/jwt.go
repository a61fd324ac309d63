// Package jwt is a stub of github.com/golang-jwt/jwt/v5 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
	"time"
)

var (
	ErrInvalidKey            = errors.New("key is invalid")
	ErrInvalidKeyType        = errors.New("key is of invalid type")
	ErrHashUnavailable       = errors.New("the requested hash function is unavailable")
	ErrSignatureInvalid      = errors.New("signature is invalid")
	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
	ErrTokenExpired          = errors.New("token is expired")
	ErrKeyMustBePEMEncoded   = errors.New("invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key")
)

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return "", nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return "", nil }

type NumericDate struct {
	time.Time
}

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type ClaimStrings []string

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
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

func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

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

func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options       *rsa.PSSOptions
	VerifyOptions *rsa.PSSOptions
}

var (
	SigningMethodPS256 *SigningMethodRSAPSS
	SigningMethodPS384 *SigningMethodRSAPSS
	SigningMethodPS512 *SigningMethodRSAPSS
)

func (m *SigningMethodRSAPSS) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *SigningMethodRSAPSS) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

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

func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

type SigningMethodEd25519 struct{}

var SigningMethodEdDSA *SigningMethodEd25519

func (m *SigningMethodEd25519) Alg() string { return "" }

func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

var SigningMethodNone *signingMethodNone

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var NoneSignatureTypeDisallowedError error

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string { return "" }

func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) error { return nil }

func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error) { return nil, nil }

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

func ParseRSAPrivateKeyFromPEMWithPassword(key []byte, password string) (*rsa.PrivateKey, error) {
	return nil, nil
}

func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }

func ParseEdPrivateKeyFromPEM(key []byte) (crypto.PrivateKey, error) { return nil, nil }

func ParseEdPublicKeyFromPEM(key []byte) (crypto.PublicKey, error) { return nil, nil }

type Keyfunc func(*Token) (any, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type TokenOption func(*Token)

func New(method SigningMethod, opts ...TokenOption) *Token { return &Token{Method: method} }

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{Method: method, Claims: claims}
}

func (t *Token) SignedString(key any) (string, error) { return "", nil }

func (t *Token) SigningString() (string, error) { return "", nil }

type Parser struct {
	validMethods         []string
	useJSONNumber        bool
	skipClaimsValidation bool
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func WithValidMethods(methods []string) ParserOption { return nil }

func WithJSONNumber() ParserOption { return nil }

func WithoutClaimsValidation() ParserOption { return nil }

func WithLeeway(leeway time.Duration) ParserOption { return nil }

func WithIssuer(iss string) ParserOption { return nil }

func WithAudience(aud ...string) ParserOption { return nil }

func WithExpirationRequired() ParserOption { return nil }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
