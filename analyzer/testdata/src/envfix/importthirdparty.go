package envfix

import (
	"github.com/golang-jwt/jwt/v5"
)

// The fix adds "os" in a group of its own before the third-party imports.
func thirdPartyOnly() (string, error) {
	sessionKey := "only-a-third-party-import-here"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(sessionKey)) // want `hard-coded 30-byte key passed to`
}
