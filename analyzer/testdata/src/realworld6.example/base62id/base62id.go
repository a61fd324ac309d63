// Package base62id reduces navidrome/navidrome at 295886c (model/id/id.go:11,
// core/auth/auth.go:36, sweep 6 of issue 12): the HS256 secret is 16
// crypto/rand bytes written as 22 base62 characters through math/big and
// fmt.Sprintf: 128 bits, short of the 256 RFC 7518 asks for HS256. Missed
// at 69cf668: (*big.Int).SetBytes, Text(62) and Sprintf's padding did not
// carry the bytes' entropy. A format with more than one verb, or text
// around it, is not followed (longer, not more random).
package base62id

import (
	"crypto/rand"
	"fmt"
	"math/big"

	"github.com/go-chi/jwtauth/v5"
)

func newRandomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%022s", new(big.Int).SetBytes(b[:]).Text(62))
}

func tokenAuth() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(newRandomID()), nil) // want `22-byte key for HS256 passed to jwtauth.New holds only 128 bits of entropy`
}

func twoParts() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("id-%s-%s", new(big.Int).SetBytes(b[:]).Text(36), "x")
}

func tokenAuthTwo() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(twoParts()), nil) // not followed: no finding
}
