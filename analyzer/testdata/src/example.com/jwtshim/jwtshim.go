// Package jwtshim is a helper package of regressfuncvar: it re-exports a
// JWT library's functions in package variables, as iris's middleware/jwt
// does for kataras/jwt, but it is not in jwtlint's table.
package jwtshim

import "github.com/kataras/jwt"

// Sign holds kataras/jwt.Sign.
var Sign = jwt.Sign

// Issue passes its key to jwt.Sign.
func Issue(key []byte, claims any) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, claims)
}

// IssueToken holds Issue.
var IssueToken = Issue

// Swappable is reassigned: it holds no one function.
var Swappable = jwt.Sign

func noSign(alg jwt.Alg, key jwt.PrivateKey, claims interface{}, opts ...jwt.SignOption) ([]byte, error) {
	return nil, nil
}

// Disable makes Swappable sign nothing.
func Disable() { Swappable = noSign }
