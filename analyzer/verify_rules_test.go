package analyzer_test

import (
	"go/ast"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestMissingAlgCheck(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"missing-alg-check"}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "missingalg")
}

func TestUnverifiedParse(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}})
	analysistest.Run(t, analysistest.TestData(), a, "unverified")
}

func TestNoneAlg(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"none-alg"}})
	analysistest.Run(t, analysistest.TestData(), a, "nonealg")
}

func TestNoneAlgIncludeTests(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"none-alg"}, IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "nonealgtests")
}

// TestIncludeTests: with -include-tests every rule reports test code.
func TestIncludeTests(t *testing.T) {
	a := analyzer.New(analyzer.Config{IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testcode")
}

// TestTestCodeSilent: without -include-tests no rule reports test code (the
// want comments of the fixture are expected to go unmatched here).
func TestTestCodeSilent(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	for _, r := range analysistest.Run(quiet{}, analysistest.TestData(), a, "testcode") {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: [%s] %s: reported in test code without -include-tests", r.Pass.Fset.Position(d.Pos), d.Category, d.Message)
		}
	}
}

// quiet discards analysistest's complaints about unmatched want comments.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

// TestTokenOrigin: an unverified parse of input the program receives is
// reported; of a token that is its own (signed, fetched, stored), or that
// is verified by every caller or through an interface whose implementations
// verify, it is not (issue 12 item 4).
func TestTokenOrigin(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}})
	results := analysistest.Run(t, analysistest.TestData(), a, "tokenorigin")
	// Where the input enters is the related information.
	want := map[string]string{
		"fromGin":        "the token comes from here: (*gin.Context).GetHeader",
		"fromMetadata":   "the token comes from here: metadata.FromIncomingContext",
		"fromCookie":     "the token comes from here: (*http.Request).Cookie",
		"fromHeader":     "the token comes from here: http.Request.Header",
		"subjectHandler": "the token comes from here: http.Request.URL",
	}
	got := map[string]string{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, f := range r.Pass.Files {
				for _, decl := range f.Decls {
					if fd, ok := decl.(*ast.FuncDecl); ok && fd.Pos() <= d.Pos && d.Pos < fd.End() && len(d.Related) > 0 {
						got[fd.Name.Name] = d.Related[0].Message
					}
				}
			}
		}
	}
	for fn, msg := range want {
		if got[fn] != msg {
			t.Errorf("%s: related information %q, want %q", fn, got[fn], msg)
		}
	}
}
