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
