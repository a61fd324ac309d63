package sarif

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// fullLoad builds the log as Analyze did before it ran on the standalone
// driver: every package of the graph from source (packages.LoadAllSyntax)
// and the analyzer run on every root (checker.Analyze).
func fullLoad(t *testing.T, dir string, tests bool) *Log {
	t.Helper()
	run := newRun(srcRoot(dir)) // paths as Analyze writes them
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: tests}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			run.fail(e.Error())
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(analyzer.Config{})}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	run.collect(graph)
	return run.log()
}

// sortedJSON encodes each element of s, sorted: the results of a package's
// files come in the order of their token.Pos, which a parallel parse
// (packages.Load) does not keep from run to run.
func sortedJSON[T any](t *testing.T, s []T) []string {
	t.Helper()
	out := make([]string, len(s))
	for i, v := range s {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(b)
	}
	slices.Sort(out)
	return out
}

// The log Analyze writes through the standalone driver has the same
// results, rules and notifications as the log of a full load from source
// (how "jwtlint sarif" ran before), on the modules that require the real
// libraries: the example, reallibs (hundreds of results) and illtyped
// (packages that do not type-check).
func TestResultsAsFullLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("fetches real libraries through the module proxy")
	}
	t.Setenv("GOEXPERIMENT", "jsonv2") // as the command's end-to-end tests run
	for _, mod := range []string{"example", "reallibs", "illtyped"} {
		t.Run(mod, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "testdata", mod))
			if err != nil {
				t.Fatal(err)
			}
			want := fullLoad(t, dir, true)
			got, _ := Analyze(analyzer.New(analyzer.Config{}), dir, []string{"./..."}, true)
			w, g := want.Runs[0], got.Runs[0]
			if mod != "illtyped" && len(w.Results) == 0 {
				t.Fatalf("no results in %s: the comparison proves nothing", mod)
			}
			if a, b := sortedJSON(t, w.Results), sortedJSON(t, g.Results); !slices.Equal(a, b) {
				t.Errorf("%d results, want the full load's %d:\n%s\nwant:\n%s", len(b), len(a), strings.Join(b, "\n"), strings.Join(a, "\n"))
			}
			if a, b := sortedJSON(t, w.Invocations[0].Notifications), sortedJSON(t, g.Invocations[0].Notifications); !slices.Equal(a, b) {
				t.Errorf("notifications:\n%s\nwant the full load's:\n%s", strings.Join(b, "\n"), strings.Join(a, "\n"))
			}
			if a, b := sortedJSON(t, w.Tool.Driver.Rules), sortedJSON(t, g.Tool.Driver.Rules); !slices.Equal(a, b) {
				t.Errorf("rules differ from the full load's")
			}
			if w.Invocations[0].ExecutionSuccessful != g.Invocations[0].ExecutionSuccessful {
				t.Errorf("executionSuccessful %v, want %v", g.Invocations[0].ExecutionSuccessful, w.Invocations[0].ExecutionSuccessful)
			}
		})
	}
}

// Patterns that match no package give a log with no results, a successful
// run and exit 0, as before the driver, which itself fails on them.
func TestNoPackagesEmptyLog(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/empty\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var out, errb strings.Builder
	if code := Main([]string{"./..."}, &out, &errb); code != ExitOK {
		t.Errorf("exit %d, want %d\n%s", code, ExitOK, errb.String())
	}
	if errb.Len() != 0 {
		t.Errorf("stderr: %s", errb.String())
	}
	var log Log
	if err := json.Unmarshal([]byte(out.String()), &log); err != nil {
		t.Fatalf("log: %v\n%s", err, out.String())
	}
	run := log.Runs[0]
	if run.Results == nil || len(run.Results) != 0 || len(run.Tool.Driver.Rules) == 0 {
		t.Errorf("results %v, %d rules: want an empty list and every rule", run.Results, len(run.Tool.Driver.Rules))
	}
	if inv := run.Invocations[0]; !inv.ExecutionSuccessful || len(inv.Notifications) != 0 {
		t.Errorf("invocation %+v: want a successful run without notifications", inv)
	}
}

// A log that cannot be written is a usage error before the analysis, not
// after it: the package here does not type-check, and its error would be
// printed had it been loaded.
func TestUnwritableLogFirst(t *testing.T) {
	app := gopath(t, "package app\n\nfunc F() int { return notDefined }\n")
	t.Chdir(app)
	var out, errb strings.Builder
	dest := filepath.Join(t.TempDir(), "missing", "x.sarif")
	if code := Main([]string{"-o", dest, "./..."}, &out, &errb); code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if want := "jwtlint sarif: cannot write the log: "; !strings.HasPrefix(errb.String(), want) || !strings.Contains(errb.String(), dest) {
		t.Errorf("stderr %q, want %q and the path", errb.String(), want)
	}
	if strings.Contains(errb.String(), "notDefined") || out.Len() != 0 {
		t.Errorf("the packages were analyzed: stdout %q, stderr %q", out.String(), errb.String())
	}
}

// In a git repository whose Go code is in a subdirectory, the log's paths
// are relative to the top of the work tree, which %SRCROOT% names: code
// scanning resolves them against the checkout (issue from helper newuser).
func TestSrcRootIsGitTop(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	app := gopath(t, nonASCII)
	top := filepath.Dir(filepath.Dir(app)) // the GOPATH root, above src/app
	if out, err := exec.Command("git", "init", "-q", top).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	t.Chdir(app)
	var out, errb strings.Builder
	if code := Main([]string{"-enable", "hardcoded-key", "./..."}, &out, &errb); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	var log Log
	if err := json.Unmarshal([]byte(out.String()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := run.OriginalURIBaseID[SrcRoot].URI, FileURI(top); got != want {
		t.Errorf("%%SRCROOT%% is %s, want the work tree's top %s", got, want)
	}
	if len(run.Results) == 0 {
		t.Fatal("no results: the test proves nothing")
	}
	for _, r := range run.Results {
		if loc := r.Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "src/app/app.go" || loc.URIBaseID != SrcRoot {
			t.Errorf("result at %+v, want src/app/app.go under %%SRCROOT%%", loc)
		}
	}
	// Outside git, the current directory, as before.
	if got := srcRoot(t.TempDir()); got == top {
		t.Errorf("srcRoot outside git = %s", got)
	}
}
