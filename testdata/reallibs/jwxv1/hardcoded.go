// Package jwxv1 uses github.com/lestrrat-go/jwx v1, where the algorithm
// and the key are arguments of Sign, Verify and jwt.WithVerify.
package jwxv1

import (
	"os"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
	"github.com/lestrrat-go/jwx/jws"
	"github.com/lestrrat-go/jwx/jwt"

	"example.com/reallibs/keys"
)

const signingSecret = "jwxv1-const-signing-secret-7e3a9c5f1b0d82e4a6c8f2b0d4e69a1c"

// SignLiteral signs with a literal.
func SignLiteral(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwa.HS256, []byte("jwxv1-direct-literal-secret-1f7b3d9a5c0e64b8d2f6a0c4e8b25d7f")) // jwtlint:expect hardcoded-key
}

// ParseConst verifies with a constant.
func ParseConst(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithVerify(jwa.HS256, []byte(signingSecret))) // jwtlint:expect hardcoded-key
}

// VerifyKeys verifies a JWS with a variable of package keys.
func VerifyKeys(buf []byte) ([]byte, error) {
	return jws.Verify(buf, jwa.HS256, keys.Shared) // jwtlint:expect hardcoded-key
}

// RawKey imports a literal as a JWK.
func RawKey() (jwk.Key, error) {
	return jwk.New([]byte("jwxv1-jwk-literal-secret-4a0c6e2f8b1d57a3c9e0f2b4d6a81c5e")) // jwtlint:expect hardcoded-key
}

// SignEnv signs with a key from the environment: not reported.
func SignEnv(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwa.HS256, []byte(os.Getenv("JWT_SECRET")))
}

// SignNone signs an unsigned token.
func SignNone(payload []byte) ([]byte, error) {
	return jws.Sign(payload, jwa.NoSignature, nil) // jwtlint:expect none-alg
}
