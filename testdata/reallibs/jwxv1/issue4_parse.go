package jwxv1

import (
	"net/http"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
	"github.com/lestrrat-go/jwx/jwt"

	"example.com/reallibs/keys"
)

// ParseNoKey validates the claims of a token it never verified: jwx v1's
// Parse verifies only when an option gives it a key.
func ParseNoKey(raw string) (jwt.Token, error) {
	return jwt.ParseString(raw, jwt.WithValidate(true)) // jwtlint:expect unverified-parse
}

// ParseRequestNoKey reads the request's bearer token unverified.
func ParseRequestNoKey(r *http.Request) (jwt.Token, error) {
	return jwt.ParseRequest(r) // jwtlint:expect unverified-parse
}

// ParseKeyed verifies with a key from the environment: not reported.
func ParseKeyed(raw string) (jwt.Token, error) {
	return jwt.ParseString(raw, jwt.WithVerify(jwa.HS256, keys.FromEnv()), jwt.WithValidate(true))
}

// ParseKeySet verifies against a key set: not reported.
func ParseKeySet(raw []byte, set jwk.Set) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set))
}

// ParseOptions takes its options from its callers: not reported.
func ParseOptions(raw []byte, opts ...jwt.ParseOption) (jwt.Token, error) {
	return jwt.Parse(raw, opts...)
}
