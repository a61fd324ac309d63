// Package hmacfile signs with an HMAC secret kept in a file of the source
// tree and compiled in by //go:embed: everyone with the repository or the
// binary has it, and it is short for HS256.
package hmacfile

import (
	_ "embed"

	"github.com/golang-jwt/jwt/v5"
)

//go:embed session.key
var sessionKey []byte

// A string variable, named by a quoted glob that matches the same file.
//
//go:embed "session.*"
var sessionText string

func sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(sessionKey) // want `hard-coded 18-byte key \(the file session.key compiled in by //go:embed\) passed to \(\*jwt.Token\).SignedString: .*, and at 18 bytes it is too short for HS256`
}

func signText() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(sessionText)) // want `hard-coded 18-byte key \(the file session.\* compiled in by //go:embed\) passed to .*, and at 18 bytes it is too short for HS256`
}
