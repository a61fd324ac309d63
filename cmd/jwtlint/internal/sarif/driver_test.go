package sarif

import (
	"encoding/json"
	"os"
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
	run := newRun(dir)
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
