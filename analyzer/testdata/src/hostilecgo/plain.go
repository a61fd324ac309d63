package hostilecgo

import "github.com/golang-jwt/jwt/v5"

func plainSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("plain-file-secret")) // want `hard-coded 17-byte key passed to \(\*jwt.Token\).SignedString`
}
