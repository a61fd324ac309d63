package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestMissingAlgCheck(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"missing-alg-check"}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "missingalg")
}

func TestUnverifiedParse(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}})
	analysistest.Run(t, analysistest.TestData(), a, "unverified")
}

func TestNoneAlg(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"none-alg"}})
	analysistest.Run(t, analysistest.TestData(), a, "nonealg")
}

func TestNoneAlgIncludeTests(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"none-alg"}, IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "nonealgtests")
}

// TestIncludeTests: with -include-tests every rule reports test code.
func TestIncludeTests(t *testing.T) {
	a := analyzer.New(analyzer.Config{IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testcode")
}

// TestTestCodeSilent: without -include-tests no rule reports test code (the
// want comments of the fixture are expected to go unmatched here).
func TestTestCodeSilent(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	for _, r := range analysistest.Run(quiet{}, analysistest.TestData(), a, "testcode") {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: [%s] %s: reported in test code without -include-tests", r.Pass.Fset.Position(d.Pos), d.Category, d.Message)
		}
	}
}

// quiet discards analysistest's complaints about unmatched want comments.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}
