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

var testFilled = ""

// SignTestFilled signs with a variable only a test fills: empty otherwise
// (the package without its tests: an empty key; with them: a fallback).
func SignTestFilled() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(testFilled)) // want `key passed to \(\*jwt.Token\).SignedString(: anyone| falls back to an empty key)`
}

var uncalled = ""

// fill would fill uncalled on every path, but nothing calls it.
func fill() { uncalled = os.Getenv("UNCALLED_SECRET") }

// SignUncalled signs with a variable whose loader never runs.
func SignUncalled() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(uncalled)) // want `key passed to \(\*jwt.Token\).SignedString falls back to an empty key`
}
