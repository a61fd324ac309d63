// Package regressparamslice is a missed shape of the real-world sweep (seen
// while reducing the iris crash, testdata/src/regressslice): a helper slices
// its parameter (s[4:], s[:n], s[i:]). The key is what the slice leaves of
// the argument, not the whole argument: the slice applies where the helper's
// parameter is replaced by the caller's argument.
package regressparamslice

import (
	"github.com/golang-jwt/jwt/v5"
)

// stripPrefix drops a 4-byte "key:" prefix.
func stripPrefix(s string) string { return s[4:] }

// head keeps the first 16 bytes.
func head(s string) []byte { return []byte(s)[:16] }

// from drops the first i bytes: the length is unknown.
func from(s string, i int) string { return s[i:] }

// through passes its parameter to a slicing helper.
func through(s string) string { return stripPrefix(s) }

func constLow() (string, error) {
	// 4 + 32 bytes: the key is 32.
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(stripPrefix("key:constant-low-bound-key-32-bytes!"))) // want `^hard-coded 32-byte key passed to`
}

func constHigh() (string, error) {
	// 16 of 36 bytes.
	return jwt.New(jwt.SigningMethodHS256).SignedString(head("constant-high-bound-key-of-36-bytes!")) // want `^hard-coded 16-byte key passed to`
}

func variableLow(i int) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(from("variable-low-bound-key-of-36-bytes!!", i))) // want `^hard-coded key passed to`
}

func twoLevels() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(through("key:two-level-helper-key-of-32-bytes"))) // want `^hard-coded 32-byte key passed to`
}
