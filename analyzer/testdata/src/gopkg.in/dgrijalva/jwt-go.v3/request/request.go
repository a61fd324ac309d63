// Package request is a stub of gopkg.in/dgrijalva/jwt-go.v3/request for jwtlint's tests.
// Like the real package (the same source as github.com/dgrijalva/jwt-go v3), it
// imports github.com/dgrijalva/jwt-go, not the gopkg.in path.
package request

import (
	"net/http"

	jwt "github.com/dgrijalva/jwt-go"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

type ArgumentExtractor []string

func (e ArgumentExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

type MultiExtractor []Extractor

func (e MultiExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

type PostExtractionFilter struct {
	Extractor
	Filter func(string) (string, error)
}

func (e *PostExtractionFilter) ExtractToken(req *http.Request) (string, error) { return "", nil }

var AuthorizationHeaderExtractor = &PostExtractionFilter{
	HeaderExtractor{"Authorization"},
	func(tok string) (string, error) { return tok, nil },
}

var OAuth2Extractor = &MultiExtractor{
	AuthorizationHeaderExtractor,
	ArgumentExtractor{"access_token"},
}

type fromRequestParser struct {
	req       *http.Request
	extractor Extractor
	claims    jwt.Claims
	parser    *jwt.Parser
}

type ParseFromRequestOption func(*fromRequestParser)

func WithClaims(claims jwt.Claims) ParseFromRequestOption { return nil }

func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	return nil, nil
}

func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (token *jwt.Token, err error) {
	return nil, nil
}
