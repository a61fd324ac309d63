package keyfixes

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte("package-level-signing-key") // the literal becomes a read of JWT_KEY that fails closed

func hardcoded() {
	jwt.New(jwt.SigningMethodHS256).SignedString(jwtKey) // want `hard-coded 25-byte key passed to \(\*jwt.Token\).SignedString`
	signingSecret := "local-signing-secret-value"
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(signingSecret)) // want `hard-coded 26-byte key passed to`
}

type config struct{ HMACKey string }

func field() {
	cfg := config{HMACKey: "field-default-secret"}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.HMACKey)) // want `hard-coded 20-byte key passed to`
}

const constKey = "a-constant-cannot-call-getenv"

func noFixForConstants() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(constKey)) // want `hard-coded 29-byte key passed to`
}

func weak() {
	key := make([]byte, 32)
	mrand.Read(key)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `comes from math/rand.Read, which is predictable`
}

func short() {
	key := make([]byte, 32)
	rand.Read(key)
	jwt.New(jwt.SigningMethodHS512).SignedString(key) // want `32-byte key for HS512 passed to \(\*jwt.Token\).SignedString holds only 256 bits`
}
