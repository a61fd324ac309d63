package driver

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// analyzeLazily type-checks and analyzes the packages of the roots' import
// graph in one pass, in dependency order, and lets go of each package's
// syntax and types.Info as soon as the analyzer is done with it: importers
// need only its types.Package and facts, printing a diagnostic only the
// file set. Type-checking the whole graph first and keeping every
// package's syntax and types.Info until the end (as the driver's first
// version did) was most of the peak memory on go-zero (BENCHMARKS.md,
// "Standalone driver").
//
// The runner (actions.go) runs a on every package of analyze's import
// graph after the packages it imports (a has facts), type-checking each
// just before. Roots the analyzer does not run on are type-checked
// afterwards, for their errors only. On return every root's graph is
// loaded, its errors in the packages' Errors, with no Syntax or TypesInfo
// left.
func analyzeLazily(l *loader, roots, analyze []*packages.Package, a *analysis.Analyzer, opts runOptions) (*checker.Graph, error) {
	if len(a.Requires) > 0 {
		// A required analyzer would run before its package is loaded.
		return nil, fmt.Errorf("internal error: analyzer %s requires others: it cannot be run lazily", a.Name)
	}
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		return nil, err
	}
	inGraph := map[*packages.Package]bool{}
	packages.Visit(analyze, func(p *packages.Package) bool {
		if inGraph[p] {
			return false
		}
		inGraph[p] = true
		return true
	}, nil)
	for _, n := range l.order {
		// A package the analyzer does not run on is released as soon as
		// it is type-checked; the others by the runner after the run.
		n.release = !inGraph[n.pkg]
		if n.source {
			for _, name := range n.pkg.CompiledGoFiles {
				l.fileRefs(name, 1)
			}
		}
	}
	graph := l.newRunner(a, analyze, opts).run(analyze)
	// The roots the analyzer did not run on (and, if an analysis failed,
	// what it did not reach): type-checked for their errors.
	l.loadRoots(roots)
	return graph, nil
}

// fileRefs adds delta to the count of source packages that hold the file
// and forgets its syntax when none is left.
func (l *loader) fileRefs(name string, delta int) {
	l.filesMu.Lock()
	defer l.filesMu.Unlock()
	e := l.files[name]
	if e == nil {
		e = &parsed{}
		l.files[name] = e
	}
	e.refs += delta
	if e.refs <= 0 {
		delete(l.files, name)
	}
}

// releaseSyntax drops n's syntax and types.Info (once).
func (l *loader) releaseSyntax(n *node) {
	p := n.pkg
	if n.released || !n.source {
		return
	}
	n.released = true
	p.Syntax, p.TypesInfo = nil, nil
	for _, name := range p.CompiledGoFiles {
		l.fileRefs(name, -1)
	}
}
