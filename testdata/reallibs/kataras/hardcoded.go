// Package kataras uses github.com/kataras/jwt the way services do. The
// algorithm is the first argument of every Sign and Verify.
package kataras

import (
	"os"
	"time"

	"github.com/kataras/jwt"

	"example.com/reallibs/keys"
)

const signingSecret = "kataras-const-signing-secret-5e1a7c3f9b0d26e4a8c1f7b3d9e05a2c"

var packageKey = []byte("kataras-package-variable-secret-c3f9b5e1a7d04c8f2b6e9a3d1f7c05b8")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("kataras-same-package-helper-secret-1f7d3b9e5a0c48f2d6b1e7a3c9f05d4b")
}

type userClaims struct {
	Username string `json:"username"`
}

// SignLiteral signs with a literal key.
func SignLiteral(user string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, []byte("kataras-direct-literal-secret-8b4f0d2a6c1e93b7f5d8a0c2e4b69f1d"), userClaims{Username: user}, jwt.MaxAge(15*time.Minute)) // jwtlint:expect hardcoded-key
}

// SignConst signs with a constant.
func SignConst(user string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, []byte(signingSecret), userClaims{Username: user}) // jwtlint:expect hardcoded-key
}

// SignEnvFallback falls back to a default.
func SignEnvFallback(user string) ([]byte, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return jwt.Sign(jwt.HS256, []byte(secret), userClaims{Username: user}) // jwtlint:expect hardcoded-key
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(user string) ([]byte, error) {
	cfg := Config{Secret: "kataras-struct-field-secret-6c2e8a4f0b7d19c3e5a2f8b6d0c47a1e"}
	return jwt.Sign(jwt.HS256, []byte(cfg.Secret), userClaims{Username: user}) // jwtlint:expect hardcoded-key
}

// VerifyPackageVar verifies with a package variable.
func VerifyPackageVar(token []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, packageKey, token) // jwtlint:expect hardcoded-key
}

// VerifyHelper verifies with a helper's key.
func VerifyHelper(token []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, helperKey(), token, jwt.Expected{Issuer: "api"}) // jwtlint:expect hardcoded-key
}

// VerifyOtherPackage verifies with a key from another package.
func VerifyOtherPackage(token []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, []byte(keys.Secret()), token) // jwtlint:expect hardcoded-key
}

// RegisterKeys registers a key by kid.
func RegisterKeys() jwt.Keys {
	ks := jwt.Keys{}
	ks.Register(jwt.HS256, "api",
		keys.SharedKey(), // jwtlint:expect hardcoded-key
		keys.SharedKey(), // jwtlint:expect hardcoded-key
	)
	return ks
}

// EncryptedSign encrypts the payload with a hard-coded GCM key.
func EncryptedSign(user string) ([]byte, error) {
	encrypt, _, err := jwt.GCM([]byte("kataras-gcm-key-0123456789abcdef"), nil) // jwtlint:expect hardcoded-key
	if err != nil {
		return nil, err
	}
	return jwt.SignEncrypted(jwt.HS256, []byte(os.Getenv("JWT_SECRET")), encrypt, userClaims{Username: user})
}

// SignEnv signs with a key from the environment: not reported.
func SignEnv(user string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, []byte(os.Getenv("JWT_SECRET")), userClaims{Username: user})
}

// VerifyParam verifies with the caller's key: not reported.
func VerifyParam(token, key []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, key, token)
}
