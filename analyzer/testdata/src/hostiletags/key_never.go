//go:build jwtlint_never

package hostiletags

import "github.com/golang-jwt/jwt/v5"

// This file is never built: no finding, and its tagKey does not clash.
var tagKey = []byte("never-built-key")

func neverSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("never-built-literal"))
}
