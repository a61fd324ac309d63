package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// loadGOPATH loads patterns and their dependencies from source the way
// analysistest does: GOPATH mode rooted at dir, tests included.
func loadGOPATH(b *testing.B, dir string, patterns ...string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	// Keep the packages that type-check: some hostile fixtures are meant
	// not to, and the driver skips them anyway.
	var ok []*packages.Package
	for _, p := range pkgs {
		if packages.PrintErrors([]*packages.Package{p}) == 0 {
			ok = append(ok, p)
		}
	}
	if len(ok) == 0 {
		b.Fatalf("no package of %v type-checks", patterns)
	}
	return ok
}

// fixtures names the fixture packages under testdata/src: the directories
// whose names have no dot (the others hold the library stubs).
func fixtures(b *testing.B) (dir string, patterns []string) {
	dir = analysistest.TestData()
	entries, err := os.ReadDir(filepath.Join(dir, "src"))
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !strings.Contains(e.Name(), ".") {
			patterns = append(patterns, e.Name())
		}
	}
	return dir, patterns
}

// analyze runs a over pkgs (and, for facts, their dependencies, the
// standard library included) and returns the number of diagnostics.
func analyze(b *testing.B, a *analysis.Analyzer, pkgs []*packages.Package) int {
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for act := range g.All() {
		if act.Analyzer == a && act.Err == nil {
			n += len(act.Diagnostics)
		}
	}
	return n
}

// BenchmarkAnalyzer runs the whole analyzer, every rule on, over all the
// analysistest fixtures, loaded and type-checked once outside the loop: it
// measures the analysis alone (fast path on the standard library included,
// as every dependency is analyzed for facts).
func BenchmarkAnalyzer(b *testing.B) {
	dir, patterns := fixtures(b)
	pkgs := loadGOPATH(b, dir, patterns...)
	a := analyzer.New(analyzer.Config{IncludeTests: true})
	b.ReportAllocs()
	var diags int
	for b.Loop() {
		diags = analyze(b, a, pkgs)
	}
	b.ReportMetric(float64(len(pkgs)), "pkgs")
	b.ReportMetric(float64(diags), "diags")
}

// BenchmarkAnalysistest is TestHardcodedKey in a loop: loading with go
// list and type-checking included, as a user of analysistest sees it.
func BenchmarkAnalysistest(b *testing.B) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	for b.Loop() {
		analysistest.Run(b, analysistest.TestData(), a, "hardcoded")
	}
}

type noopFact struct{}

func (*noopFact) AFact()         {}
func (*noopFact) String() string { return "noop" }

// BenchmarkFastPath compares jwtlint with an analyzer that does nothing but
// declare a fact on net/http and its dependencies (no JWT import): the
// difference is what the fast path costs beyond the driver's own work.
func BenchmarkFastPath(b *testing.B) {
	pkgs := loadGOPATH(b, b.TempDir(), "net/http")
	noop := &analysis.Analyzer{
		Name:      "noop",
		Doc:       "does nothing",
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
		FactTypes: []analysis.Fact{new(noopFact)},
	}
	for _, a := range []*analysis.Analyzer{noop, analyzer.New(analyzer.Config{})} {
		b.Run(a.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				analyze(b, a, pkgs)
			}
		})
	}
}
