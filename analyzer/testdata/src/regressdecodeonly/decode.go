// Package regressdecodeonly is a regression fixture from the real-world
// sweep (clerk/clerk-sdk-go v2.4.2, jwt/jwt.go:220): a go-jose v3 parse whose
// token is only read unverified (the SDK's documented Decode) has no
// verification whose algorithms could be restricted: missing-alg-check
// leaves it to unverified-parse. A parse whose token is verified, or leaves
// the function, is still reported.
package regressdecodeonly

import (
	"github.com/go-jose/go-jose/v3/jwt"
)

// decode decodes a token without verifying it.
func decode(s string) (*jwt.Claims, error) {
	token, err := jwt.ParseSigned(s)
	if err != nil {
		return nil, err
	}
	if len(token.Headers) == 0 {
		return nil, nil
	}
	var c jwt.Claims
	if err := token.UnsafeClaimsWithoutVerification(&c); err != nil { // want `UnsafeClaimsWithoutVerification does not verify`
		return nil, err
	}
	return &c, nil
}

// verificationKey is set at startup.
var verificationKey any

// verify verifies the token: go-jose v3 cannot restrict its algorithm.
func verify(s string) (*jwt.Claims, error) {
	token, err := jwt.ParseSigned(s) // want `jwt.ParseSigned \(go-jose/go-jose/v3\) cannot restrict the algorithms`
	if err != nil {
		return nil, err
	}
	var c jwt.Claims
	return &c, token.Claims(verificationKey, &c)
}

// parse returns the token: its caller may verify it.
func parse(s string) (*jwt.JSONWebToken, error) {
	return jwt.ParseSigned(s) // want `jwt.ParseSigned \(go-jose/go-jose/v3\) cannot restrict the algorithms`
}
