// Package jwk is a stub of github.com/lestrrat-go/jwx/jwk (v1) for
// jwtlint's tests: the API surface only, with the real names and types.
package jwk

type Key interface {
	KeyID() string
}

type Set interface {
	Len() int
}

func New(key interface{}) (Key, error) { return nil, nil }

func NewSet() Set { return nil }
