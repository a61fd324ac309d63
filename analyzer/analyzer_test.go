package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestHardcodedKey(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "hardcoded")
}

func TestWeakRandomKey(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"weak-random-key"}}), "randomkey")
}

func TestShortKey(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"short-key"}}), "shortkey")
}

func TestSuggestedFixes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "weak-random-key", "short-key"}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "keyfixes")
}
