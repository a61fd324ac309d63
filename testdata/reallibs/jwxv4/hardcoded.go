//go:build goexperiment.jsonv2

// Package jwxv4 uses github.com/lestrrat-go/jwx/v4 the way services do.
// jwx v4 needs GOEXPERIMENT=jsonv2 (encoding/json/v2), so this package is
// built only with that experiment on.
// This file holds hard-coded keys that jwtlint must report.
package jwxv4

import (
	"os"
	"time"

	"github.com/lestrrat-go/jwx/v4/jwa"
	"github.com/lestrrat-go/jwx/v4/jwk"
	"github.com/lestrrat-go/jwx/v4/jws"
	"github.com/lestrrat-go/jwx/v4/jwt"

	"example.com/reallibs/keys"
)

const signingSecret = "jwxv4-const-signing-secret-71c3e9a05f2b8d46c1e7a93f0b5d28e6"

var packageKey = []byte("jwxv4-package-variable-secret-e4a06c2f8b1d937a5e0c4f2b8d6a1e39")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("jwxv4-same-package-helper-secret-1b7d3f9e5a0c28b4d6f1a3e7c9b05d2f")
}

func newToken(sub string) (jwt.Token, error) {
	return jwt.NewBuilder().Subject(sub).Expiration(time.Now().Add(time.Hour)).Build()
}

// SignLiteral signs with a []byte literal.
func SignLiteral(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), []byte("jwxv4-direct-literal-secret-c85e1a3f7d0b29c6e4a8f2d0b6c13e7a"))) // jwtlint:expect hardcoded-key
}

// SignConst signs with a constant.
func SignConst(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), []byte(signingSecret))) // jwtlint:expect hardcoded-key
}

// SignPackageVar signs with a package variable.
func SignPackageVar(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), packageKey)) // jwtlint:expect hardcoded-key
}

// SignEnvFallback falls back to a default secret.
func SignEnvFallback(sub string) ([]byte, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), []byte(secret))) // jwtlint:expect hardcoded-key
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(sub string) ([]byte, error) {
	cfg := Config{Secret: "jwxv4-struct-field-secret-93f1b7d5a0e2c84f6b9d3a1e7c50f2b8"}
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), []byte(cfg.Secret))) // jwtlint:expect hardcoded-key
}

// SignHelper takes the key from a helper of this package.
func SignHelper(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), helperKey())) // jwtlint:expect hardcoded-key
}

// SignOtherPackage takes the key from another package.
func SignOtherPackage(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), []byte(keys.Secret()))) // jwtlint:expect hardcoded-key
}

// SignJWK imports a literal into a JWK; the key enters the library at the
// import.
func SignJWK(sub string) ([]byte, error) {
	key, err := jwk.Import[jwk.Key]([]byte("jwxv4-jwk-import-secret-5a9e3c1f7b0d48e2a6c9f3b1d7e05a4c")) // jwtlint:expect hardcoded-key
	if err != nil {
		return nil, err
	}
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256(), key))
}

// VerifyLiteral verifies a JWT with a constant.
func VerifyLiteral(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256(), []byte(signingSecret))) // jwtlint:expect hardcoded-key
}

// SignJWS signs a payload with a key from another package's variable.
func SignJWS(payload []byte) ([]byte, error) {
	return jws.Sign(payload, jws.WithKey(jwa.HS256(), keys.SharedKey())) // jwtlint:expect hardcoded-key
}

// VerifyJWS verifies a payload with a helper's key.
func VerifyJWS(buf []byte) ([]byte, error) {
	return jws.Verify(buf, jws.WithKey(jwa.HS256(), helperKey())) // jwtlint:expect hardcoded-key
}
