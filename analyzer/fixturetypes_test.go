package analyzer_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// illTypedFixtures are the fixture packages that do not type-check on
// purpose: they test what jwtlint does with ill-typed code (issue 12 item
// 6).
var illTypedFixtures = []string{
	"example.com/brokendep",
	"illtyped",
	"illtypedcaller",
	"nopackageclause",
	"realworld4.example/jumpstarterbroken",
	"realworld4.example/moonbroken",
	"regressillkeyfunc",
}

// TestFixturesTypeCheck guards against fixtures that pass for the wrong
// reason: the analyzer runs despite type errors and leaves out the
// declarations whose types are incomplete, and analysistest says nothing
// about type errors, so a fixture calling a method its stub does not have
// loses that function silently, with every "// want" in it that expects
// no diagnostic trivially met (the armorylogin fixture met this: its
// callers of a decoder used jwx v1's Token.Get, which the stub lacks, and
// were never judged). Every fixture package but illTypedFixtures must
// type-check, test files included.
func TestFixturesTypeCheck(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedDeps | packages.NeedImports,
		Dir:   filepath.Join(testdata, "src"),
		Env:   append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off"),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 100 {
		t.Fatalf("loaded %d fixture packages, want the whole of testdata/src", len(pkgs))
	}
	broken := map[string]bool{}
	for _, p := range pkgs {
		if len(p.Errors) == 0 {
			continue
		}
		broken[p.PkgPath] = true
		if !slices.Contains(illTypedFixtures, p.PkgPath) {
			t.Errorf("fixture %s does not type-check (%d errors; first: %v): the analyzer leaves out what is ill-typed, so its // want lines may pass without being judged; fix the fixture or its stub", p.ID, len(p.Errors), p.Errors[0])
		}
	}
	for _, p := range illTypedFixtures {
		if !broken[p] {
			t.Errorf("%s is listed in illTypedFixtures but type-checks: remove it from the list", p)
		}
	}
}
