// Package jwtauthv1 uses github.com/go-chi/jwtauth v1.2.0 (on
// lestrrat-go/jwx v1), the import path of jwtauth before /v5.
package jwtauthv1

import (
	"os"

	"github.com/go-chi/jwtauth"

	"example.com/reallibs/keys"
)

var packageKey = []byte("jwtauthv1-package-variable-secret-5c1e7a3f9b0d24e6c8a2f0b4d6e81c3a")

// Literal signs and verifies with a literal.
func Literal() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte("jwtauthv1-direct-literal-secret-0d6f2b8a4e1c97d3f5b0a2c8e6d41f9b"), nil) // jwtlint:expect hardcoded-key
}

// Variable uses a package variable.
func Variable() *jwtauth.JWTAuth {
	return jwtauth.New("HS512", packageKey, nil) // jwtlint:expect hardcoded-key
}

// Helper uses a helper of package keys.
func Helper() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(keys.Secret()), nil) // jwtlint:expect hardcoded-key
}

// Env reads the key from the environment: not reported.
func Env() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)
}
