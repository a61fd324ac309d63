package randtables

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/rand"
	randv2 "math/rand/v2"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// The index that picks a character may be made by any math/rand or
// math/rand/v2 call, reduced by a modulo or not, from a []byte table
// parameter or any other table: each is predictable.

func int31n(n int, table []byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = table[rand.Int31n(int32(len(table)))]
	}
	return out
}

func uint32Mod(n int, table []byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = table[rand.Uint32()%uint32(len(table))]
	}
	return out
}

func seededMethodMod(n int, table []byte) []byte {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	out := make([]byte, n)
	for i := range out {
		out[i] = table[int(r.Int63())%len(table)]
	}
	return out
}

func seededIntn(n int, table []rune) string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	out := make([]rune, n)
	for i := range out {
		out[i] = table[r.Intn(len(table))]
	}
	return string(out)
}

func v2IntN(n int, table []byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = table[randv2.IntN(len(table))]
	}
	return out
}

func v2N(n int, table []byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = table[randv2.N(len(table))]
	}
	return out
}

func v2Uint64Mod(n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = charset[randv2.Uint64()%uint64(len(charset))]
	}
	return string(out)
}

// cryptoMod reduces crypto/rand bytes by a modulo: biased, but not
// predictable.
func cryptoMod(n int, table []byte) []byte {
	out := make([]byte, n)
	var b [4]byte
	for i := range out {
		if _, err := crand.Read(b[:]); err != nil {
			panic(err)
		}
		out[i] = table[binary.BigEndian.Uint32(b[:])%uint32(len(table))]
	}
	return out
}

// copyKey copies a key given as a parameter byte by byte: as secret as
// the key.
func copyKey(key []byte) []byte {
	out := make([]byte, len(key))
	for i := range key {
		out[i] = key[i]
	}
	return out
}

func indexUses(key []byte) {
	table := []byte(charset)
	jwt.New(jwt.SigningMethodHS256).SignedString(int31n(40, table))                       // want `comes from math/rand.Int31n \(through randtables.int31n\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(uint32Mod(40, table))                    // want `comes from math/rand.Uint32 \(through randtables.uint32Mod\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(seededMethodMod(40, table))              // want `comes from \(\*math/rand.Rand\).Int63 \(through randtables.seededMethodMod\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(seededIntn(40, []rune(charset)))) // want `comes from \(\*math/rand.Rand\).Intn \(through randtables.seededIntn\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(v2IntN(40, table))                       // want `comes from math/rand/v2.IntN \(through randtables.v2IntN\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(v2N(40, table))                          // want `comes from math/rand/v2.N \(through randtables.v2N\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(v2Uint64Mod(40)))                 // want `comes from math/rand/v2.Uint64 \(through randtables.v2Uint64Mod\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(cryptoMod(64, table))                    // crypto/rand: not predictable
	jwt.New(jwt.SigningMethodHS256).SignedString(copyKey(key))                            // a copy of the caller's key: nothing known
}
