// Package livekit reads the API key out of a token to choose the secret, // want package:"jwtlint.pkg"
// then verifies the same token with it (sweep stop 18: livekit/protocol
// auth/verifier.go:39-90).
package livekit

import "github.com/golang-jwt/jwt/v5"

var (
	methods    = []string{jwt.SigningMethodHS256.Alg()}
	unverified = jwt.NewParser(jwt.WithValidMethods(methods))
)

// APIKeyTokenVerifier holds a token until its secret is known.
type APIKeyTokenVerifier struct {
	raw    string
	apiKey string
}

// ParseAPIToken reads the issuer, the API key, without verifying; Verify
// checks the token.
func ParseAPIToken(raw string) (*APIKeyTokenVerifier, error) {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := unverified.ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	return &APIKeyTokenVerifier{raw: raw, apiKey: claims.Issuer}, nil
}

// APIKey is the key the token names.
func (v *APIKeyTokenVerifier) APIKey() string { return v.apiKey }

// Verify checks the token with the API key's secret.
func (v *APIKeyTokenVerifier) Verify(secret []byte) (*jwt.RegisteredClaims, error) { // want Verify:"jwtlint.func"
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(v.raw, claims, func(*jwt.Token) (interface{}, error) {
		return secret, nil
	}, jwt.WithValidMethods(methods), jwt.WithIssuer(v.apiKey), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// PeekedToken keeps a token and its subject, read unverified; none of its
// methods verifies the token.
type PeekedToken struct {
	raw     string
	subject string
}

// PeekToken reads the subject without verifying, and nothing verifies the
// token later.
func PeekToken(raw string) (*PeekedToken, error) {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := unverified.ParseUnverified(raw, claims); err != nil { // want `\(\*jwt\.Parser\)\.ParseUnverified does not verify the token's signature`
		return nil, err
	}
	return &PeekedToken{raw: raw, subject: claims.Subject}, nil
}

// Subject is the subject the token names.
func (p *PeekedToken) Subject() string { return p.subject }

// Raw is the token.
func (p *PeekedToken) Raw() string { return p.raw } // want Raw:"jwtlint.func"
