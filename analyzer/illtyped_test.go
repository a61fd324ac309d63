package analyzer_test

import (
	"slices"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestIllTyped: a package with type errors, syntax errors and a dependency
// that does not type-check is analyzed where its types are complete (issue
// 12 item 6): the well-typed functions are reported, the others are not
// analyzed (nor are directives in them judged), nothing crashes, and the
// Result names what was skipped.
func TestIllTyped(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "illtyped")
	if len(results) != 1 {
		t.Fatalf("got %d results, want 1", len(results))
	}
	res, ok := results[0].Result.(*analyzer.Result)
	if !ok {
		t.Fatalf("result is %T, want *analyzer.Result", results[0].Result)
	}
	want := []string{
		"var broken", "var frame", "undefinedName", "wrongArgs", "mismatch", "usesInvalid",
		"(*undefinedType).Key", "missingReturn", "closure", "redeclared",
		"conversion", "generic", "returnCount", "badSyntax",
	}
	if !slices.Equal(res.Skipped, want) {
		t.Errorf("skipped:\n got %q\nwant %q", res.Skipped, want)
	}
	if res.Failed != "" {
		t.Errorf("failed: %s", res.Failed)
	}
	const note = "note: illtyped was analyzed in part: 14 declarations with type errors or incomplete types not analyzed (var broken, var frame, undefinedName, wrongArgs, mismatch and 9 more)"
	if got := res.Note("illtyped"); got != note {
		t.Errorf("note:\n got %s\nwant %s", got, note)
	}
}

// TestIllTypedCaller: an unexported helper whose callers are known only in
// part, because a caller's declaration was left out, is judged by the
// calls it has; with none, it is not reported (pocket-id's preview.go:119
// where its fosite fork does not load).
func TestIllTypedCaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}}), "illtypedcaller")
}

// TestWellTypedResult: a package without errors is analyzed whole, and says
// nothing.
func TestWellTypedResult(t *testing.T) {
	for _, r := range analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}}), "unverified") {
		if res := r.Result.(*analyzer.Result); res.Partial() || res.Note("unverified") != "" {
			t.Errorf("%s: analyzed in part: %+v", r.Pass.Pkg.Path(), res)
		}
	}
}

// TestNoPackageClause: a file that does not even have a package clause (the
// parser gives it no position) neither crashes the pass nor hides the
// package's other files' findings (sweep: Sharai-API).
func TestNoPackageClause(t *testing.T) {
	for _, r := range analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "nopackageclause") {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
	}
}
