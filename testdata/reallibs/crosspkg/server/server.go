// Package server sets the keys package crosspkg signs with.
package server

import (
	"math/rand"
	"os"

	"example.com/reallibs/crosspkg"
)

func randomString(n int) string {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

// Start sets the keys.
func Start(dev bool) {
	if dev {
		crosspkg.JWTSecret = []byte("server-development-key-0123456789abcdef0123456789abcdef0123") // jwtlint:expect hardcoded-key
		crosspkg.Global.JWT.SigningKey = randomString(64)                                          // jwtlint:expect weak-random-key
		return
	}
	crosspkg.JWTSecret = []byte(os.Getenv("JWT_SECRET")) // jwtlint:expect short-key
	crosspkg.Global.JWT.SigningKey = os.Getenv("SIGNING_KEY")
}
