// Package brokendep does not type-check, as an old bytedance/sonic does not
// with a newer Go: some of its declarations name types no file defines.
package brokendep

import "github.com/golang-jwt/jwt/v5"

// Loader's type is undefined: values of it have an invalid type.
var Loader = newLoader()

// Config has a field of an undefined type.
type Config struct {
	Key   []byte
	Frame moduleData
}

// Secret returns a key; its body is ill-typed.
func Secret() []byte {
	return []byte(missing)
}

// Frame returns a value of an undefined type.
func Frame() *moduleData { return nil }

// Good is well typed.
func Good() string { return "fine" }

// Sign signs with its parameter.
func Sign(key []byte) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}
