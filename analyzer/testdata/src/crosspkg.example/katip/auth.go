// Package katip signs with the configuration's secret (sweep: // want package:"jwtlint.config" package:"jwtlint.pkg"
// hiyali/katip-be handlers/auth.go).
package katip

import (
	"crosspkg.example/katipcfg"

	"github.com/dgrijalva/jwt-go"
)

// Login signs a token.
func Login() (string, error) { // want Login:"jwtlint.func"
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "u1"})
	cf := katipcfg.Get()
	return token.SignedString([]byte(cf.App.Secret)) // want `falls back to a hard-coded 18-byte key from the default tag of katipcfg.ConfigType.App.Secret \(config.go:11\)`
}
