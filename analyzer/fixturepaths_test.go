package analyzer

import (
	"slices"
	"testing"
)

// TestFixtureHelpersNotStd guards against fixtures that pass or fail for the
// wrong reason. analysistest loads testdata/src in GOPATH mode, where no
// package has a module, so isStdlib takes every package whose path's first
// element has no dot for the standard library, and the fast path skips it
// unless it imports a JWT library of the table. A helper package of a
// fixture (a random-string or configuration package that another fixture
// package imports) under such a directory is then never analyzed, and the
// findings that hang on its facts vanish, while the same code in a module is
// reported (the realworld4.example fixtures met this: testdata/realworld.md,
// "Rare rules on real code"). Such helpers belong under a directory whose
// first element has a dot.
func TestFixtureHelpersNotStd(t *testing.T) {
	tab := knowledge()
	pkgs := fixturePackageImports(t) // only the dot-less directories
	for pkg, imps := range pkgs {
		for _, imp := range imps {
			helperImps, fixture := pkgs[imp]
			if !fixture || imp == pkg || slices.ContainsFunc(helperImps, func(p string) bool { return tab.paths[p] }) {
				continue // the standard library, a stub, or a helper that imports a JWT library
			}
			t.Errorf("fixture %s imports %s, which imports no JWT library and whose path has no dot in its first element: analysistest takes it for the standard library and skips it; move the fixture under a directory with a dot (as realworld4.example)", pkg, imp)
		}
	}
}
