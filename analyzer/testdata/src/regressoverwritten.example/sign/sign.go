// Package sign signs with config's secrets and with its own
// variables, declared empty and filled by a loader (see config).
package sign

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
	"regressoverwritten.example/config"
)

// SignAlways signs with a secret every path of config.LoadAlways sets.
func SignAlways() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(config.AlwaysSecret))
}

// SignSometimes signs with a secret left empty when the variable is unset.
func SignSometimes() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(config.SometimesSecret)) // want `key passed to \(\*jwt.Token\).SignedString falls back to an empty key`
}

// SignEarly signs with a secret left empty by an early return.
func SignEarly() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(config.EarlySecret)) // want `key passed to \(\*jwt.Token\).SignedString falls back to an empty key`
}

var local = ""

var localSometimes = ""

// load fills local on both paths, localSometimes on one.
func load() {
	switch s := os.Getenv("LOCAL_SECRET"); {
	case s != "":
		local = s
		localSometimes = s
	default:
		local = "a-local-fallback-that-is-long-enough-for-hs256"
	}
}

// SignLocal signs with this package's variables.
func SignLocal() (string, error) {
	load()
	if _, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(localSometimes)); err != nil { // want `key passed to \(\*jwt.Token\).SignedString falls back to an empty key`
		return "", err
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(local)) // want `falls back to a hard-coded`
}
