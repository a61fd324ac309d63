// Package kite signs with a key drawn by a real dependency that imports no
// JWT library and exports no key-ish name: k8s.io/apimachinery's
// util/rand.String, math/rand seeded with the time at start-up (zxh326/kite
// before e2c18b2, testdata/realworld.md). In module mode util/rand is a
// dependency, which the analyzer's fast path must not leave.
package kite

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
	"k8s.io/apimachinery/pkg/util/rand"
)

// secret is JWT_SECRET, or 32 characters from util/rand when it is unset.
func secret() string {
	if s := os.Getenv("JWT_SECRET"); s != "" {
		return s
	}
	return rand.String(32)
}

// Sign signs a session token for user.
func Sign(user string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user})
	return token.SignedString([]byte(secret())) // jwtlint:expect weak-random-key
}

// SignDirect signs with the generator's output itself.
func SignDirect(user string) (string, error) {
	key := []byte(rand.String(48))
	token := jwt.NewWithClaims(jwt.SigningMethodHS384, jwt.MapClaims{"sub": user})
	return token.SignedString(key) // jwtlint:expect weak-random-key
}
