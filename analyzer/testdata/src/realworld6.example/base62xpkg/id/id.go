// Package id is base62id's helper in a package of its own, as navidrome
// has it (model/id/id.go:11): the random bytes go by value through a
// second helper that writes any 16-byte value as text, and the key's text
// length reaches the importer through the helpers' facts.
package id

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

// NewRandom returns 16 crypto/rand bytes as 22 base62 characters.
func NewRandom() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return Encode(b)
}

// Encode writes a 16-byte value as 22 zero-padded base62 characters.
func Encode(b [16]byte) string {
	return fmt.Sprintf("%022s", new(big.Int).SetBytes(b[:]).Text(62))
}
