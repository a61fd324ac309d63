// Package handler signs with settings package config reads: unchecked
// there, they are reported here unless this package looks at them.
package handler

import (
	"log"

	"github.com/golang-jwt/jwt/v5"
	"realworld7.example/viperunset/config"
)

// UserHandler signs tokens.
type UserHandler struct {
	conf config.Config
}

// NewUserHandler returns a UserHandler for conf.
func NewUserHandler(conf config.Config) UserHandler {
	if conf.MainSecret == "" {
		log.Fatal("main_secret is not set")
	}
	return UserHandler{conf: conf}
}

// Login signs with the unchecked secret.
func (h UserHandler) Login() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(h.conf.JwtSecret)) // want `^key from viper\.GetString\("jwt_secret"\) \(config\.go:22\) reaches \(\*jwt\.Token\)\.SignedString with no emptiness or length check: with the setting unset`
}

// LoginChecked signs with a secret package config validates.
func (h UserHandler) LoginChecked() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(h.conf.CheckedSecret))
}

// LoginMain signs with a secret this package checks.
func (h UserHandler) LoginMain() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(h.conf.MainSecret))
}

// LoginFn signs with a function's unchecked result.
func LoginFn() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(config.Secret())) // want `^key from viper\.GetString\("jwt_secret_fn"\) \(config\.go:37\) reaches`
}

// LoginFnChecked checks the function's result first: a look at any call
// of the function in the package counts, as one at any read of a variable
// does.
func LoginFnChecked() (string, error) {
	s := config.CheckedFnSecret()
	if len(s) < 32 {
		log.Fatal("jwt_secret_fn is short")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s))
}
