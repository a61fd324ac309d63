package token_test

import (
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/golang-jwt/jwt/v5"
	"realworld4.example/simplebank/token"
	"realworld4.example/simplebank/util"
)

// The tests build makers with keys from math/rand (token/jwt_maker_test.go:13).
func TestJWTMaker(t *testing.T) {
	maker, err := token.NewJWTMaker(util.RandomString(32)) // want `key passed to \(\*jwt.Token\).SignedString through token.NewJWTMaker \(jwt_maker.go:36\) comes from math/rand.Intn \(through util.RandomString\)`
	if err != nil {
		t.Fatal(err)
	}
	if _, err := maker.CreateToken("alice"); err != nil {
		t.Fatal(err)
	}
}

// An alg-none token must be refused (token/jwt_maker_test.go:58-59).
func TestInvalidJWTTokenAlgNone(t *testing.T) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": "alice"}) // want `jwt.SigningMethodNone allows unsigned tokens`
	s, err := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)                   // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
	if err != nil {
		t.Fatal(err)
	}
	maker, _ := token.NewJWTMaker("0123456789abcdef0123456789abcdef") // want `hard-coded`
	if _, err := maker.VerifyToken(s); err == nil {
		t.Fatal("alg none accepted")
	}
}

// A key from crypto/rand through the same constructor and field is no
// weak random key.
func TestJWTMakerCryptoKey(t *testing.T) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	maker, err := token.NewJWTMaker(hex.EncodeToString(b))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := maker.CreateToken("alice"); err != nil {
		t.Fatal(err)
	}
}
