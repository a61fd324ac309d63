// Package randhelpers makes keys in another package than their use: what
// they return reaches the user through facts.
package randhelpers

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
	"os"
)

// Weak returns predictable bytes.
func Weak() []byte {
	b := make([]byte, 32)
	rand.Read(b)
	return b
}

// RandomBytes returns n bytes from crypto/rand.
func RandomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	return b
}

// HexKey returns the hex text of 16 random bytes.
func HexKey() string { return hex.EncodeToString(RandomBytes(16)) }

// Getenv returns the variable name or, when it is unset, def.
func Getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
