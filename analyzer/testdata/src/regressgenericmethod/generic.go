// Package regressgenericmethod is a missed shape of the real-world sweep
// (hostile input, testdata/src/hostilegenerics): a method of a generic type
// returns a field of its receiver. The method's body reads the generic
// struct's field, the stores are to the instance's (holder[string].Key): both
// are one field.
package regressgenericmethod

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type keyText interface{ ~string | ~[]byte }

type holder[K keyText] struct {
	Key K
}

func (h holder[K]) bytes() []byte { return []byte(h.Key) }

type store[K keyText] struct {
	secret K
}

func (s *store[K]) get() K { return s.secret }

func newStore[K keyText](k K) *store[K] { return &store[K]{secret: k} }

func valueReceiver() (string, error) {
	h := holder[string]{Key: "generic-method-key-of-32-bytes!!"}
	return jwt.New(jwt.SigningMethodHS256).SignedString(h.bytes()) // want `^hard-coded 32-byte key from \(regressgenericmethod.holder\[K\]\).bytes passed to \(\*jwt.Token\).SignedString`
}

// pointerReceiver: the field is filled from the constructor's parameter,
// so the key is reported where the constructor is called.
func pointerReceiver() (string, error) {
	s := newStore("generic-pointer-key-of-32-bytes!") // want `^hard-coded 32-byte key passed to \(\*jwt.Token\).SignedString through regressgenericmethod.newStore \(generic.go:\d+\)`
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.get()))
}

type envHolder[K keyText] struct {
	Key K
}

func (h envHolder[K]) bytes() []byte { return []byte(h.Key) }

func fromEnv() (string, error) {
	h := envHolder[string]{Key: os.Getenv("JWT_KEY")}
	return jwt.New(jwt.SigningMethodHS256).SignedString(h.bytes()) // want `key from os.Getenv\("JWT_KEY"\) reaches .* with no emptiness or length check`
}
