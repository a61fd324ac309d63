package randomkey

import (
	"crypto/sha256"
	"fmt"
	mrand "math/rand"
	randv2 "math/rand/v2"
	"os"
	"strconv"
	"time"

	"example.com/randhelpers"
	"github.com/golang-jwt/jwt/v5"
)

func readFill() {
	key := make([]byte, 32)
	mrand.Read(key)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `key passed to \(\*jwt.Token\).SignedString comes from math/rand.Read, which is predictable: an attacker who recovers its state or seed can forge tokens; use crypto/rand, or load a key made by .jwtlint gen --alg HS256.`
}

func seededGenerator() {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	key := make([]byte, 64)
	r.Read(key)
	jwt.New(jwt.SigningMethodHS512).SignedString(key) // want `comes from \(\*math/rand.Rand\).Read, which is predictable`
}

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func charsetLoop() {
	b := make([]byte, 40)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))]
	}
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `comes from math/rand.Intn, which is predictable`
}

func v2Numbers() {
	key := []byte(strconv.FormatUint(randv2.Uint64(), 16))
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `comes from math/rand/v2.Uint64, which is predictable`
}

func hashOfTime() {
	sum := sha256.Sum256([]byte(time.Now().String()))
	jwt.New(jwt.SigningMethodHS256).SignedString(sum[:]) // want `comes from time.Now, which is predictable`
}

func pid() {
	key := []byte(fmt.Sprintf("key-%d", os.Getpid()))
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `comes from os.Getpid, which is predictable`
}

func otherPackage() {
	jwt.New(jwt.SigningMethodHS256).SignedString(randhelpers.Weak()) // want `comes from math/rand.Read \(through randhelpers.Weak\), which is predictable`
}

func keyfunc(s string) {
	weak := randhelpers.Weak()
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return weak, nil // want `key passed to jwt.Parse returned by the keyfunc comes from math/rand.Read \(through randhelpers.Weak\), which is predictable`
	})
}

// Not keys: math/rand for anything else says nothing.
func notKeys() (int, time.Duration) {
	jitter := time.Duration(mrand.Intn(100)) * time.Millisecond
	tok := jwt.New(jwt.SigningMethodHS256)
	tok.Claims = jwt.MapClaims{"nonce": mrand.Int63()}
	tok.SignedString([]byte(os.Getenv("JWT_SECRET")))
	return mrand.Intn(6), jitter
}
