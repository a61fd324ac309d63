//go:build linux || darwin || windows || freebsd

package hostiletags

import "github.com/golang-jwt/jwt/v5"

func hostSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("host-os-build-key")) // want `hard-coded 17-byte key passed to \(\*jwt.Token\).SignedString`
}
