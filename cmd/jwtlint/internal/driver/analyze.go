package driver

import (
	"errors"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// ErrNoPackages is the error of Analyze when the patterns match no package.
var ErrNoPackages = errors.New("matched no packages")

// Analysis is what Analyze loaded and found.
type Analysis struct {
	// Roots are the packages the patterns matched, with their import
	// graphs reachable through Imports. Errors of the go command, the
	// parser and the type checker are in the packages' Errors, as
	// packages.Load puts them; no package keeps Syntax or TypesInfo.
	Roots []*packages.Package
	// Graph holds the analyzer's actions; its Roots are those of the roots
	// the analyzer ran on (see Analyze), their diagnostics and results.
	// Nil if the analysis could not start.
	Graph *checker.Graph
	// Stats counts how the packages were type-checked.
	Stats Stats
	// Notes say what the user should know about how the packages were
	// loaded (a module named "go" analyzed under RenamedModule).
	Notes []string
}

// Analyze loads the packages matching patterns and runs a over them, in one
// pass, as packages.Load with packages.LoadAllSyntax and checker.Analyze
// would, with the same diagnostics, except that:
//
//   - only the packages the analyzer can report in or take a fact from
//     (analyzer.Libraries, analyzer.NeedsSource) are parsed and
//     type-checked from source; every other package has only Types: read
//     from its export data if a source package imports it directly, else
//     only what its importers' export data declare of it (as go/packages
//     leaves the packages it does not load without NeedDeps);
//   - a runs only on the roots that import a JWT library (even through
//     their dependencies), hold a jwtlint directive, or are imported, even
//     indirectly, by such a root (their facts can reach it). The analyzer
//     reports only where a key, token or keyfunc meets a JWT library, and
//     directives: any other root can hold no finding. Such roots are still
//     type-checked from source, so their errors are reported (with
//     cfg.AllRoots, a runs on them too);
//   - each package's syntax and types.Info are let go of as soon as the
//     analyzer is done with it (see analyzeLazily), and the Graph holds
//     the roots' results and diagnostics only.
//
// The error wraps ErrNoPackages when the patterns match nothing. An
// analysis that fails once the packages are planned returns the Analysis
// too, with every root loaded and Graph as far as the analysis got.
func Analyze(cfg LoadConfig, patterns []string, a *analysis.Analyzer) (*Analysis, error) {
	return analyze(cfg, patterns, a, runOptions{})
}

// analyze is Analyze with the runner's debugging switches.
func analyze(cfg LoadConfig, patterns []string, a *analysis.Analyzer, opts runOptions) (*Analysis, error) {
	l, roots, err := plan(cfg, patterns)
	if err != nil {
		return nil, err
	}
	on := l.analyzed(roots)
	if cfg.AllRoots {
		on = roots
	}
	graph, err := analyzeLazily(l, roots, on, a, opts)
	return &Analysis{Roots: roots, Graph: graph, Stats: l.stats(on), Notes: l.notes}, err
}
