package envfix

import (
	"crypto/sha256"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

// The fix adds "os" in order among the standard library imports.
func sortedImport() (string, error) {
	_ = sha256.Sum256
	_ = fmt.Sprint
	refreshKey := "os-goes-after-fmt-in-the-group"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(refreshKey)) // want `hard-coded 30-byte key passed to`
}
