package unverified

import (
	"errors"
	"os"

	"example.com/verifyhelpers"
	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected method")
	}
	return []byte(os.Getenv("JWT_SECRET")), nil
}

func subject(s string) (string, error) {
	claims := &jwt.RegisteredClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(s, claims) // want `\(\*jwt.Parser\).ParseUnverified does not verify the token's signature: anyone can forge the claims it returns; verify the token with its key before using them`
	return claims.Subject, err
}

func newParserVar(s string) jwt.MapClaims {
	p := new(jwt.Parser)
	tok, _, _ := p.ParseUnverified(s, jwt.MapClaims{}) // want `\(\*jwt.Parser\).ParseUnverified does not verify`
	return tok.Claims.(jwt.MapClaims)
}

// kidThenVerify reads the kid, then verifies the same token: legitimate
// (golang-jwt/jwt#340).
func kidThenVerify(s string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	_ = tok.Header["kid"]
	return jwt.Parse(s, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

func verify(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

// kidThenCallee verifies the same token in a function it calls.
func kidThenCallee(s string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	_ = tok.Header["kid"]
	return verify(s)
}

// otherToken verifies a different token: still reported.
func otherToken(s, other string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) // want `\(\*jwt.Parser\).ParseUnverified does not verify`
	if err != nil {
		return nil, err
	}
	_ = tok.Claims
	return verify(other)
}

// signingString is the signing input of a token being signed, not a parse.
func signingString(t *jwt.Token) (string, error) {
	return t.SigningString()
}

// kidThenOtherPackage verifies the same token through a function of
// another package (facts).
func kidThenOtherPackage(s string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	_ = tok.Header["kid"]
	return verifyhelpers.Verify(s)
}
