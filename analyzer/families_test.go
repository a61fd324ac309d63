package analyzer

import (
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// TestFamilies lists, per library family, the import paths and major
// versions the table covers, and checks each one: its stub exists under
// testdata/src, every row of the version names an object of the stub (and
// a parameter of that name, for parameter rows), and a fixture package
// under testdata/src imports it (libversions/ holds one per version added
// by family). The stub itself is compared
// with the real module by TestStubsMatchRealModules (cmd/jwtlint) or, for
// versions the module proxy does not serve, by scripts/stubcheck (results
// in testdata/src/README.md).
func TestFamilies(t *testing.T) {
	var paths []string
	stubPkgs := map[string]bool{}
	for _, f := range families() {
		var list []string
		for _, v := range f.Versions {
			list = append(list, v.Path+" ("+v.Major+")")
			paths = append(paths, v.Path)
			for _, r := range v.Rows {
				stubPkgs[rowPackage(r.Name)] = true
			}
		}
		t.Logf("%s: %s", f.Name, strings.Join(list, ", "))
	}
	n := 0
	for _, g := range libraryRows() {
		n += len(g)
	}
	t.Logf("library rows: %d, of which %d in families over %d import paths", n, func() int {
		m := 0
		for _, g := range familyRows() {
			m += len(g)
		}
		return m
	}(), len(paths))
	fixtures := fixtureImports(t)
	for _, p := range paths {
		if _, err := os.Stat(filepath.Join("testdata", "src", filepath.FromSlash(p))); err != nil {
			t.Errorf("%s: no stub under testdata/src: %v", p, err)
		}
		if !slices.ContainsFunc(slices.Collect(maps.Keys(fixtures)), func(imp string) bool { return imp == p || strings.HasPrefix(imp, p+"/") }) {
			t.Errorf("%s: no fixture under testdata/src imports it (add one under libversions)", p)
		}
	}
	pkgs := loadStubs(t, slices.Sorted(maps.Keys(stubPkgs)))
	for _, f := range families() {
		for _, v := range f.Versions {
			for _, r := range v.Rows {
				if err := resolveRow(pkgs, r); err != nil {
					t.Errorf("%s %s: row %s: %v", f.Name, v.Major, r.Name, err)
				}
			}
		}
	}
}

// fixtureImports returns the import paths the fixture packages under
// testdata/src import.
func fixtureImports(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, imps := range fixturePackageImports(t) {
		for _, imp := range imps {
			out[imp] = true
		}
	}
	return out
}

// fixturePackageImports maps each fixture package under testdata/src (the
// directories whose first element is no domain: stubs live under
// github.com/, gopkg.in/, ...) to the import paths its files import; a
// package whose files import nothing maps to an empty slice.
func fixturePackageImports(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	root := filepath.Join("testdata", "src")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && rel != "." && strings.Contains(strings.Split(filepath.ToSlash(rel), "/")[0], ".") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil // hostile and ill-typed fixtures
		}
		pkg := filepath.ToSlash(filepath.Dir(rel))
		if out[pkg] == nil {
			out[pkg] = []string{}
		}
		for _, imp := range f.Imports {
			out[pkg] = append(out[pkg], strings.Trim(imp.Path.Value, `"`))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// loadStubs loads packages of testdata/src in GOPATH mode, as analysistest
// does.
func loadStubs(t *testing.T, patterns []string) map[string]*packages.Package {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports,
		Dir:  filepath.Join(dir, "src"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*packages.Package{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
		out[p.PkgPath] = p
	}
	return out
}

// resolveRow finds the object a row names in the loaded stubs: "path.F",
// "(*path.T).M", "(path.T).M", "path.T.Field", "path.V".
func resolveRow(pkgs map[string]*packages.Package, r API) error {
	name := r.Name
	path := rowPackage(name)
	p := pkgs[path]
	if p == nil || p.Types == nil {
		return fmt.Errorf("package %s not loaded", path)
	}
	scope := p.Types.Scope()
	var obj types.Object
	if strings.HasPrefix(name, "(") {
		i := strings.Index(name, ")")
		recv := strings.TrimPrefix(strings.TrimPrefix(name[1:i], "*"), path+".")
		tn := scope.Lookup(recv)
		if tn == nil {
			return fmt.Errorf("no type %s", recv)
		}
		obj, _, _ = types.LookupFieldOrMethod(tn.Type(), true, p.Types, name[i+2:])
	} else {
		parts := strings.Split(strings.TrimPrefix(name, path+"."), ".")
		obj = scope.Lookup(parts[0])
		if obj != nil && len(parts) == 2 {
			obj, _, _ = types.LookupFieldOrMethod(obj.Type(), true, p.Types, parts[1])
		}
	}
	if obj == nil {
		return fmt.Errorf("not in the stub")
	}
	if r.Param == "" {
		return nil
	}
	sig, ok := obj.Type().(*types.Signature)
	if !ok {
		return fmt.Errorf("parameter %s of a non-function", r.Param)
	}
	var names []string
	for i := 0; i < sig.Params().Len(); i++ {
		names = append(names, sig.Params().At(i).Name())
	}
	if !slices.Contains(names, r.Param) {
		sort.Strings(names)
		return fmt.Errorf("no parameter %s (has %v)", r.Param, names)
	}
	for _, alg := range []string{r.AlgParam} {
		if alg != "" && !slices.Contains(names, alg) {
			return fmt.Errorf("no algorithm parameter %s (has %v)", alg, names)
		}
	}
	return nil
}

// TestLibVersions runs the analyzer over the fixtures of the versions added
// per family (testdata/src/libversions): a hard-coded key is reported
// through every version's sinks, a key from the environment is not.
func TestLibVersions(t *testing.T) {
	dirs, err := os.ReadDir(filepath.Join("testdata", "src", "libversions"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, d := range dirs {
		if d.IsDir() {
			pkgs = append(pkgs, "libversions/"+d.Name())
		}
	}
	analysistest.Run(t, analysistest.TestData(), New(Config{}), pkgs...)
}

// TestRowPackage: the import path in a row name, gopkg.in paths included
// (their last element has a dot: go-jose.v2).
func TestRowPackage(t *testing.T) {
	for name, want := range map[string]string{
		"github.com/golang-jwt/jwt/v5.Parse":                    "github.com/golang-jwt/jwt/v5",
		"(*github.com/golang-jwt/jwt/v5.Token).SignedString":    "github.com/golang-jwt/jwt/v5",
		"github.com/labstack/echo-jwt/v4.Config.SigningKey":     "github.com/labstack/echo-jwt/v4",
		"gopkg.in/square/go-jose.v2.SigningKey.Key":             "gopkg.in/square/go-jose.v2",
		"(gopkg.in/square/go-jose.v2.JSONWebSignature).Verify":  "gopkg.in/square/go-jose.v2",
		"(*gopkg.in/square/go-jose.v2/jwt.JSONWebToken).Claims": "gopkg.in/square/go-jose.v2/jwt",
		"gopkg.in/dgrijalva/jwt-go.v3.SigningMethodHS256":       "gopkg.in/dgrijalva/jwt-go.v3",
		"github.com/lestrrat-go/jwx/v2/jwa.HS256":               "github.com/lestrrat-go/jwx/v2/jwa",
		"math/rand.*": "math/rand",
		"os.Getenv":   "os",
	} {
		if got := rowPackage(name); got != want {
			t.Errorf("rowPackage(%q) = %q, want %q", name, got, want)
		}
	}
}
