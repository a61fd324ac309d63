// Package jwtauth uses github.com/go-chi/jwtauth/v5 the way services do.
// New(alg, signKey, verifyKey): a nil verifyKey means signKey verifies.
package jwtauth

import (
	"os"

	"github.com/go-chi/jwtauth/v5"

	"example.com/reallibs/keys"
)

const signingSecret = "jwtauth-const-signing-secret-0b6d2f8a4e1c93b7d5f0a2c6e8b41d9f"

var packageKey = []byte("jwtauth-package-variable-secret-7e3c9a5f1b0d48e2c6a9f3b7d1e05c8a")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("jwtauth-same-package-helper-secret-4a0e6c2f8b1d97a3e5c0f4b8d2a69e1c")
}

// TokenAuthLiteral uses a literal key.
var TokenAuthLiteral = jwtauth.New("HS256", []byte("jwtauth-direct-literal-secret-9f5b1d7a3e0c24f8b6d2a9e5c1f07b3d"), nil) // jwtlint:expect hardcoded-key

// NewConst uses a constant.
func NewConst() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(signingSecret), nil) // jwtlint:expect hardcoded-key
}

// NewPackageVar uses a package variable.
func NewPackageVar() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", packageKey, nil) // jwtlint:expect hardcoded-key
}

// NewEnvFallback falls back to a default.
func NewEnvFallback() *jwtauth.JWTAuth {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return jwtauth.New("HS256", []byte(secret), nil) // jwtlint:expect hardcoded-key
}

// NewStructDefault takes the key from a configuration literal.
func NewStructDefault() *jwtauth.JWTAuth {
	cfg := Config{Secret: "jwtauth-struct-field-secret-3d9f5b1a7e0c42d6f8b3a9e1c5d70f2b"}
	return jwtauth.New("HS256", []byte(cfg.Secret), nil) // jwtlint:expect hardcoded-key
}

// NewHelper takes the key from a helper of this package.
func NewHelper() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", helperKey(), nil) // jwtlint:expect hardcoded-key
}

// NewVerifyOtherPackage gives a separate verify key from another package.
func NewVerifyOtherPackage() *jwtauth.JWTAuth {
	return jwtauth.New(
		"HS256",
		[]byte(os.Getenv("JWT_SECRET")),
		keys.SharedKey(), // jwtlint:expect hardcoded-key
	)
}

// NewEnv uses a key from the environment: not reported.
func NewEnv() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)
}
