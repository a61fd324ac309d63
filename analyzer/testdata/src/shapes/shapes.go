// Package shapes holds the small key shapes of issue 12 item 5: each was
// missed (or falsely reported) before.
package shapes

import (
	crand "crypto/rand"
	"crypto/sha256"
	"math/rand"
	randv2 "math/rand/v2"
	"time"

	"example.com/shapeshelper"
	"github.com/golang-jwt/jwt/v5"
)

var letterRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

var letterBytes = []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

func randRunes(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = letterRunes[rand.Intn(len(letterRunes))]
	}
	return string(b)
}

func runeTable() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(randRunes(40))) // want `key passed to \(\*jwt.Token\).SignedString comes from math/rand.Intn \(through shapes.randRunes\), which is predictable`
}

func byteTable() {
	b := make([]byte, 40)
	for i := range b {
		b[i] = letterBytes[rand.Intn(len(letterBytes))]
	}
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `comes from math/rand.Intn, which is predictable`
}

func sliceLiteralTable() {
	table := []byte{'a', 'b', 'c', 'd', 'e', 'f', '0', '1', '2', '3'}
	b := make([]byte, 40)
	for i := range b {
		b[i] = table[rand.Intn(len(table))]
	}
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `comes from math/rand.Intn, which is predictable`
}

var jwtSecret = []byte(randRunes(40))

// JwtSecret is an alias of jwtSecret.
var JwtSecret = jwtSecret // want JwtSecret:"jwtlint.var"

func aliasVar() {
	jwt.New(jwt.SigningMethodHS256).SignedString(JwtSecret) // want `comes from math/rand.Intn \(through shapes.randRunes\), which is predictable`
}

func otherPackageHelper() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(shapeshelper.RandString(40))) // want `comes from math/rand.Intn \(through shapeshelper.RandString\), which is predictable`
}

func otherPackageAlias() {
	jwt.New(jwt.SigningMethodHS256).SignedString(shapeshelper.JwtSecret) // want `comes from math/rand.Intn \(through shapeshelper.RandString\), which is predictable`
}

func chachaFromCrypto() {
	var seed [32]byte
	if _, err := crand.Read(seed[:]); err != nil {
		panic(err)
	}
	r := randv2.New(randv2.NewChaCha8(seed))
	b := make([]byte, 40)
	for i := range b {
		b[i] = letterBytes[r.IntN(len(letterBytes))]
	}
	// Not predictable (ChaCha8 seeded from crypto/rand: no weak-random-key),
	// but 40 characters of a 62-character set are 238 bits, short of HS256's
	// 256, as for any character-set key (short-key judges entropy).
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `40-byte key for HS256 passed to \(\*jwt\.Token\)\.SignedString holds only 238 bits of entropy`
}

func chachaReadFromCrypto() {
	var seed [32]byte
	crand.Read(seed[:])
	g := randv2.NewChaCha8(seed)
	key := make([]byte, 32)
	g.Read(key)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // not predictable: ChaCha8 seeded from crypto/rand
}

func chachaFromLiteral() {
	seed := [32]byte{1, 2, 3}
	g := randv2.NewChaCha8(seed)
	key := make([]byte, 32)
	g.Read(key)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `comes from \(\*math/rand/v2.ChaCha8\).Read, which is predictable`
}

func chachaFromTime() {
	seed := sha256.Sum256([]byte(time.Now().String()))
	r := randv2.New(randv2.NewChaCha8(seed))
	b := make([]byte, 40)
	for i := range b {
		b[i] = letterBytes[r.IntN(len(letterBytes))]
	}
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `comes from \(\*math/rand/v2.Rand\).IntN, which is predictable`
}

func pcgFromTime() {
	r := randv2.New(randv2.NewPCG(uint64(time.Now().UnixNano()), 1))
	b := make([]byte, 40)
	for i := range b {
		b[i] = letterBytes[r.IntN(len(letterBytes))]
	}
	jwt.New(jwt.SigningMethodHS256).SignedString(b) // want `comes from \(\*math/rand/v2.Rand\).IntN, which is predictable`
}

// A key picked at random from a set of keys is as secret as the keys: the
// math/rand index only chooses among them.
func pickFromKeySet(keys [][]byte) {
	jwt.New(jwt.SigningMethodHS256).SignedString(keys[rand.Intn(len(keys))])
}
