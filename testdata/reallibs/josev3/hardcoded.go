// Package josev3 uses github.com/go-jose/go-jose/v3 the way services do. This file holds
// hard-coded keys that jwtlint must report.
package josev3

import (
	"os"
	"time"

	jose "github.com/go-jose/go-jose/v3"
	"github.com/go-jose/go-jose/v3/jwt"

	"example.com/reallibs/keys"
)

const signingSecret = "josev3-const-signing-secret-2c8e4a0f6b1d93e7c5a2f8b0d4e61c9a"

var packageKey = []byte("josev3-package-variable-secret-b0d6f2a8c4e193b7d5f0a6c2e8b41d3f")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("josev3-same-package-helper-secret-f7a3c9e1b5d02f8a4c6e9b3d1f7a05c2")
}

func claims(sub string) jwt.Claims {
	return jwt.Claims{Subject: sub, Expiry: jwt.NewNumericDate(time.Now().Add(time.Hour))}
}

func sign(key jose.SigningKey, sub string) (string, error) {
	signer, err := jose.NewSigner(key, (&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		return "", err
	}
	return jwt.Signed(signer).Claims(claims(sub)).CompactSerialize()
}

// SignLiteral signs with a []byte literal.
func SignLiteral(sub string) (string, error) {
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       []byte("josev3-direct-literal-secret-6e2a8c4f0b7d19e3a5c8f2b6d0e47a1c"), // jwtlint:expect hardcoded-key
	}, sub)
}

// SignConst signs with a constant.
func SignConst(sub string) (string, error) {
	return sign(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(signingSecret)}, sub) // jwtlint:expect hardcoded-key
}

// SignPackageVar signs with a package variable.
func SignPackageVar(sub string) (string, error) {
	key := jose.SigningKey{Algorithm: jose.HS256}
	key.Key = packageKey // jwtlint:expect hardcoded-key
	return sign(key, sub)
}

// SignEnvFallback falls back to a default secret.
func SignEnvFallback(sub string) (string, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       []byte(secret), // jwtlint:expect hardcoded-key
	}, sub)
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(sub string) (string, error) {
	cfg := Config{Secret: "josev3-struct-field-secret-0a4c8e2f6b9d13a7c5e0f4b8d2a69c1e"}
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       []byte(cfg.Secret), // jwtlint:expect hardcoded-key
	}, sub)
}

// SignHelper takes the key from a helper of this package.
func SignHelper(sub string) (string, error) {
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       helperKey(), // jwtlint:expect hardcoded-key
	}, sub)
}

// SignOtherPackage takes the key from another package.
func SignOtherPackage(sub string) (string, error) {
	return sign(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       []byte(keys.Secret()), // jwtlint:expect hardcoded-key
	}, sub)
}

// VerifyLiteral verifies a JWT with a literal.
func VerifyLiteral(raw string) (jwt.Claims, error) {
	var out jwt.Claims
	tok, err := parseJWT(raw)
	if err != nil {
		return out, err
	}
	err = tok.Claims([]byte("josev3-verify-literal-secret-d3f9b5a1c7e024d8f6b2a9c5e1d73f0b"), &out) // jwtlint:expect hardcoded-key
	return out, err
}

// VerifyJWS verifies a JWS with a package variable of another package.
func VerifyJWS(raw string) ([]byte, error) {
	sig, err := parseJWS(raw)
	if err != nil {
		return nil, err
	}
	return sig.Verify(keys.SharedKey()) // jwtlint:expect hardcoded-key
}

// Encrypt encrypts with a hard-coded direct key.
func Encrypt(plaintext []byte) (string, error) {
	enc, err := jose.NewEncrypter(jose.A256GCM, jose.Recipient{
		Algorithm: jose.DIRECT,
		Key:       []byte("josev3-direct-cek-0123456789abcdef"), // jwtlint:expect hardcoded-key
	}, nil)
	if err != nil {
		return "", err
	}
	obj, err := enc.Encrypt(plaintext)
	if err != nil {
		return "", err
	}
	return obj.CompactSerialize()
}

// Decrypt decrypts with a hard-coded key.
func Decrypt(obj *jose.JSONWebEncryption) ([]byte, error) {
	return obj.Decrypt([]byte(signingSecret)) // jwtlint:expect hardcoded-key
}
