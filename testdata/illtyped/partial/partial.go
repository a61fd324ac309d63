// Package partial has a type error of its own in one function: the others
// are analyzed, and jwtlint notes that the package was analyzed in part.
package partial

import "github.com/golang-jwt/jwt/v5"

// Sign is well typed.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("partial-package-key")) // jwtlint:expect hardcoded-key
}

// Broken does not type-check: it is not analyzed.
func Broken() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("broken-function-key"), undefinedOption)
}
