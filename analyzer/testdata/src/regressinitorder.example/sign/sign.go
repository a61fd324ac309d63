package sign

import "github.com/golang-jwt/jwt/v5"

// SignOther signs with the copy of keys.JwtSecret.
func SignOther() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(Other)) // want `hard-coded .*keys.go:6`
}

// SignLocal signs with the copy of localSecret.
func SignLocal() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(Local)) // want `hard-coded 34-byte key`
}
