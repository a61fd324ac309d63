package form3tech

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	mrand "math/rand"
	mrandv2 "math/rand/v2"
	"os"
	"time"

	jwt "github.com/form3tech-oss/jwt-go"

	"example.com/reallibs/keys"
)

const charset = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// randomString picks characters with math/rand seeded by the clock.
func randomString(n int) string {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, n)
	for i := range b {
		b[i] = charset[r.Intn(len(charset))]
	}
	return string(b)
}

// SignMathRandRead fills the key with math/rand.Read.
func SignMathRandRead(sub string) (string, error) {
	key := make([]byte, 32)
	mrand.Read(key)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(key) // jwtlint:expect weak-random-key
}

// SignCharset uses a key picked from a charset with math/rand.
func SignCharset(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString([]byte(randomString(64))) // jwtlint:expect weak-random-key
}

// SignRandV2 fills the key from a math/rand/v2 generator seeded with
// constants.
func SignRandV2(sub string) (string, error) {
	r := mrandv2.New(mrandv2.NewPCG(1, 2))
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(r.Uint32())
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(key) // jwtlint:expect weak-random-key
}

// SignTimeHash hashes the current time: still predictable.
func SignTimeHash(sub string) (string, error) {
	sum := sha256.Sum256([]byte(time.Now().String()))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(sum[:]) // jwtlint:expect weak-random-key
}

// SignWeakOtherPackage takes a math/rand key from another package.
func SignWeakOtherPackage(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(keys.WeakKey(32)) // jwtlint:expect weak-random-key
}

// VerifyWeak verifies with a math/rand key.
func VerifyWeak(raw string) error {
	key := []byte(randomString(48))
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return key, nil // jwtlint:expect weak-random-key
	})
	return err
}

// Jitter uses math/rand for something that is not a key: not reported.
func Jitter() time.Duration {
	return time.Duration(mrand.Intn(1000)) * time.Millisecond
}

// SignShortHS256 uses 16 random bytes for HS256, which needs 32.
func SignShortHS256(sub string) (string, error) {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(key) // jwtlint:expect short-key
}

// SignShortHS512 uses 32 random bytes for HS512, which needs 64.
func SignShortHS512(sub string) (string, error) {
	key := make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, key); err != nil {
		return "", err
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS512, claims(sub))
	return tok.SignedString(key) // jwtlint:expect short-key
}

// SignShortHS384 uses a 48-byte buffer of which only 24 bytes are random.
func SignShortHS384(sub string) (string, error) {
	buf := make([]byte, 48)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS384, claims(sub)).SignedString(buf[:24]) // jwtlint:expect short-key
}

// SignHexText uses the hex text of 32 random bytes for HS512: 64 bytes of
// text holding 256 bits.
func SignHexText(sub string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	key := []byte(hex.EncodeToString(b))
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims(sub)).SignedString(key) // jwtlint:expect short-key
}

// SignShortOtherPackage takes 16 random bytes from a helper in another
// package.
func SignShortOtherPackage(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(keys.Random(16)) // jwtlint:expect short-key
}

// SignHexOtherPackage takes hex text of 16 random bytes (32 bytes, 128 bits)
// from another package.
func SignHexOtherPackage(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString([]byte(keys.RandomHex(16))) // jwtlint:expect short-key
}

// SignEmptyKey signs with a nil key, which golang-jwt accepts.
func SignEmptyKey(sub string) (string, error) {
	var key []byte
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(key) // jwtlint:expect short-key
}

// VerifyShort verifies with 16 random bytes; the algorithm is not known at
// the site, so HS256's 32 bytes apply.
func VerifyShort(raw string) error {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return key, nil // jwtlint:expect short-key
	})
	return err
}

// SignGoodHS512 uses 64 random bytes for HS512: not reported.
func SignGoodHS512(sub string) (string, error) {
	key := make([]byte, 64)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims(sub)).SignedString(key)
}

// SignGoodHS256 uses 32 random bytes from another package: not reported.
func SignGoodHS256(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(keys.Random(32))
}

// SignEnvHS512 uses a key of unknown size from the environment: not reported.
func SignEnvHS512(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims(sub)).SignedString([]byte(os.Getenv("JWT_SECRET")))
}
