// Package direct imports the registering package: it sees the default of
// mail.key and is reported at its own sink, so no importer joins it again.
package direct

import (
	"github.com/golang-jwt/jwt/v5"
	"registry.example/conf"
	_ "registry.example/settings"
)

// Sign signs with mail.key.
func Sign() (string, error) { // want Sign:"jwtlint.func"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(conf.String("mail.key"))) // want `key passed to \(\*jwt.Token\).SignedString falls back to a hard-coded 33-byte key from the default of mail.key registered by conf.Register\("mail"\) \(settings.go:16\)`
}
