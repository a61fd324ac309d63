// Package auth signs with the helper's ID (navidrome core/auth/auth.go:36):
// the message names the key's length as used, 22 bytes of text, not the 16
// random bytes behind it.
package auth

import (
	"github.com/go-chi/jwtauth/v5"

	"realworld6.example/base62xpkg/id"
)

func tokenAuth() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(id.NewRandom()), nil) // want `22-byte key for HS256 passed to jwtauth.New holds only 128 bits of entropy`
}
