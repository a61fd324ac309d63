// Package issuer reduces nice-pea/npchat at d40e61b // want package:"jwtlint.config" package:"jwtlint.pkg"
// (internal/adapter/jwt/issuer/jwt_issuer.go:41, sweep 6 of issue 12): the
// key is a field of a settings value from another package, filled from a
// flag; the only literals that reach it are the in-package tests' values.
// Under -include-tests the test variant of the package holds those stores,
// and they decide the origin of the sink in package code: reported there as
// a hard-coded sample secret and as an empty key, though the package never
// holds a literal key. The literal is test code: it is to be reported at
// the test's literal, not at the package's sink (the same cause as
// livekit/protocol's webhook/url_notifier.go:278 of sweep 5).
package issuer

import (
	"github.com/cristalhq/jwt/v5"

	"realworld6.example/teststore/settings"
)

// Issuer signs the session tokens.
type Issuer struct {
	Settings settings.Settings
}

// Issue signs claims with the configured key.
func (i *Issuer) Issue(claims any) (string, error) { // want Issue:"jwtlint.func"
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(i.Settings.SigningKey)) // no finding: the literals are the tests'
	if err != nil {
		return "", err
	}
	tok, err := jwt.NewBuilder(signer).Build(claims)
	if err != nil {
		return "", err
	}
	return tok.String(), nil
}
