// Package jws is a stub of github.com/lestrrat-go/jwx/jws (v1) for
// jwtlint's tests: the API surface only, with the real names and types.
package jws

import (
	"io"

	"github.com/lestrrat-go/jwx/jwa"
)

type Message struct{}

func (m *Message) Payload() []byte { return nil }

type SignOption interface{ signOption() }

type VerifyOption interface{ verifyOption() }

func Sign(payload []byte, alg jwa.SignatureAlgorithm, key interface{}, options ...SignOption) ([]byte, error) {
	return nil, nil
}

func Verify(buf []byte, alg jwa.SignatureAlgorithm, key interface{}, options ...VerifyOption) ([]byte, error) {
	return nil, nil
}

func Parse(src []byte) (*Message, error) { return nil, nil }

func ParseString(src string) (*Message, error) { return nil, nil }

func ParseReader(src io.Reader) (*Message, error) { return nil, nil }
