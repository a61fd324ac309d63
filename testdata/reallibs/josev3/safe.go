package josev3

import (
	"flag"
	"fmt"
	"os"

	jose "github.com/go-jose/go-jose/v3"
	"github.com/go-jose/go-jose/v3/jwt"
)

var keyFile = flag.String("josev3-jwt-key-file", "/run/secrets/jwt", "file holding the JWT key")

// SignEnv signs with a key from the environment.
func SignEnv(sub string) (string, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		return "", fmt.Errorf("JWT_SECRET is not set")
	}
	return sign(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(secret)}, sub)
}

// VerifyFile verifies with a key read from a file named by a flag.
func VerifyFile(raw string) (jwt.Claims, error) {
	var out jwt.Claims
	key, err := os.ReadFile(*keyFile)
	if err != nil {
		return out, fmt.Errorf("reading JWT key: %w", err)
	}
	tok, err := parseJWT(raw)
	if err != nil {
		return out, err
	}
	return out, tok.Claims(key, &out)
}

// VerifyParam verifies a JWS with the caller's key.
func VerifyParam(raw string, key []byte) ([]byte, error) {
	sig, err := parseJWS(raw)
	if err != nil {
		return nil, err
	}
	return sig.Verify(key)
}
