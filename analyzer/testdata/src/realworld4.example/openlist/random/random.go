// Package random draws strings from crypto/rand (sweep stop 18:
// OpenListTeam/OpenList 0b1e9d0 pkg/utils/random, alist's fork after it
// moved String off its time-seeded math/rand generator, which the package
// still keeps for other uses).
package random

import (
	"crypto/rand"
	"math/big"
	mathrand "math/rand"
	"time"
)

// Rand is the package's time-seeded generator, no longer used for String.
var Rand *mathrand.Rand

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// String returns n characters drawn from crypto/rand.
func String(n int) string {
	b := make([]byte, n)
	max := big.NewInt(int64(len(letters)))
	for i := range b {
		idx, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic(err)
		}
		b[i] = letters[idx.Int64()]
	}
	return string(b)
}

func init() {
	Rand = mathrand.New(mathrand.NewSource(time.Now().UnixNano()))
}
