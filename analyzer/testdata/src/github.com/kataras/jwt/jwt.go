// Package jwt is a stub of github.com/kataras/jwt for jwtlint's tests: the
// API surface only, with the real names and parameter names.
package jwt

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"time"
)

type (
	PrivateKey = interface{}
	PublicKey  = interface{}
)

type Alg interface {
	Name() string
	Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error)
	Verify(key PublicKey, headerAndPayload []byte, signature []byte) error
}

type algNONE struct{}

func (a *algNONE) Name() string                                                    { return "NONE" }
func (a *algNONE) Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error)    { return nil, nil }
func (a *algNONE) Verify(key PublicKey, headerAndPayload []byte, sig []byte) error { return nil }

type algName string

func (a algName) Name() string                                                    { return string(a) }
func (a algName) Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error)    { return nil, nil }
func (a algName) Verify(key PublicKey, headerAndPayload []byte, sig []byte) error { return nil }

var (
	NONE  Alg = &algNONE{}
	HS256 Alg = algName("HS256")
	HS384 Alg = algName("HS384")
	HS512 Alg = algName("HS512")
	RS256 Alg = algName("RS256")
	RS384 Alg = algName("RS384")
	RS512 Alg = algName("RS512")
	PS256 Alg = algName("PS256")
	PS384 Alg = algName("PS384")
	PS512 Alg = algName("PS512")
	ES256 Alg = algName("ES256")
	ES384 Alg = algName("ES384")
	ES512 Alg = algName("ES512")
	EdDSA Alg = algName("EdDSA")
)

type Map = map[string]interface{}

type Claims struct {
	NotBefore int64    `json:"nbf,omitempty"`
	IssuedAt  int64    `json:"iat,omitempty"`
	Expiry    int64    `json:"exp,omitempty"`
	ID        string   `json:"jti,omitempty"`
	OriginID  string   `json:"origin_jti,omitempty"`
	Issuer    string   `json:"iss,omitempty"`
	Subject   string   `json:"sub,omitempty"`
	Audience  Audience `json:"aud,omitempty"`
}

type Audience []string

func (c Claims) ApplyClaims(dest *Claims) {}

type Expected Claims

type SignOption interface {
	ApplyClaims(*Claims)
}

type SignOptionFunc func(*Claims)

func (f SignOptionFunc) ApplyClaims(c *Claims) { f(c) }

func MaxAge(maxAge time.Duration) SignOptionFunc { return nil }

type InjectFunc func(plainPayload []byte) ([]byte, error)

type TokenValidator interface {
	ValidateToken(token []byte, standardClaims Claims, err error) error
}

type TokenValidatorFunc func(token []byte, standardClaims Claims, err error) error

func (fn TokenValidatorFunc) ValidateToken(token []byte, standardClaims Claims, err error) error {
	return fn(token, standardClaims, err)
}

type HeaderValidator func(alg string, headerDecoded []byte) (Alg, PublicKey, InjectFunc, error)

type VerifiedToken struct {
	Token          []byte
	Header         []byte
	Payload        []byte
	Signature      []byte
	StandardClaims Claims
}

func (t *VerifiedToken) Claims(dest interface{}) error { return nil }

type UnverifiedToken struct {
	Header    []byte
	Payload   []byte
	Signature []byte
}

func (t *UnverifiedToken) Claims(dest interface{}) error { return nil }

type TokenPair struct {
	AccessToken  json.RawMessage `json:"access_token,omitempty"`
	RefreshToken json.RawMessage `json:"refresh_token,omitempty"`
}

func Sign(alg Alg, key PrivateKey, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignEncrypted(alg Alg, key PrivateKey, encrypt InjectFunc, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignWithHeader(alg Alg, key PrivateKey, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignEncryptedWithHeader(alg Alg, key PrivateKey, encrypt InjectFunc, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func Verify(alg Alg, key PublicKey, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyEncrypted(alg Alg, key PublicKey, decrypt InjectFunc, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyWithHeaderValidator(alg Alg, key PublicKey, token []byte, headerValidator HeaderValidator, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyEncryptedWithHeaderValidator(alg Alg, key PublicKey, decrypt InjectFunc, token []byte, headerValidator HeaderValidator, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func Decode(token []byte) (*UnverifiedToken, error) { return nil, nil }

func GCM(key, additionalData []byte) (encrypt, decrypt InjectFunc, err error) { return nil, nil, nil }

func MustGenerateRandom(n int) []byte { return make([]byte, n) }

func LoadHMAC(filenameOrRaw string) ([]byte, error) { return nil, nil }

func MustLoadHMAC(filenameOrRaw string) []byte { return nil }

func ParsePrivateKeyRSA(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

func ParsePublicKeyRSA(key []byte) (*rsa.PublicKey, error) { return nil, nil }

func ParsePrivateKeyECDSA(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

func ParsePublicKeyECDSA(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }

func ParsePrivateKeyEdDSA(key []byte) (ed25519.PrivateKey, error) { return nil, nil }

func ParsePublicKeyEdDSA(key []byte) (ed25519.PublicKey, error) { return nil, nil }

type (
	Key struct {
		ID      string
		Alg     Alg
		Public  PublicKey
		Private PrivateKey
		MaxAge  time.Duration
		Encrypt InjectFunc
		Decrypt InjectFunc
	}

	Keys map[string]*Key
)

func (keys Keys) Get(kid string) (*Key, bool) { return nil, false }

func (keys Keys) Register(alg Alg, kid string, pubKey PublicKey, privKey PrivateKey) {}

func (keys Keys) SignToken(kid string, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func (keys Keys) VerifyToken(token []byte, claimsPtr interface{}, validators ...TokenValidator) error {
	return nil
}

type Blocklist struct {
	Clock  func() time.Time
	GetKey func(token []byte, claims Claims) string
}

func NewBlocklist(gcEvery time.Duration) *Blocklist { return &Blocklist{} }

func NewBlocklistContext(ctx context.Context, gcEvery time.Duration) *Blocklist {
	return &Blocklist{}
}
