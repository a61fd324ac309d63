package envfix

import "crypto/subtle"

import "github.com/golang-jwt/jwt/v5"

// The fix turns the single standard library import into a sorted group.
func singleImport() (string, error) {
	_ = subtle.ConstantTimeCompare
	cookieKey := "single-std-import-becomes-group"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cookieKey)) // want `hard-coded 31-byte key passed to`
}
