package testcode

import (
	"math/rand"
	"net/http"
	"os"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestSign(t *testing.T) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{})
	tok.SignedString([]byte("fixture-signing-key-0001")) // want `hard-coded`

	key := make([]byte, 32)
	rand.Read(key)
	tok.SignedString(key) // want `math/rand`

	none := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{}) // want `allows unsigned tokens`
	_ = none
}

func TestParse(t *testing.T) {
	r, _ := http.NewRequest("GET", "/", nil)
	parse(r.Header.Get("X-Token"), r.Header.Get("Authorization"), []byte(os.Getenv("JWT_KEY")))
}

func parse(s, u string, key []byte) {
	jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil }) // want `WithValidMethods`
	jwt.NewParser().ParseUnverified(u, jwt.MapClaims{})             // want `does not verify`
}
