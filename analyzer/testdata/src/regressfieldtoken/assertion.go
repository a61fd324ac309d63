// Package regressfieldtoken is a regression fixture from sweep 3
// (github.com/authorizerdev/authorizer at 4ad0758,
// internal/service/clientauth/client_assertion.go:127): a client assertion
// is parsed without verification to read its issuer, which locates the
// keys, and then the same field of the same parameter is verified. Each
// read of params.ClientAssertion is its own SSA value; they are one token.
package regressfieldtoken

import "github.com/golang-jwt/jwt/v5"

// ResolveParams is what the token endpoint received.
type ResolveParams struct {
	ClientAssertion string
}

// Resolve verifies the assertion with the keys of its issuer.
func Resolve(params ResolveParams, keys func(iss string) jwt.Keyfunc) (string, error) {
	unverified := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(params.ClientAssertion, unverified); err != nil {
		return "", err
	}
	iss, _ := unverified["iss"].(string)
	claims := jwt.MapClaims{}
	if _, err := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})).ParseWithClaims(params.ClientAssertion, claims, keys(iss)); err != nil {
		return "", err
	}
	return iss, nil
}

// ResolvePtr is the same through a pointer.
func ResolvePtr(params *ResolveParams, keys func(iss string) jwt.Keyfunc) (string, error) {
	unverified := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(params.ClientAssertion, unverified); err != nil {
		return "", err
	}
	iss, _ := unverified["iss"].(string)
	if _, err := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})).ParseWithClaims(params.ClientAssertion, jwt.MapClaims{}, keys(iss)); err != nil {
		return "", err
	}
	return iss, nil
}

// Issuer only peeks: the claims are the attacker's.
func Issuer(params ResolveParams) string {
	unverified := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(params.ClientAssertion, unverified) // want `\(\*jwt.Parser\).ParseUnverified does not verify the token's signature`
	iss, _ := unverified["iss"].(string)
	return iss
}
