package tokenorigin

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwt.Token) (any, error) { return key(), nil }

// middleware peeks at the issuer in a helper, then verifies the same token.
type middleware struct{ issuer string }

func (m *middleware) handle(r *http.Request) (*jwt.Token, error) {
	raw := r.Header.Get("Authorization")
	if err := m.checkIssuer(raw); err != nil {
		return nil, err
	}
	return jwt.Parse(strings.TrimPrefix(raw, "Bearer "), keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

// checkIssuer trims the header itself before it peeks: its only caller
// verifies the same token.
func (m *middleware) checkIssuer(header string) error {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(strings.TrimPrefix(header, "Bearer "), &c); err != nil {
		return err
	}
	if c.Issuer != m.issuer {
		return errors.New("unknown issuer")
	}
	return nil
}

// tokenVerifier verifies tokens; its implementations in the program do.
type tokenVerifier interface {
	Verify(raw string) (*jwt.Token, error)
}

type hmacVerifier struct{}

func (hmacVerifier) Verify(raw string) (*jwt.Token, error) { // want Verify:"jwtlint.func"
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

type cachingVerifier struct{ next hmacVerifier }

func (v *cachingVerifier) Verify(raw string) (*jwt.Token, error) { return v.next.Verify(raw) } // want Verify:"jwtlint.func"

// kidThenInterface reads the key ID, then verifies the same token through
// the interface.
func kidThenInterface(v tokenVerifier, r *http.Request) (*jwt.Token, error) {
	raw := r.Header.Get("Authorization")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	_ = tok.Header["kid"]
	return v.Verify(raw)
}

// claimsReader's implementations do not verify: the token is still read
// unverified.
type claimsReader interface {
	Read(raw string) (jwt.MapClaims, error)
}

type peekReader struct{}

func (peekReader) Read(raw string) (jwt.MapClaims, error) {
	c := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(raw, c) // want `ParseUnverified does not verify`
	return c, err
}

func kidThenReader(cr claimsReader, r *http.Request) (jwt.MapClaims, error) {
	raw := r.Header.Get("Authorization")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // want `ParseUnverified does not verify`
	if err != nil {
		return nil, err
	}
	// The claims are read too: a parse read only for its header trusts
	// nothing and is not reported (realworld8.example/headeronly).
	_ = tok.Header["kid"]
	_ = tok.Claims
	return cr.Read(raw)
}
