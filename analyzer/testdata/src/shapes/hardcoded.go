package shapes // want package:"jwtlint.config" package:"jwtlint.pkg"

import (
	"crypto/sha256"
	"crypto/sha512"

	"github.com/golang-jwt/jwt/v5"
)

func zeroKey() {
	key := make([]byte, 32)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // want `all-zero 32-byte key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens;`
}

func emptySliceLiteral() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte{}) // want `empty HMAC key passed to \(\*jwt.Token\).SignedString: anyone can forge tokens`
}

func emptyStringConversion() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("")) // want `empty HMAC key passed to \(\*jwt.Token\).SignedString: anyone can forge tokens`
}

func filledElsewhere(fill func([]byte)) {
	key := make([]byte, 32)
	fill(key)
	jwt.New(jwt.SigningMethodHS256).SignedString(key) // not all-zero: an unknown function fills it
}

func hashOfLiteral() {
	sum := sha256.Sum256([]byte("my-secret-passphrase"))
	jwt.New(jwt.SigningMethodHS256).SignedString(sum[:]) // want `hard-coded 32-byte key \(sha256.Sum256 of a literal\) passed to \(\*jwt.Token\).SignedString`
}

func hash512OfLiteral() {
	sum := sha512.Sum512([]byte("another-passphrase"))
	jwt.New(jwt.SigningMethodHS512).SignedString(sum[:]) // want `hard-coded 64-byte key \(sha512.Sum512 of a literal\) passed to \(\*jwt.Token\).SignedString`
}

func shortLiteral() {
	jwt.New(jwt.SigningMethodHS512).SignedString([]byte("short-but-not-empty-key")) // want `hard-coded 23-byte key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens, and at 23 bytes it is too short for HS512 \(RFC 7518 requires at least 64 bytes\); load`
}

func longLiteral() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("a-literal-key-of-forty-bytes-long-abcdef")) // want `hard-coded 40-byte key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens; load`
}
