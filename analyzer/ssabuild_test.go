package analyzer

import (
	"fmt"
	"go/ast"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestIsolateUnbuilt: when the SSA builder fails on a package, the
// declarations it fails on are found by building again without parts of
// the code, and the rest is built. The judgement of complete.go is left
// out here (every body is given to the builder), so that the real builder
// fails on the ill-typed methods of the jumpstarterbroken fixture, as it
// failed on (*RouterService).Start before the judgement saw calls of a
// missing package's functions.
func TestIsolateUnbuilt(t *testing.T) {
	type outcome struct {
		unbuilt, built []string
		builds         int
	}
	var got outcome
	a := &analysis.Analyzer{
		Name:             "isolate",
		Doc:              "builds SSA for a package without judging its declarations first",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			cp := newCompleteness(pass.TypesInfo, pass.TypeErrors)
			b := &guardedBuild{pass: pass, cp: cp, files: pass.Files}
			if _, _, err := b.try(nil); err == nil {
				return nil, fmt.Errorf("the whole package built: the fixture no longer makes the builder fail")
			}
			pkg, files, err := b.isolate()
			if err != nil {
				return nil, err
			}
			for _, fn := range sourceFuncs(pass, pkg, files) {
				if fn.Parent() == nil {
					got.built = append(got.built, fn.Name())
				}
			}
			got.unbuilt = cp.result().Unbuilt
			got.builds = b.builds
			return nil, nil
		},
	}
	// The fixture's wants are the real analyzer's: not checked here.
	for _, r := range analysistest.Run(ignoreWants{}, analysistest.TestData(), a, "realworld4.example/jumpstarterbroken") {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if !slices.Contains(got.unbuilt, "(*RouterService).Start") {
		t.Errorf("unbuilt %q: want (*RouterService).Start among them", got.unbuilt)
	}
	// authenticate is well typed, and debugToken only declares a parameter
	// of the missing package's type; the other four methods and functions
	// use its types.
	if want := []string{"debugToken", "authenticate", "init"}; !slices.Equal(got.built, want) {
		t.Errorf("built %q, want %q", got.built, want)
	}
	// 6 declarations: the failed whole build, one without code, at most
	// 2·(6-1) bisection builds (a full binary tree), and the last one.
	if got.builds > 2*6+1 {
		t.Errorf("%d builds for 6 declarations", got.builds)
	}
	t.Logf("unbuilt %q, built %q, %d builds", got.unbuilt, got.built, got.builds)
}

// ignoreWants is an analysistest.Testing that drops analysistest's reports.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// TestBisect: bisect blames exactly the units that fail alone, and blames
// units that fail only together all at once.
func TestBisect(t *testing.T) {
	units := make([]buildUnit, 13)
	for i := range units {
		units[i] = buildUnit{decl: &ast.Ident{Name: fmt.Sprint(i)}, name: fmt.Sprint(i)}
	}
	names := func(us []buildUnit) []string {
		var s []string
		for _, u := range us {
			s = append(s, u.name)
		}
		return s
	}
	for _, tc := range []struct {
		name  string
		fails func(keep []string) bool
		want  []string
	}{
		{"one culprit", func(k []string) bool { return slices.Contains(k, "7") }, []string{"7"}},
		{"two culprits", func(k []string) bool { return slices.Contains(k, "0") || slices.Contains(k, "12") }, []string{"0", "12"}},
		{"only together", func(k []string) bool { return slices.Contains(k, "1") && slices.Contains(k, "11") }, names(units)},
	} {
		calls := 0
		got := names(bisect(units, func(k []buildUnit) bool { calls++; return tc.fails(names(k)) }))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: blamed %q, want %q", tc.name, got, tc.want)
		}
		if calls > 4*len(units) {
			t.Errorf("%s: %d calls of fails for %d units", tc.name, calls, len(units))
		}
	}
}
