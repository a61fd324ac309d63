package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from the rescore of sweep half A (issue 12): each
// failing without its skip where the shape is open.

// TestRealworldALoopAppend: a predictable key appended one byte per loop
// iteration (0xDkd/auxpi ee2b2a4 bootstrap/helper.go:81) is reported by
// weak-random-key; short-key takes the one byte of a single append for
// the key's length and reports a 64-character key as a 1-byte one (at
// auxpi, GetRandomString(16): short, but 16 bytes, not 1).
func TestRealworldALoopAppend(t *testing.T) {
	skipOpen(t, "short-key takes one append's length for a loop-built key's (auxpi utils/jwt.go:35)")
	a := analyzer.New(analyzer.Config{Enable: []string{"weak-random-key", "short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworldA.example/loopappend")
}
