// Package jwtmiddleware is a stub of github.com/auth0/go-jwt-middleware
// (v1, on form3tech-oss/jwt-go) for jwtlint's tests: the API surface only,
// with the real names and parameter names.
package jwtmiddleware

import "github.com/form3tech-oss/jwt-go"

type Options struct {
	ValidationKeyGetter jwt.Keyfunc
	UserProperty        string
	CredentialsOptional bool
	Debug               bool
	EnableAuthOnOptions bool
	SigningMethod       jwt.SigningMethod
}

type JWTMiddleware struct {
	Options Options
}

func New(options ...Options) *JWTMiddleware { return &JWTMiddleware{} }
