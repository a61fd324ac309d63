package forgedtest

import (
	"crypto/rand"
	"crypto/rsa"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// TestRejectsHMAC forges an HS256 token, as an attacker would, to see
// Verify refuse it (jwt_auth_test.go:163): "secret" is the attacker's key,
// not one the code trusts, so no hardcoded-key.
func TestRejectsHMAC(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	forged, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(forged, &k.PublicKey); err == nil {
		t.Error("HS256 token accepted")
	}
}
