// Package codecparam: helpers that encode or decode their parameter. The
// key's length and entropy at the sink are those of what the helper makes
// of the caller's argument: 16 bytes written as hex by a helper are 32
// characters, and 32 hex characters decoded by a helper are 16 bytes.
package codecparam

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/golang-jwt/jwt/v5"
)

func fromHex(s string) []byte {
	b, _ := hex.DecodeString(s)
	return b
}

func asHex(b []byte) string {
	return hex.EncodeToString(b)
}

func signDecoded(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(fromHex("00112233445566778899aabbccddeeff")) // want `hard-coded 16-byte key passed to \(\*jwt.Token\).SignedString: .* at 16 bytes it is too short for HS256`
}

func signEncoded(claims jwt.MapClaims) (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(asHex(b))) // want `32-byte key for HS256 passed to .* holds only 128 bits of entropy \(hex text of 16 random bytes\)`
}
