package analyzer

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// relevant is the fast path: it reports whether pass's package needs any
// work. The standard library never holds a JWT key, so its packages are left
// at once; so, in go vet, is every package that go vet analyzes only to
// produce facts (VetxOnly) unless it can matter to a JWT user.
func relevant(pass *analysis.Pass) bool {
	return !isStdlib(pass) || importsJWT(pass)
}

// isStdlib reports whether pass analyzes a standard library package: one
// outside any module whose path's first element has no dot.
func isStdlib(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path != "" {
		return false
	}
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	return !strings.Contains(first, ".")
}

// importsJWT reports whether the package imports a JWT library of the table
// directly, or a package that exports key-parameter facts (a wrapper of one).
func importsJWT(pass *analysis.Pass) bool {
	t := knowledge()
	for _, imp := range pass.Pkg.Imports() {
		if t.paths[imp.Path()] {
			return true
		}
	}
	for _, f := range pass.AllPackageFacts() {
		if pf, ok := f.Fact.(*pkgFact); ok && pf.KeySinks {
			return true
		}
	}
	return false
}
