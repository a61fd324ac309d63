package cristalhqv3

import (
	"crypto/rand"
	mrand "math/rand"
	"time"

	"github.com/cristalhq/jwt/v3"

	"example.com/reallibs/keys"
)

// SignWeak uses a key seeded from the clock.
func SignWeak(sub string) (string, error) {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	key := make([]byte, 32)
	r.Read(key)
	signer, err := jwt.NewSignerHS(jwt.HS256, key) // jwtlint:expect weak-random-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// SignShort uses 32 random bytes for HS512.
func SignShort(sub string) (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	signer, err := jwt.NewSignerHS(jwt.HS512, key) // jwtlint:expect short-key
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}

// VerifyShort uses 16 random bytes from another package for HS256.
func VerifyShort(raw []byte) error {
	verifier, err := jwt.NewVerifierHS(jwt.HS256, keys.Random(16)) // jwtlint:expect short-key
	if err != nil {
		return err
	}
	_, err = jwt.ParseAndVerify(raw, verifier)
	return err
}

// SignGood uses 64 random bytes for HS512: not reported.
func SignGood(sub string) (string, error) {
	signer, err := jwt.NewSignerHS(jwt.HS512, keys.Random(64))
	if err != nil {
		return "", err
	}
	return build(signer, sub)
}
