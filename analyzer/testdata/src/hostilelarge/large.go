// Package hostilelarge is hostile input for the analyzer (issue 8): a key
// constant of 1 MiB built by constant expressions. Tracing it must stay
// cheap, and the message gives its length, never its text.
package hostilelarge

import "github.com/golang-jwt/jwt/v5"

const k0 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

const k1 = k0 + k0
const k2 = k1 + k1
const k3 = k2 + k2
const k4 = k3 + k3
const k5 = k4 + k4
const k6 = k5 + k5
const k7 = k6 + k6
const k8 = k7 + k7
const k9 = k8 + k8
const k10 = k9 + k9

func largeSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k10)) // want `^hard-coded 1048576-byte key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens; load it from the environment or a secret manager \(new key: .jwtlint gen --alg HS256.\) \(hardcoded-key\)$`
}

// A large concatenation at run time of constants and a variable.
func largeConcat(suffix string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k10 + suffix + k10))
}
