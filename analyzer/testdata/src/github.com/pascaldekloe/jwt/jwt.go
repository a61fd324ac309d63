// Package jwt is a stub of github.com/pascaldekloe/jwt for jwtlint's tests:
// the API surface only, with the real names and parameter names.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"net/http"
	"time"
)

const (
	EdDSA = "EdDSA"
	ES256 = "ES256"
	ES384 = "ES384"
	ES512 = "ES512"
	HS256 = "HS256"
	HS384 = "HS384"
	HS512 = "HS512"
	PS256 = "PS256"
	PS384 = "PS384"
	PS512 = "PS512"
	RS256 = "RS256"
	RS384 = "RS384"
	RS512 = "RS512"
)

type NumericTime float64

func NewNumericTime(t time.Time) *NumericTime {
	n := NumericTime(t.Unix())
	return &n
}

type Registered struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audiences []string     `json:"aud,omitempty"`
	Expires   *NumericTime `json:"exp,omitempty"`
	NotBefore *NumericTime `json:"nbf,omitempty"`
	Issued    *NumericTime `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (r *Registered) Valid(t time.Time) bool { return true }

type Claims struct {
	Registered
	Set       map[string]interface{}
	Raw       json.RawMessage
	RawHeader json.RawMessage
	KeyID     string
}

func (c *Claims) HMACSign(alg string, secret []byte, extraHeaders ...json.RawMessage) (token []byte, err error) {
	return nil, nil
}

func (c *Claims) HMACSignHeader(r *http.Request, alg string, secret []byte) error { return nil }

func (c *Claims) RSASign(alg string, key *rsa.PrivateKey, extraHeaders ...json.RawMessage) (token []byte, err error) {
	return nil, nil
}

func (c *Claims) ECDSASign(alg string, key *ecdsa.PrivateKey, extraHeaders ...json.RawMessage) (token []byte, err error) {
	return nil, nil
}

func (c *Claims) EdDSASign(key ed25519.PrivateKey, extraHeaders ...json.RawMessage) (token []byte, err error) {
	return nil, nil
}

type HMAC struct {
	alg string
}

func NewHMAC(alg string, secret []byte) (*HMAC, error) { return &HMAC{alg: alg}, nil }

func (h *HMAC) Sign(c *Claims, extraHeaders ...json.RawMessage) (token []byte, err error) {
	return nil, nil
}

func (h *HMAC) Check(token []byte) (*Claims, error) { return nil, nil }

func (h *HMAC) CheckHeader(r *http.Request) (*Claims, error) { return nil, nil }

func HMACCheck(token, secret []byte) (*Claims, error) { return nil, nil }

func HMACCheckHeader(r *http.Request, secret []byte) (*Claims, error) { return nil, nil }

func RSACheck(token []byte, key *rsa.PublicKey) (*Claims, error) { return nil, nil }

func ECDSACheck(token []byte, key *ecdsa.PublicKey) (*Claims, error) { return nil, nil }

func EdDSACheck(token []byte, key ed25519.PublicKey) (*Claims, error) { return nil, nil }

func ParseWithoutCheck(token []byte) (*Claims, error) { return nil, nil }

type KeyRegister struct {
	ECDSAs  []*ecdsa.PublicKey
	EdDSAs  []ed25519.PublicKey
	RSAs    []*rsa.PublicKey
	HMACs   []*HMAC
	Secrets [][]byte

	ECDSAIDs  []string
	EdDSAIDs  []string
	RSAIDs    []string
	HMACIDs   []string
	SecretIDs []string
}

func (keys *KeyRegister) Check(token []byte) (*Claims, error) { return nil, nil }

func (keys *KeyRegister) CheckHeader(r *http.Request) (*Claims, error) { return nil, nil }

func (keys *KeyRegister) LoadPEM(text, password []byte) (keysAdded int, err error) { return 0, nil }

type Handler struct {
	Target         http.Handler
	Keys           *KeyRegister
	HeaderBinding  map[string]string
	HeaderPrefix   string
	ContextKey     interface{}
	TemporalLeeway time.Duration
	Func           func(http.ResponseWriter, *http.Request, *Claims) (pass bool)
	Error          func(w http.ResponseWriter, error string, statusCode int)
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
