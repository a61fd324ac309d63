package unverified

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Test code is reported too: a test helper that trusts unverified claims
// is copied into production code.
func TestDecode(t *testing.T) {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified("x.y.z", claims) // want `\(\*jwt.Parser\).ParseUnverified does not verify`
}
