package regresstestkeyfunc

import (
	"crypto/rsa"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

var testPub *rsa.PublicKey

func TestParse(t *testing.T) {
	mw := &middleware{keyFunc: func(*jwt.Token) (any, error) { return testPub, nil }}
	mw.parse("x.y.z")
}
