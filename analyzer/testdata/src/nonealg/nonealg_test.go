package nonealg

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Test code is not reported by default.
func TestUnsigned(t *testing.T) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{})
	tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}
