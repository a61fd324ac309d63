package squarejose

import (
	"gopkg.in/square/go-jose.v2/jwt"

	"example.com/reallibs/keys"
)

// SubjectUnverified trusts claims it never verified.
func SubjectUnverified(raw string) (string, error) {
	tok, err := parseJWT(raw)
	if err != nil {
		return "", err
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // jwtlint:expect unverified-parse
		return "", err
	}
	return c.Subject, nil
}

// PayloadUnverified returns a JWS payload it never verified.
func PayloadUnverified(raw string) ([]byte, error) {
	sig, err := parseJWS(raw)
	if err != nil {
		return nil, err
	}
	return sig.UnsafePayloadWithoutVerification(), nil // jwtlint:expect unverified-parse
}

// PeekThenVerify reads the issuer before verifying the same token: not
// reported.
func PeekThenVerify(raw string) (jwt.Claims, error) {
	var c jwt.Claims
	tok, err := parseJWT(raw)
	if err != nil {
		return c, err
	}
	var peek jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return c, err
	}
	_ = peek.Issuer
	return c, tok.Claims(keys.FromEnv(), &c)
}
