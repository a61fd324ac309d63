package jwxv2

import (
	"flag"
	"fmt"
	"os"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

var keyFile = flag.String("jwxv2-jwt-key-file", "/run/secrets/jwt", "file holding the JWT key")

// SignEnv signs with a key from the environment.
func SignEnv(sub string) ([]byte, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		return nil, fmt.Errorf("JWT_SECRET is not set")
	}
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, []byte(secret)))
}

// VerifyFile verifies with a key read from a file named by a flag.
func VerifyFile(raw []byte) (jwt.Token, error) {
	key, err := os.ReadFile(*keyFile)
	if err != nil {
		return nil, fmt.Errorf("reading JWT key: %w", err)
	}
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
}

// VerifyJWSParam verifies with the caller's key.
func VerifyJWSParam(buf, key []byte) ([]byte, error) {
	return jws.Verify(buf, jws.WithKey(jwa.HS256, key))
}
