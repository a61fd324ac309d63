package hostiletags

import "github.com/golang-jwt/jwt/v5"

// A _plan9.go file is built only for GOOS=plan9: not on this machine.
func plan9Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("plan9-only-key"))
}
