package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestScoreFindings(t *testing.T) {
	repos := map[string]bool{"a/b": true}
	fs := []finding{
		{Repo: "a/b", Loc: "main.go:10", Rule: "hardcoded-key"},    // judged TP
		{Repo: "a/b", Loc: "main.go:20", Rule: "hardcoded-key"},    // judged FP
		{Repo: "a/b", Loc: "auth.go:5", Rule: "missing-alg-check"}, // judged FN earlier, found now
		{Repo: "a/b", Loc: "x_test.go:3", Rule: "hardcoded-key"},   // test code, unjudged: ignored
		{Repo: "a/b", Loc: "cmd/main.go:7", Rule: "short-key"},     // unjudged
		{Repo: "a/b", Loc: ".env:1", Rule: "git:weak-secret"},      // scan --git, judged TP
		{Repo: "c/d", Loc: "main.go:1", Rule: "hardcoded-key"},     // repository not run: its verdicts are not counted
	}
	vs := []verdict{
		{Repo: "a/b", Loc: "main.go:10", Rule: "hardcoded-key", Verdict: "TP"},
		{Repo: "a/b", Loc: "main.go:20", Rule: "hardcoded-key", Verdict: "FP"},
		{Repo: "a/b", Loc: "auth.go:5", Rule: "missing-alg-check", Verdict: "FN"},
		{Repo: "a/b", Loc: "cfg.go:9", Rule: "hardcoded-key", Verdict: "FN"},
		{Repo: "a/b", Loc: "old.go:9", Rule: "hardcoded-key", Verdict: "TP"}, // no longer found: a miss
		{Repo: "a/b", Loc: "t.go:1", Rule: "hardcoded-key", Verdict: "FN", Test: true},
		{Repo: "a/b", Loc: ".env:1", Rule: "git:weak-secret", Verdict: "TP"},
		{Repo: "c/d", Loc: "main.go:2", Rule: "hardcoded-key", Verdict: "FN"},
	}
	res := scoreFindings(fs[:6], vs, repos)
	want := map[string]tally{
		"hardcoded-key":     {TP: 1, FP: 1, FN: 2},
		"missing-alg-check": {TP: 1},
		"short-key":         {Unjudged: 1},
		"git:weak-secret":   {TP: 1},
	}
	for rule, w := range want {
		if got := res.ByRule[rule]; got == nil || *got != w {
			t.Errorf("%s: got %+v, want %+v", rule, got, w)
		}
	}
	if len(res.ByRule) != len(want) {
		t.Errorf("rules %v, want %d rules", res.ByRule, len(want))
	}
	if len(res.Missed) != 2 || res.Missed[0].Loc != "cfg.go:9" || res.Missed[1].Loc != "old.go:9" {
		t.Errorf("missed %+v", res.Missed)
	}
	if got := res.ByRule["hardcoded-key"].precision(); got != "50.0%" {
		t.Errorf("precision %s", got)
	}
	if got := res.ByRule["hardcoded-key"].recall(); got != "33.3%" {
		t.Errorf("recall %s", got)
	}
}

