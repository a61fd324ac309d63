// Package regressunknowncallers: whether a whitelist reaches a parse call
// through a parameter is judged from the call sites of the function only
// when they are all its callers (parse.go anySource): a function that is
// also used as a value has callers the call-site index does not know, and
// what they pass is unknown, which the verification rules count as
// whitelisted (they stay silent about what they cannot see).
package regressunknowncallers

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, os.ErrInvalid
	}
	return []byte(os.Getenv("JWT_SECRET")), nil
}

func unchecked(t *jwt.Token) (any, error) { return []byte(os.Getenv("JWT_SECRET")), nil }

// parseWith is called with a parser without a whitelist, and is also
// handed out as a value: other callers may pass a parser with one.
func parseWith(p *jwt.Parser, s string) (*jwt.Token, error) {
	return p.Parse(s, unchecked)
}

// Parse is the function value users get.
var Parse = parseWith // want Parse:"jwtlint.heldfunc regressunknowncallers.parseWith"

func local(s string) (*jwt.Token, error) {
	return parseWith(jwt.NewParser(), s)
}

// parseOnly is called only here, with a parser without a whitelist.
func parseOnly(p *jwt.Parser, s string) (*jwt.Token, error) {
	return p.Parse(s, unchecked) // want `missing-alg-check|restrict|algorithm`
}

func onlyCaller(s string) (*jwt.Token, error) {
	return parseOnly(jwt.NewParser(), s)
}

var _ = keyfunc
