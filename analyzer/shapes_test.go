package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestShapes: the small key shapes of issue 12 item 5 (tables picked by a
// math/rand index, alias variables, all-zero and empty keys, hashes of
// literals, math/rand/v2 generators seeded from crypto/rand).
func TestShapes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "weak-random-key", "short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "shapes")
}

// TestCodecParam: a helper that encodes or decodes its parameter gives the
// key the length and entropy of what it makes of the caller's argument
// (navidrome's id.Encode: 16 random bytes as 22 base62 characters, said to
// be a 16-byte key before Origin.Codec).
func TestCodecParam(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "codecparam")
}

// TestFailClosed: a key read from the environment that reaches a JWT
// library with no emptiness or length check anywhere is reported by
// short-key (issue 13 item 4).
func TestFailClosed(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "failclosed")
}

// TestFailClosedFix: the hardcoded-key fix produces a read of the
// environment that refuses a key shorter than the algorithm needs.
func TestFailClosedFix(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "failclosedfix")
}
