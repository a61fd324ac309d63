// Package hostilegenerics is hostile input for the analyzer (issue 8):
// keys that pass through generic helpers and generic structs. Nothing may
// crash; what is traced is reported like non-generic code.
package hostilegenerics

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// keyText is a constraint over key representations.
type keyText interface{ ~string | ~[]byte }

// asBytes is a generic helper that passes its argument through.
func asBytes[K keyText](k K) []byte { return []byte(k) }

// fixed is a generic helper that returns a literal whatever its type
// argument.
func fixed[T any]() []byte { return []byte("generic-fixed-key") }

// first returns a or b.
func first[T any](a, b T, takeA bool) T {
	if takeA {
		return a
	}
	return b
}

// holder is a generic struct holding a key.
type holder[K keyText] struct {
	Key K
}

func (h holder[K]) bytes() []byte { return []byte(h.Key) }

// signer is a generic struct with a sign method.
type signer[C jwt.Claims] struct {
	key []byte
}

func (s *signer[C]) sign(c C) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.key) // want `hard-coded 18-byte key passed to \(\*jwt.Token\).SignedString`
}

func throughGenericHelper() {
	jwt.New(jwt.SigningMethodHS256).SignedString(asBytes("generic-helper-arg")) // want `hard-coded 18-byte key passed to \(\*jwt.Token\).SignedString`
}

func genericLiteralResult() {
	jwt.New(jwt.SigningMethodHS256).SignedString(fixed[int]()) // want `hard-coded 17-byte key from hostilegenerics.fixed passed to \(\*jwt.Token\).SignedString`
}

func genericChoice() {
	env := []byte(os.Getenv("JWT_KEY"))
	jwt.New(jwt.SigningMethodHS256).SignedString(first(env, []byte("generic-fallback"), len(env) > 0)) // want `key passed to \(\*jwt.Token\).SignedString falls back to a hard-coded 16-byte key`
}

func genericStruct() {
	h := holder[string]{Key: "generic-struct-key"}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(h.Key)) // want `hard-coded 18-byte key passed to \(\*jwt.Token\).SignedString`
	// A method of a generic type reads the generic struct's field, which is
	// the instance's field (testdata/src/regressgenericmethod). Fields are
	// followed across the package: fromEnv's holder[[]byte] is one more
	// store to the field.
	jwt.New(jwt.SigningMethodHS256).SignedString(h.bytes()) // want `key passed to \(\*jwt.Token\).SignedString falls back to a hard-coded 18-byte key from \(hostilegenerics.holder\[K\]\).bytes`
}

func genericSigner() {
	s := &signer[jwt.MapClaims]{key: []byte("generic-signer-key")}
	s.sign(jwt.MapClaims{"sub": "u"})
}

func fromEnv() {
	jwt.New(jwt.SigningMethodHS256).SignedString(asBytes(os.Getenv("JWT_KEY")))
	h := holder[[]byte]{Key: []byte(os.Getenv("JWT_KEY"))}
	jwt.New(jwt.SigningMethodHS256).SignedString(h.Key)
}
