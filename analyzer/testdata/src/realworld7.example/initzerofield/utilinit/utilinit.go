// Package utilinit copies a secret that setinit's func init loads: not the
// empty key.
package utilinit

import (
	"github.com/golang-jwt/jwt/v5"

	"realworld7.example/initzerofield/setinit"
)

var jwtSecret = []byte(setinit.AppSetting.JwtSecret)

// Sign signs with the copy.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(jwtSecret)
}
