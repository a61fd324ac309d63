package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestEmbeddedKeys: a string or []byte variable a //go:embed directive
// fills is key material from a file of the source tree, compiled into the
// binary: hard-coded (with the file's length and contents for short-key),
// across packages too; a public key file is no secret. jwx's jwk.ParseKey
// judges a literal by what it holds (PEM or JWK: private and symmetric keys
// are hard-coded, public ones are not).
func TestEmbeddedKeys(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "embedkeys.example/...")
}
