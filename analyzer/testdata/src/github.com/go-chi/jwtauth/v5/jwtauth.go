// Package jwtauth is a stub of github.com/go-chi/jwtauth/v5 for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package jwtauth

import (
	"context"
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

type JWTAuth struct {
	alg             jwa.SignatureAlgorithm
	signKey         interface{}
	verifyKey       interface{}
	verifier        jwt.ParseOption
	validateOptions []jwt.ValidateOption
}

func New(alg string, signKey interface{}, verifyKey interface{}, validateOptions ...jwt.ValidateOption) *JWTAuth {
	return &JWTAuth{}
}

func Verifier(ja *JWTAuth) func(http.Handler) http.Handler { return nil }

func Verify(ja *JWTAuth, findTokenFns ...func(r *http.Request) string) func(http.Handler) http.Handler {
	return nil
}

func VerifyRequest(ja *JWTAuth, r *http.Request, findTokenFns ...func(r *http.Request) string) (jwt.Token, error) {
	return nil, nil
}

func VerifyToken(ja *JWTAuth, tokenString string) (jwt.Token, error) { return nil, nil }

func (ja *JWTAuth) Encode(claims map[string]interface{}) (t jwt.Token, tokenString string, err error) {
	return nil, "", nil
}

func (ja *JWTAuth) Decode(tokenString string) (jwt.Token, error) { return nil, nil }

func Authenticator(ja *JWTAuth) func(http.Handler) http.Handler { return nil }

func FromContext(ctx context.Context) (jwt.Token, map[string]interface{}, error) {
	return nil, nil, nil
}

func TokenFromHeader(r *http.Request) string { return "" }

func TokenFromCookie(r *http.Request) string { return "" }
