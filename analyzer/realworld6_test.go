package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from sweep 6 (issue 12): sixteen-odd applications no
// earlier sweep had tried (/work/coord/repos-6.tsv). Each fails without its
// skip (skipOpen) where the shape is open.

// TestRealworld6TestStore: under -include-tests, literals that only the
// in-package tests store into a settings field decide the origin of the
// package's sink (nice-pea/npchat d40e61b, jwt_issuer.go:41 and
// jwt_parser.go:59: hardcoded-key and short-key at the sink, though the
// key comes from a flag). The test's literal is to be reported in the test.
func TestRealworld6TestStore(t *testing.T) {
	skipOpen(t, "a literal stored only by in-package tests is reported at the package's sink under -include-tests")
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "short-key"}, IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/teststore/issuer")
}
