// Package jwtauth is a stub of github.com/go-chi/jwtauth (v1.2.0, on
// lestrrat-go/jwx v1) for jwtlint's tests: the API surface only, with the
// real names and parameter names.
package jwtauth

import (
	"net/http"

	"github.com/lestrrat-go/jwx/jwt"
)

type JWTAuth struct{}

func New(alg string, signKey interface{}, verifyKey interface{}) *JWTAuth { return &JWTAuth{} }

func Verifier(ja *JWTAuth) func(http.Handler) http.Handler { return nil }

func VerifyToken(ja *JWTAuth, tokenString string) (jwt.Token, error) { return nil, nil }

func (ja *JWTAuth) Encode(claims map[string]interface{}) (t jwt.Token, tokenString string, err error) {
	return nil, "", nil
}

func (ja *JWTAuth) Decode(tokenString string) (jwt.Token, error) { return nil, nil }

func Authenticator(next http.Handler) http.Handler { return nil }