func TestParseAnalyzerJSON(t *testing.T) {
	in := `{"p": {"jwtlint": [{"category": "hardcoded-key", "posn": "/t/a/main.go:10:3", "message": "m"}]}}
{"q": {"jwtlint": {"error": "type errors"}}}`
	ds, err := parseAnalyzerJSON([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Category != "hardcoded-key" {
		t.Fatalf("got %+v", ds)
	}
	file, line, ok := splitPosn(ds[0].Posn)
	if !ok || file != "/t/a/main.go" || line != "10" {
		t.Errorf("splitPosn: %q %q %v", file, line, ok)
	}
}

func TestReadVerdictsRejectsUnknownVerdict(t *testing.T) {
	p := t.TempDir() + "/v.tsv"
	if err := writeFile(p, "repo\tcommit\tloc\trule\tverdict\ttest\tnote\na/b\tc\tm.go:1\thardcoded-key\tMAYBE\tno\t\n"); err != nil {
		t.Fatal(err)
	}
	_, err := readVerdicts(p)
	if err == nil || !strings.Contains(err.Error(), "MAYBE") {
		t.Errorf("got %v, want an error naming the verdict", err)
	}
}

func TestPrintByRepo(t *testing.T) {
	repos := []repo{{Name: "a/b", Commit: "0123456789abcdef"}, {Name: "c/d", Commit: "x"}}
	fs := []finding{
		{Repo: "a/b", Loc: "main.go:10", Rule: "hardcoded-key"},
		{Repo: "a/b", Loc: ".env:1", Rule: "weak-secret"},
	}
	vs := []verdict{
		{Repo: "a/b", Loc: "main.go:10", Rule: "hardcoded-key", Verdict: "TP"},
		{Repo: "a/b", Loc: ".env:1", Rule: "weak-secret", Verdict: "FP"},
		{Repo: "a/b", Loc: ".env:1", Rule: "git:weak-secret", Verdict: "FN"},
	}
	var b strings.Builder
	printByRepo(&b, repos, fs, vs, map[string]bool{"a/b": true})
	want := "| a/b | 01234567 | 1 / 0 / 0 | 0 / 1 / 0 | 0 / 0 / 1 |\n"
	if !strings.HasSuffix(b.String(), want) || strings.Contains(b.String(), "c/d") {
		t.Errorf("got\n%s\nwant a last row\n%s", b.String(), want)
	}
}

func TestReadSetup(t *testing.T) {
	p := t.TempDir() + "/setup.tsv"
	if err := writeFile(p, "repo\tstep\twhy\na/b\ttoolchain go1.27.3\tgo.mod says go 1.27\nc/d\tstandin x.example/gone\t403 from the proxy\n"); err != nil {
		t.Fatal(err)
	}
	m, err := readSetup(p)
	if err != nil {
		t.Fatal(err)
	}
	if s := m["a/b"]; s == nil || s.Toolchain != "go1.27.3" || len(s.Standins) != 0 {
		t.Errorf("a/b: %+v", s)
	}
	if s := m["c/d"]; s == nil || s.Toolchain != "" || len(s.Standins) != 1 || s.Standins[0] != "x.example/gone" {
		t.Errorf("c/d: %+v", s)
	}
	env := m["a/b"].env(nil)
	if !slices.Contains(env, "GOTOOLCHAIN=go1.27.3") || !slices.Contains(env, "GOFLAGS=-mod=mod") {
		t.Errorf("env %q lacks GOTOOLCHAIN=go1.27.3", env)
	}
	if env := m["c/d"].env(nil); slices.ContainsFunc(env, func(s string) bool { return strings.HasPrefix(s, "GOTOOLCHAIN=") }) {
		t.Errorf("c/d: env %q sets a toolchain", env)
	}
	if m, err := readSetup(t.TempDir() + "/none.tsv"); err != nil || len(m) != 0 {
		t.Errorf("missing file: %v %v, want no setup", m, err)
	}
	if err := writeFile(p, "repo\tstep\twhy\ne/f\tpackages backend ./internal/oidc/... ./internal/service/\tslow\ne/f\tpackages ./sub/ ./...\n"); err != nil {
		t.Fatal(err)
	}
	m, err = readSetup(p)
	if err != nil {
		t.Fatal(err)
	}
	s := m["e/f"]
	if p, ok := s.patterns("backend"); !ok || !slices.Equal(p, []string{"./internal/oidc/...", "./internal/service/"}) {
		t.Errorf("backend: %q %v", p, ok)
	}
	if p, ok := s.patterns("sub"); !ok || !slices.Equal(p, []string{"./..."}) {
		t.Errorf("sub: %q %v", p, ok)
	}
	if _, ok := s.patterns("."); ok {
		t.Errorf("the root module, named by no packages row, is analyzed")
	}
	if p, ok := (*setup)(nil).patterns("."); !ok || !slices.Equal(p, []string{"./..."}) {
		t.Errorf("no setup: %q %v, want ./...", p, ok)
	}
	for _, bad := range []string{"toolchain 1.27", "standin", "standin nodot", "patch x.example/a", "packages backend"} {
		if err := writeFile(p, "a/b\t"+bad+"\twhy\n"); err != nil {
			t.Fatal(err)
		}
		if _, err := readSetup(p); err == nil || !strings.Contains(err.Error(), "row 1") {
			t.Errorf("step %q: got %v, want an error naming the row", bad, err)
		}
	}
}

func TestSetupPath(t *testing.T) {
	for repos, want := range map[string]string{
		"testdata/realworld/repos6.tsv": "testdata/realworld/setup6.tsv",
		"testdata/realworld/repos.tsv":  "testdata/realworld/setup.tsv",
		"/tmp/list.tsv":                 "",
	} {
		if got := setupPath(options{repos: repos}); got != want {
			t.Errorf("%s: %q, want %q", repos, got, want)
		}
	}
	if got := setupPath(options{repos: "repos6.tsv", setup: "s.tsv"}); got != "s.tsv" {
		t.Errorf("-setup: %q", got)
	}
}

// A stand-in is an empty module beside the tree that the go.mod files
// requiring the module replace it with; a go.mod that does not name it is
// left alone.
func TestApplyStandins(t *testing.T) {
	tree := t.TempDir()
	app, other := tree+"/app", tree+"/other"
	for dir, gomod := range map[string]string{
		app:   "module example.com/app\n\ngo 1.22\n\nrequire x.example/gone v1.0.0\n",
		other: "module example.com/other\n\ngo 1.22\n",
	} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := writeFile(dir+"/go.mod", gomod); err != nil {
			t.Fatal(err)
		}
	}
	standin := t.TempDir() + "/gone"
	log, err := applyStandins(&setup{Standins: []string{"x.example/gone"}}, func(string) string { return standin }, []string{app, other}, append(os.Environ(), "GOFLAGS=-mod=mod"))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(standin + "/go.mod"); string(b) != "module x.example/gone\n" {
		t.Errorf("stand-in go.mod %q", b)
	}
	if b, _ := os.ReadFile(app + "/go.mod"); !strings.Contains(string(b), "replace x.example/gone => "+standin) {
		t.Errorf("app/go.mod does not replace the module:\n%s", b)
	}
	if b, _ := os.ReadFile(other + "/go.mod"); strings.Contains(string(b), "replace") {
		t.Errorf("other/go.mod changed:\n%s", b)
	}
	if !strings.Contains(log, "in 1 go.mod") {
		t.Errorf("log %q", log)
	}
	if _, err := applyStandins(&setup{Standins: []string{"y.example/none"}}, func(string) string { return standin }, []string{app}, os.Environ()); err == nil {
		t.Error("a stand-in no go.mod names: no error")
	}
}
