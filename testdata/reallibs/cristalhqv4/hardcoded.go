// Package cristalhqv4 uses github.com/cristalhq/jwt/v4 the way services do. This
// file holds hard-coded keys that jwtlint must report.
package cristalhqv4

import (
	"os"
	"time"

	"github.com/cristalhq/jwt/v4"

	"example.com/reallibs/keys"
)

const signingSecret = "cristalhqv4-const-signing-secret-3f9b5d1a7e0c24f8b6d2a9e5c1f07b3d"

var packageKey = []byte("cristalhqv4-package-variable-secret-a6c2e8f4b0d193a7c5e2f8b0d4a61c9e")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("cristalhqv4-same-package-helper-secret-0d6b2f8a4e1c97d3f5b0a2e8c6d41f9b")
}

func build(signer jwt.Signer, sub string) (string, error) {
	claims := &jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	tok, err := jwt.NewBuilder(signer).Build(claims)
	if err != nil {
		return "", err
	}
	return tok.String(), nil
}

// SignLiteral signs with a literal key.
func SignLiteral(sub string) (string, error) {
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte("cristalhqv4-direct-literal-secret-7e3c9a5f1b0d48e2c6a9f3b7d1e05c8a")) // jwtlint:expect hardcoded-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// SignConst signs with a constant.
func SignConst(sub string) (string, error) {
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(signingSecret)) // jwtlint:expect hardcoded-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// SignEnvFallback falls back to a default.
func SignEnvFallback(sub string) (string, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(secret)) // jwtlint:expect hardcoded-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(sub string) (string, error) {
	cfg := Config{Secret: "cristalhqv4-struct-field-secret-4a0e6c2f8b1d93a5e7c0f2b4d8a61e3c"}
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(cfg.Secret)) // jwtlint:expect hardcoded-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// SignOtherPackage takes the key from another package.
func SignOtherPackage(sub string) (string, error) {
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(keys.Secret())) // jwtlint:expect hardcoded-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// VerifyPackageVar verifies with a package variable.
func VerifyPackageVar(raw []byte) error {
	verifier, err := jwt.NewVerifierHS(jwt.HS256, packageKey) // jwtlint:expect hardcoded-key
	if err != nil {
		return err
	}
	_, err = jwt.Parse(raw, verifier)
	return err
}

// VerifyHelper verifies with a helper's key.
func VerifyHelper(raw []byte) error {
	verifier, err := jwt.NewVerifierHS(jwt.HS256, helperKey()) // jwtlint:expect hardcoded-key
	if err != nil {
		return err
	}
	_, err = jwt.Parse(raw, verifier)
	return err
}

// VerifyOtherPackageVar verifies with a variable of another package.
func VerifyOtherPackageVar(raw []byte) error {
	verifier, err := jwt.NewVerifierHS(jwt.HS256, keys.Shared) // jwtlint:expect hardcoded-key
	if err != nil {
		return err
	}
	_, err = jwt.Parse(raw, verifier)
	return err
}

// SignEnv signs with a key from the environment: not reported.
func SignEnv(sub string) (string, error) {
	signer, err := jwt.NewSignerHS(jwt.HS256, []byte(os.Getenv("JWT_SECRET")))
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// VerifyFile verifies with a key from a file: not reported.
func VerifyFile(raw []byte, path string) error {
	key, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	verifier, err := jwt.NewVerifierHS(jwt.HS256, key)
	if err != nil {
		return err
	}
	_, err = jwt.Parse(raw, verifier)
	return err
}
