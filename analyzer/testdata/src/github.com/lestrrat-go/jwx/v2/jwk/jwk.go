// Package jwk is a stub of github.com/lestrrat-go/jwx/v2/jwk for jwtlint's tests.
package jwk

import "github.com/lestrrat-go/option"

type Option = option.Interface

type ParseOption interface {
	Option
	parseOption()
}

const (
	KeyIDKey     = "kid"
	AlgorithmKey = "alg"
)

type Key interface {
	Set(string, interface{}) error
}

type Set interface {
	AddKey(Key) error
	Len() int
}

func NewSet() Set { return nil }

func FromRaw(key interface{}) (Key, error) { return nil, nil }

func ParseKey(data []byte, options ...ParseOption) (Key, error) { return nil, nil }

func Parse(src []byte, options ...ParseOption) (Set, error) { return nil, nil }

// WithPEM has ParseKey and Parse read PEM-encoded keys.
func WithPEM(v bool) ParseOption { return nil }
