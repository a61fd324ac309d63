// Package nilcheck: a package variable holding the bytes of an environment
// variable, "checked" by comparing it with nil before signing (sweep half
// A: 1ef7yy/medods_test_task 1341360 pkg/jwt/jwt.go:13, the check at :18,
// :50, :89, signed at :27 and :37). Converting a string to []byte never
// gives nil, so the check never refuses: with JWT_SECRET unset the key is
// empty. Written for jwtlint after the shape of that program.
package nilcheck

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func sign() (string, error) {
	if secret == nil {
		return "", errors.New("no secret")
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, jwt.MapClaims{}).SignedString(secret) // want `no emptiness or length check`
}
