// Package josev2fork uses gopkg.in/go-jose/go-jose.v2, the maintained fork
// of gopkg.in/square/go-jose.v2.
package josev2fork

import (
	"os"

	jose "gopkg.in/go-jose/go-jose.v2"
	"gopkg.in/go-jose/go-jose.v2/jwt"

	"example.com/reallibs/keys"
)

func signer(key jose.SigningKey) (jose.Signer, error) {
	return jose.NewSigner(key, (&jose.SignerOptions{}).WithType("JWT"))
}

// SignLiteral signs with a literal.
func SignLiteral() (jose.Signer, error) {
	return signer(jose.SigningKey{
		Algorithm: jose.HS256,
		Key:       []byte("josev2fork-direct-literal-secret-9d5b1f7a3c0e46d2b8f4a0c6e2d81b5f"), // jwtlint:expect hardcoded-key
	})
}

// SignKeys signs with a variable of package keys.
func SignKeys() (jose.Signer, error) {
	return signer(jose.SigningKey{Algorithm: jose.HS256, Key: keys.Shared}) // jwtlint:expect hardcoded-key
}

// SignEnv signs with a key from the environment: not reported.
func SignEnv() (jose.Signer, error) {
	return signer(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(os.Getenv("JWT_SECRET"))}) // jwtlint:expect short-key
}

// Claims verifies a token whose algorithm the library cannot restrict.
func Claims(raw string, out *jwt.Claims) error {
	tok, err := jwt.ParseSigned(raw) // jwtlint:expect missing-alg-check
	if err != nil {
		return err
	}
	return tok.Claims([]byte(os.Getenv("JWT_SECRET")), out) // jwtlint:expect short-key
}
