// Package verifyhelpers holds keyfuncs and checks in another package than
// the parse calls, for facts.
package verifyhelpers

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// CheckedKeyfunc checks the method.
func CheckedKeyfunc(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected method")
	}
	return []byte(os.Getenv("HELPER_SECRET")), nil
}

// UncheckedKeyfunc does not.
func UncheckedKeyfunc(t *jwt.Token) (any, error) {
	return []byte(os.Getenv("HELPER_SECRET")), nil
}

// CheckMethod checks the method of a token.
func CheckMethod(t *jwt.Token) error {
	if t.Method.Alg() != "HS256" {
		return errors.New("unexpected method")
	}
	return nil
}

// Keyfunc returns a keyfunc that checks the method.
func Keyfunc(secret []byte) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) {
		if err := CheckMethod(t); err != nil {
			return nil, err
		}
		return secret, nil
	}
}

// LooseKeyfunc returns a keyfunc that does not.
func LooseKeyfunc(secret []byte) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return secret, nil }
}

// Verify verifies a token string.
func Verify(s string) (*jwt.Token, error) {
	return jwt.Parse(s, CheckedKeyfunc)
}
