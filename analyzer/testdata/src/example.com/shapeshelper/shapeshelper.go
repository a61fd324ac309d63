// Package shapeshelper makes a key in another package than its use, by
// picking characters from a rune table with a math/rand index.
package shapeshelper

import "math/rand"

var alphabet = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

// RandString returns n characters picked from alphabet by math/rand.
func RandString(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return string(b)
}

var jwtSecret = []byte(RandString(40))

// JwtSecret is an alias of jwtSecret, read by another package.
var JwtSecret = jwtSecret
