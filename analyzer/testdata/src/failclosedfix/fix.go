// Package failclosedfix: the hardcoded-key fix reads the environment and
// fails closed, with the size of the site's algorithm, in any position; it
// is not offered where a local name hides the os package.
package failclosedfix

import "github.com/golang-jwt/jwt/v5"

var hs512Key = []byte("package-level-hs512-key")

func sign512() (string, error) {
	return jwt.New(jwt.SigningMethodHS512).SignedString(hs512Key) // want `hard-coded 23-byte key passed to \(\*jwt.Token\).SignedString: .* too short for HS512 \(RFC 7518 requires at least 64 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen --alg HS512.\)`
}

func unknownAlg(m jwt.SigningMethod) (string, error) {
	tokenSecret := "secret-for-an-unknown-algorithm-site"
	return jwt.New(m).SignedString([]byte(tokenSecret)) // want `hard-coded 36-byte key passed to`
}

func shadowed(os string) (string, error) {
	apiKey := "no-fix-when-os-is-a-local-name-here" + ""
	_ = os
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(apiKey)) // want `hard-coded 35-byte key passed to`
}
