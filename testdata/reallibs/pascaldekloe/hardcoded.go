// Package pascaldekloe uses github.com/pascaldekloe/jwt the way services do.
package pascaldekloe

import (
	"net/http"
	"os"
	"time"

	"github.com/pascaldekloe/jwt"

	"example.com/reallibs/keys"
)

const signingSecret = "pascal-const-signing-secret-6d2f8b4a0e1c73d9f5b2a8e6c0d47b1e"

var packageKey = []byte("pascal-package-variable-secret-1c7e3a9f5b0d28c4e6a1f7b3d9c05e2a")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("pascal-same-package-helper-secret-8f4b0d6a2e1c95f7b3d8a0c4e6f21b5d")
}

func newClaims(sub string) *jwt.Claims {
	c := new(jwt.Claims)
	c.Subject = sub
	c.Expires = jwt.NewNumericTime(time.Now().Add(time.Hour))
	return c
}

// SignLiteral signs with a literal.
func SignLiteral(sub string) ([]byte, error) {
	return newClaims(sub).HMACSign(jwt.HS256, []byte("pascal-direct-literal-secret-3a9e5c1f7b0d24a6e8c3f9b1d5a07e2c")) // jwtlint:expect hardcoded-key
}

// SignConst signs with a constant.
func SignConst(sub string) ([]byte, error) {
	return newClaims(sub).HMACSign(jwt.HS256, []byte(signingSecret)) // jwtlint:expect hardcoded-key
}

// SignEnvFallback falls back to a default.
func SignEnvFallback(sub string) ([]byte, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return newClaims(sub).HMACSign(jwt.HS256, []byte(secret)) // jwtlint:expect hardcoded-key
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(sub string, r *http.Request) error {
	cfg := Config{Secret: "pascal-struct-field-secret-5e1b7d3f9a0c46e2b8d5f1a7c3e09b4d"}
	return newClaims(sub).HMACSignHeader(r, jwt.HS256, []byte(cfg.Secret)) // jwtlint:expect hardcoded-key
}

// VerifyPackageVar verifies with a package variable.
func VerifyPackageVar(token []byte) (*jwt.Claims, error) {
	return jwt.HMACCheck(token, packageKey) // jwtlint:expect hardcoded-key
}

// VerifyHeaderHelper verifies a request with a helper's key.
func VerifyHeaderHelper(r *http.Request) (*jwt.Claims, error) {
	return jwt.HMACCheckHeader(r, helperKey()) // jwtlint:expect hardcoded-key
}

// NewHMACOtherPackage builds a reusable HMAC with another package's key.
func NewHMACOtherPackage() (*jwt.HMAC, error) {
	return jwt.NewHMAC(jwt.HS512, []byte(keys.Secret()+keys.Secret())) // jwtlint:expect hardcoded-key
}

// Register holds HMAC secrets for a handler.
func Register() *jwt.KeyRegister {
	return &jwt.KeyRegister{
		Secrets: [][]byte{
			keys.SharedKey(), // jwtlint:expect hardcoded-key
		},
	}
}

// VerifyEnv verifies with a key from the environment: not reported.
func VerifyEnv(token []byte) (*jwt.Claims, error) {
	return jwt.HMACCheck(token, []byte(os.Getenv("JWT_SECRET")))
}
