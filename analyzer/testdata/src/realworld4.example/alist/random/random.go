// Package random draws strings from a generator seeded with the time at
// start-up (sweep stop 18: alist-org/alist pkg/utils/random).
package random

import (
	"math/rand"
	"time"
)

// Rand is the package's generator.
var Rand *rand.Rand

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// String returns n characters picked by Rand.
func String(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[Rand.Intn(len(letters))]
	}
	return string(b)
}

func init() {
	Rand = rand.New(rand.NewSource(time.Now().UnixNano()))
}
