package jwxv2

import (
	"crypto/rand"
	mrand "math/rand"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"

	"example.com/reallibs/keys"
)

// SignMathRand fills the key with math/rand.
func SignMathRand(sub string) ([]byte, error) {
	key := make([]byte, 64)
	mrand.Read(key)
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS512, key)) // jwtlint:expect weak-random-key
}

// VerifyWeakOtherPackage verifies with a math/rand key from another package.
func VerifyWeakOtherPackage(buf []byte) ([]byte, error) {
	return jws.Verify(buf, jws.WithKey(jwa.HS256, keys.WeakKey(32))) // jwtlint:expect weak-random-key
}

// SignShortHS512 uses 32 random bytes for HS512.
func SignShortHS512(sub string) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS512, key)) // jwtlint:expect short-key
}

// SignShortHS384 uses hex text of 24 random bytes (48 bytes, 192 bits) for
// HS384.
func SignShortHS384(payload []byte) ([]byte, error) {
	return jws.Sign(payload, jws.WithKey(jwa.HS384, []byte(keys.RandomHex(24)))) // jwtlint:expect short-key
}

// VerifyShort verifies HS256 tokens with 16 random bytes.
func VerifyShort(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, keys.Random(16))) // jwtlint:expect short-key
}

// SignGood uses 64 random bytes for HS512: not reported.
func SignGood(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS512, keys.Random(64)))
}
