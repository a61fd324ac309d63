// Package auth is a command-line tool's token helper: an exported function
// decodes a token without verifying it, and the module's only calls of it,
// in another package, pass the access token the tool has just received from
// its token endpoint (sweep B of 2026-12-04: armory-io/armory-cli ba88b7f,
// pkg/auth/login.go:167, called from cmd/login/login.go:89 and :109).
// The token is the tool's own, which the API it is sent to verifies: no
// unverified-parse; a pass over this package alone cannot see its callers.
package auth

import "github.com/lestrrat-go/jwx/jwt"

// ParseWithoutValidation decodes an access token to read its claims.
func ParseWithoutValidation(raw string) (jwt.Token, error) {
	return jwt.Parse([]byte(raw), jwt.WithValidate(false))
}
