package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from the rescore of sweep half A (issue 12): each
// failing without its skip (skipOpen) where the shape is open.

// TestRealworldALoopAppend: a predictable key appended one byte per loop
// iteration (0xDkd/auxpi ee2b2a4 bootstrap/helper.go:81) is reported by
// weak-random-key, and short-key judges its length by the loop's trip
// count, not by the one byte an append adds (at auxpi, GetRandomString(16):
// 16 bytes, short; 64 are not).
func TestRealworldALoopAppend(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"weak-random-key", "short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworldA.example/loopappend")
}

// TestRealworldANilCheck: a key converted from os.Getenv to []byte and
// compared with nil (1ef7yy/medods_test_task 1341360 pkg/jwt/jwt.go:18) is
// not checked: the conversion is never nil, so an unset variable signs
// with an empty key: a comparison with nil is no check.
func TestRealworldANilCheck(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworldA.example/nilcheck")
}
