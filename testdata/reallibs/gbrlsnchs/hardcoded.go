// Package gbrlsnchs uses github.com/gbrlsnchs/jwt/v3 the way services do.
// The constructor (NewHS256, NewHS512, …) fixes the algorithm.
package gbrlsnchs

import (
	"os"
	"time"

	"github.com/gbrlsnchs/jwt/v3"

	"example.com/reallibs/keys"
)

const signingSecret = "gbrlsnchs-const-signing-secret-9a5e1c7f3b0d24a8e6c2f9b5d1a07e3c"

var packageKey = []byte("gbrlsnchs-package-variable-secret-2e8a4c0f6b1d97e3a5c8f2b0d6e41a9c")

// Config is the service configuration.
type Config struct {
	Secret string
}

func helperKey() []byte {
	return []byte("gbrlsnchs-same-package-helper-secret-7b3d9f5a1e0c42b6d8f3a9e1c5b70d4f")
}

// hs256 is built once from a literal.
var hs256 = jwt.NewHS256([]byte("gbrlsnchs-direct-literal-secret-5c1a7e3f9b0d26c4a8e2f0b6d4c13e7a")) // jwtlint:expect hardcoded-key

func payload(sub string) jwt.Payload {
	return jwt.Payload{Subject: sub, ExpirationTime: jwt.NumericDate(time.Now().Add(time.Hour))}
}

// SignLiteral signs with the literal key.
func SignLiteral(sub string) ([]byte, error) {
	return jwt.Sign(payload(sub), hs256)
}

// SignConst signs with a constant and HS512.
func SignConst(sub string) ([]byte, error) {
	return jwt.Sign(payload(sub), jwt.NewHS512([]byte(signingSecret+signingSecret))) // jwtlint:expect hardcoded-key
}

// SignPackageVar signs with a package variable.
func SignPackageVar(sub string) ([]byte, error) {
	return jwt.Sign(payload(sub), jwt.NewHS256(packageKey)) // jwtlint:expect hardcoded-key
}

// SignEnvFallback falls back to a default.
func SignEnvFallback(sub string) ([]byte, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return jwt.Sign(payload(sub), jwt.NewHS256([]byte(secret))) // jwtlint:expect hardcoded-key
}

// SignStructDefault takes the key from a configuration literal.
func SignStructDefault(sub string) ([]byte, error) {
	cfg := Config{Secret: "gbrlsnchs-struct-field-secret-0f6b2d8a4e1c93f7b5d0a2c8e6f41b9d"}
	return jwt.Sign(payload(sub), jwt.NewHS256([]byte(cfg.Secret))) // jwtlint:expect hardcoded-key
}

// VerifyHelper verifies with a helper's key.
func VerifyHelper(token []byte) (jwt.Payload, error) {
	var pl jwt.Payload
	_, err := jwt.Verify(token, jwt.NewHS256(helperKey()), &pl) // jwtlint:expect hardcoded-key
	return pl, err
}

// VerifyOtherPackage verifies with a key from another package, HS384.
func VerifyOtherPackage(token []byte) (jwt.Payload, error) {
	var pl jwt.Payload
	_, err := jwt.Verify(token, jwt.NewHS384(keys.SharedKey()), &pl, jwt.ValidateHeader) // jwtlint:expect hardcoded-key
	return pl, err
}

// SignEnv signs with a key from the environment: not reported.
func SignEnv(sub string) ([]byte, error) {
	return jwt.Sign(payload(sub), jwt.NewHS256([]byte(os.Getenv("JWT_SECRET"))))
}
