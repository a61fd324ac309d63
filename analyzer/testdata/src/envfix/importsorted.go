package envfix

import (
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// The fix adds "os" between fmt and strings, in order.
func sortedImport() (string, error) {
	_ = sha256.Sum256
	_ = fmt.Sprint
	_ = strings.TrimSpace
	refreshKey := "os-goes-between-fmt-and-string"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(refreshKey)) // want `hard-coded 30-byte key passed to`
}
