// Package jwt is a stub of github.com/lestrrat-go/jwx/jwt (v1) for
// jwtlint's tests: the API surface only, with the real names and types.
package jwt

import (
	"io"
	"net/http"
	"net/url"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
)

type Token interface {
	Subject() string
	Set(string, interface{}) error
}

type ParseOption interface{ parseOption() }

type SignOption interface{ signOption() }

func New() Token { return nil }

func Parse(s []byte, options ...ParseOption) (Token, error) { return nil, nil }

func ParseString(s string, options ...ParseOption) (Token, error) { return nil, nil }

func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { return nil, nil }

func ParseHeader(hdr http.Header, name string, options ...ParseOption) (Token, error) {
	return nil, nil
}

func ParseForm(values url.Values, name string, options ...ParseOption) (Token, error) {
	return nil, nil
}

func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { return nil, nil }

func Sign(t Token, alg jwa.SignatureAlgorithm, key interface{}, options ...SignOption) ([]byte, error) {
	return nil, nil
}

func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption { return nil }

func WithKeySet(set jwk.Set) ParseOption { return nil }

func WithValidate(b bool) ParseOption { return nil }

type KeySetProvider interface {
	KeySetFrom(Token) (jwk.Set, error)
}

func WithKeySetProvider(p KeySetProvider) ParseOption { return nil }

func WithVerifyAuto(v bool) ParseOption { return nil }
