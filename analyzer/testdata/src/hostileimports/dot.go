// Package hostileimports is hostile input for the analyzer (issue 8): the
// JWT library imported with a dot, under an alias, and twice; callees are
// resolved by type, so each spelling is reported alike.
package hostileimports

import (
	. "github.com/golang-jwt/jwt/v5"
)

func dotSign() (string, error) {
	return New(SigningMethodHS256).SignedString([]byte("dot-import-key")) // want `hard-coded 14-byte key passed to \(\*jwt.Token\).SignedString`
}

func dotParse(s string) {
	Parse(s, func(*Token) (any, error) { return []byte("dot-keyfunc-key"), nil }, WithValidMethods([]string{"HS256"})) // want `keyfunc of jwt.Parse returns a hard-coded 15-byte key`
}
