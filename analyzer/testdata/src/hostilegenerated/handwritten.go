// Package hostilegenerated is hostile input for the analyzer (issue 8): a
// package with a generated file beside hand-written ones.
package hostilegenerated

import "github.com/golang-jwt/jwt/v5"

// A key written in generated code but used here is reported here.
func handSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(generatedKey)) // want `hard-coded 19-byte key passed to \(\*jwt.Token\).SignedString`
}
