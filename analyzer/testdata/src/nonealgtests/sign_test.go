package nonealgtests

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// With -include-tests, test code is reported too.
func TestUnsigned(t *testing.T) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{}) // want `jwt.SigningMethodNone allows unsigned tokens`
	tok.SignedString(jwt.UnsafeAllowNoneSignatureType)               // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
}
