package unverified

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Test code is silent by default (the sweep found most verification
// findings in tests that decode fixtures); see testcode for -include-tests.
func TestDecode(t *testing.T) {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified("x.y.z", claims)
}
