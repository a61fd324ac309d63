package analyzer

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
	root := filepath.Join("testdata", "src")
	tab := knowledge()
	imports := map[string][]string{} // package path -> its imports
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return nil // the hostile fixtures hold files that do not parse, on purpose
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		imports[pkg] = append(imports[pkg], "") // the package exists
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			imports[pkg] = append(imports[pkg], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	importsJWTLib := func(pkg string) bool {
		for _, p := range imports[pkg] {
			if tab.paths[p] {
				return true
			}
		}
		return false
	}
	for pkg, imps := range imports {
		first, _, _ := strings.Cut(pkg, "/")
		if strings.Contains(first, ".") {
			continue
		}
		for _, imp := range imps {
			if _, ok := imports[imp]; !ok || imp == pkg {
				continue // the standard library, a stub, or none
			}
			impFirst, _, _ := strings.Cut(imp, "/")
			if strings.Contains(impFirst, ".") || importsJWTLib(imp) {
				continue
			}
			t.Errorf("fixture %s imports %s, which imports no JWT library and whose path has no dot in its first element: analysistest takes it for the standard library and skips it; move the fixture under a directory with a dot (as realworld4.example)", pkg, imp)
		}
	}
}
