// Package gen reduces nezhahq/nezha at 1405ba7 (pkg/utils/utils.go:74,
// sweep 6 of issue 12): a random string from crypto/rand, "" with every
// error.
package gen

import (
	"crypto/rand"
	"math/big"
)

// RandomString returns n characters drawn with crypto/rand.
func RandomString(n int) (string, error) { // want RandomString:"jwtlint.func"
	const letters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	max := big.NewInt(int64(len(letters)))
	out := make([]byte, n)
	for i := range out {
		k, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		out[i] = letters[k.Int64()]
	}
	return string(out), nil
}
