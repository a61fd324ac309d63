// Package jwt is a stub of github.com/lestrrat-go/jwx/v2/jwt for jwtlint's tests.
package jwt

import (
	"github.com/lestrrat-go/option"

	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
)

type Option = option.Interface

type ParseOption interface {
	Option
	parseOption()
	readFileOption()
}

type SignOption interface {
	Option
	signOption()
}

type EncryptOption interface {
	Option
	encryptOption()
}

type SignEncryptParseOption interface {
	Option
	parseOption()
	encryptOption()
	readFileOption()
	signOption()
}

type ValidateOption interface {
	Option
	parseOption()
	readFileOption()
	validateOption()
}

type Token interface {
	Expiration() time.Time
	Issuer() string
	Subject() string
	PrivateClaims() map[string]interface{}
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
}

func New() Token { return nil }

type Builder struct {
	claims map[string]interface{}
}

func NewBuilder() *Builder { return &Builder{} }

func (b *Builder) Claim(name string, value interface{}) *Builder { return b }

func (b *Builder) Expiration(v time.Time) *Builder { return b }

func (b *Builder) IssuedAt(v time.Time) *Builder { return b }

func (b *Builder) Issuer(v string) *Builder { return b }

func (b *Builder) Subject(v string) *Builder { return b }

func (b *Builder) Build() (Token, error) { return nil, nil }

func Sign(t Token, options ...SignOption) ([]byte, error) { return nil, nil }

func Parse(s []byte, options ...ParseOption) (Token, error) { return nil, nil }

func ParseString(s string, options ...ParseOption) (Token, error) { return nil, nil }

func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { return nil, nil }

func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { return nil, nil }

func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	return nil
}

func WithKeySet(set jwk.Set, options ...interface{}) ParseOption { return nil }

func WithVerify(v bool) ParseOption { return nil }

func WithValidate(v bool) ParseOption { return nil }

func WithInsecureNoSignature() SignOption { return nil }

func WithAcceptableSkew(v time.Duration) ValidateOption { return nil }

func WithIssuer(s string) ValidateOption { return nil }
