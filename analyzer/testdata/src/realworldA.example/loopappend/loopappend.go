// Package loopappend: a secret built by appending one character per loop
// iteration, each picked by a clock-seeded math/rand generator, to an
// empty byte slice (sweep half A: 0xDkd/auxpi ee2b2a4, its
// bootstrap/helper.go:81 GetRandomString, the JWT secret of
// bootstrap/Config.go:148 signed with in utils/jwt.go:35). Written for
// jwtlint after the shape of that program. The key is predictable; its
// length is the loop's trip count, not the one byte each append adds.
package loopappend

import (
	"math/rand"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func pick(n int) string {
	chars := []byte(alphabet)
	out := []byte{}
	gen := rand.New(rand.NewSource(time.Now().UnixNano()))
	for i := 0; i < n; i++ {
		out = append(out, chars[gen.Intn(len(chars))])
	}
	return string(out)
}

// long is 64 characters: predictable, but not short; short is 16, as
// auxpi's: short as well.
var (
	long  = []byte(pick(64))
	short = []byte(pick(16))
)

func sign() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString(long) // want `comes from \(\*math/rand.Rand\).Intn \(through loopappend.pick\), which is predictable`
}

func signShort() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString(short) // want `comes from \(\*math/rand.Rand\).Intn \(through loopappend.pick\), which is predictable` `16-byte HMAC key for HS256`
}

// fixed appends a constant number of times: 8 bytes.
func fixed() []byte {
	var out []byte
	for i := 0; i < 8; i++ {
		out = append(out, alphabet[rand.Intn(len(alphabet))])
	}
	return out
}

// untilLong appends until a length it checks itself: nothing known of the
// length.
func untilLong(n int) []byte {
	var out []byte
	for len(out) < n {
		out = append(out, alphabet[rand.Intn(len(alphabet))])
	}
	return out
}

func signOthers() {
	jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString(fixed())       // want `comes from math/rand.Intn \(through loopappend.fixed\), which is predictable` `8-byte HMAC key for HS256`
	jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString(untilLong(64)) // want `comes from math/rand.Intn \(through loopappend.untilLong\), which is predictable`
}
