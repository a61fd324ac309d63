// Package signer reads its keys by name through conf; it does not import // want package:"jwtlint.config" package:"jwtlint.pkg"
// the registering package, so it cannot see the defaults.
package signer

import (
	"github.com/golang-jwt/jwt/v5"
	"registry.example/conf"
)

// Sign signs with auth.secret, whose registered default is a literal.
func Sign() (string, error) { // want Sign:"jwtlint.func"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(conf.String("auth.secret")))
}

// SignEnv signs with auth.env, registered from the environment only.
func SignEnv() (string, error) { // want SignEnv:"jwtlint.func"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(conf.String("auth.env")))
}

// SignOther signs with a setting nothing registers.
func SignOther() (string, error) { // want SignOther:"jwtlint.func"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(conf.String("mail.other")))
}
