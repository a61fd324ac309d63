// Package jws is a stub of github.com/lestrrat-go/jwx/v4/jws for jwtlint's tests.
package jws

import (
	"github.com/lestrrat-go/option/v3"

	"github.com/lestrrat-go/jwx/v4/jwa"
	"github.com/lestrrat-go/jwx/v4/jwk"
)

type Option = option.Interface

type SignOption interface {
	Option
	signOption()
}

type VerifyOption interface {
	Option
	verifyOption()
}

type SignVerifyOption interface {
	Option
	signOption()
	verifyOption()
}

type ParseOption interface {
	Option
	parseOption()
}

type WithKeySuboption interface {
	Option
	withKeySuboption()
}

type WithKeySetSuboption interface {
	Option
	withKeySetSuboption()
}

type Message struct {
	payload []byte
}

func (m Message) Payload() []byte { return m.payload }

func Sign(payload []byte, options ...SignOption) ([]byte, error) { return nil, nil }

func Verify(buf []byte, options ...VerifyOption) ([]byte, error) { return nil, nil }

func Parse(src []byte, options ...ParseOption) (*Message, error) { return nil, nil }

func ParseString(src string, options ...ParseOption) (*Message, error) { return nil, nil }

func WithKey(alg jwa.KeyAlgorithm, key any, options ...WithKeySuboption) SignVerifyOption {
	return nil
}

func WithKeySet(set jwk.Set, options ...WithKeySetSuboption) VerifyOption { return nil }

func WithInsecureNoSignature(options ...WithKeySuboption) SignOption { return nil }
