// Package regressnilfallback is a regression fixture from sweep 3
// (github.com/snowlyg/iris-admin at 0afac36, auth2/jwt.go:21 and
// auth2/jwt_test.go:9): a constructor stores its key parameter in a field
// and replaces a nil (or empty) key with the package's sample key, so
// New(nil) signs with the sample, never with an empty key. The sample is a
// hard-coded key, reported at the sinks; the call with nil is no empty key.
package regressnilfallback

import "github.com/golang-jwt/jwt"

var sampleSecret = []byte("updPA0L2uQ56LwHZoyUX")

// Auth signs and verifies with its secret.
type Auth struct {
	Secret []byte
}

// New returns an Auth signing with secret, or with the sample when nil.
func New(secret []byte) *Auth {
	a := &Auth{Secret: secret}
	if a.Secret == nil {
		a.Secret = sampleSecret
	}
	return a
}

// Sign signs claims.
func (a *Auth) Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(a.Secret) // want `hard-coded 20-byte key passed to \(\*jwt.Token\).SignedString`
}

// Default signs with the sample: reported at Sign, not here as an empty key.
var Default = New(nil)

// Keyed is the same with a string parameter replaced before it is stored.
type Keyed struct{ key []byte }

// NewKeyed returns a Keyed signing with key, or with a fallback when empty.
func NewKeyed(key string) *Keyed {
	if key == "" {
		key = "fallback-sample-key"
	}
	return &Keyed{key: []byte(key)}
}

// Sign signs claims.
func (k *Keyed) Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(k.key) // want `hard-coded 19-byte key passed to \(\*jwt.Token\).SignedString`
}

// DefaultKeyed signs with the fallback: reported at Sign, not here.
var DefaultKeyed = NewKeyed("")

// Unguarded stores the key as it comes: an empty one is an empty key.
func Unguarded(key string) *Keyed { return &Keyed{key: []byte(key)} }

var empty = Unguarded("") // want `empty HMAC key passed to \(\*jwt.Token\).SignedString through regressnilfallback.Unguarded`
