// Package helper is a test helper package (sweep case V4,
// indrayyana/go-fiber-boilerplate test/helper/helper.go:121): it does not
// import "testing", but it lives under a test/ directory, imported only by
// the integration tests. It is test code: silent unless -include-tests.
package helper

import "github.com/golang-jwt/jwt/v5"

// BadToken signs with a deliberately wrong key, for a test.
func BadToken() (string, error) { // want BadToken:"jwtlint.func"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("invalidSecret")) // want `hard-coded`
}
