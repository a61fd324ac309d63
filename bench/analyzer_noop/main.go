// Command analyzer_noop is the baseline of bench/analyzer.sh: an analyzer
// that does nothing but declare a fact type, driven exactly as jwtlint is
// (singlechecker standalone, or go vet -vettool). A fact type makes both
// drivers load and type-check every dependency as they do for jwtlint, so
// the difference between the two is what jwtlint's analysis itself costs.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

type noopFact struct{}

func (*noopFact) AFact()         {}
func (*noopFact) String() string { return "noop" }

// salt is accepted and ignored: bench/analyzer.sh passes a new value on
// every run so that go vet cannot answer from its cache.
var salt string

var analyzer = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "does nothing: the loading and type-checking baseline of bench/analyzer.sh",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(noopFact)},
}

func main() {
	analyzer.Flags.StringVar(&salt, "salt", "", "ignored (defeats go vet's cache)")
	singlechecker.Main(analyzer)
}
