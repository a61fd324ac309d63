// Package keys is a helper package of the real-library test module: the
// other packages get keys from here, so jwtlint must follow calls across
// packages (through facts) to see which of them are hard-coded.
package keys

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
)

// Shared is a hard-coded key in a package variable of another package.
var Shared = []byte("cross-package-variable-secret-4f1c9a7e2b6d8035aa17c3e9f04b62d8")

// Secret returns a hard-coded key from another package.
func Secret() string {
	return "cross-package-helper-secret-9b2e71d4c08f36a5e17b94c2d60f8a3b"
}

// SharedKey returns the package variable Shared.
func SharedKey() []byte {
	return Shared
}

// FromEnv reads the key from the environment: not hard-coded.
func FromEnv() []byte {
	return []byte(strings.TrimSpace(os.Getenv("JWT_SECRET")))
}

// FromFile reads the key from a file: not hard-coded.
func FromFile(path string) ([]byte, error) {
	return os.ReadFile(path)
}

// Random returns n bytes from crypto/rand.
func Random(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

// RandomHex returns the hex text of n random bytes: 2n bytes of text that
// carry only 8n bits of entropy.
func RandomHex(n int) string {
	return hex.EncodeToString(Random(n))
}
