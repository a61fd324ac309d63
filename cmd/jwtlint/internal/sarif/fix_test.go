package sarif

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A source file with text outside ASCII before every position and edit: on
// the lines above (so byte and code point offsets differ) and on the same
// lines (so byte and code point columns differ), outside the Basic
// Multilingual Plane too (so code points and UTF-16 code units differ).
const nonASCII = `// Package app signs tokens — with a clé «secrète» for the démo.
package app

import "github.com/golang-jwt/jwt/v5"

/* ünïcödé 🔑 */ var jwtKey = []byte("clé-démo-secrète") // ñ

type config struct{ HMACKey string }

func sign() (string, error) {
	cfg := config{HMACKey: "ça-reste-en-dur-€€"}
	/* 日本 */ jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.HMACKey))
	/* € */ return jwt.New(jwt.SigningMethodHS256).SignedString(jwtKey)
}
`

// gopath lays out a GOPATH workspace with the analyzer's golang-jwt stub and
// package app holding src, and returns app's directory.
func gopath(t *testing.T, src string) string {
	t.Helper()
	root := t.TempDir()
	stub := filepath.Join("..", "..", "..", "..", "analyzer", "testdata", "src", "github.com", "golang-jwt", "jwt", "v5")
	if err := os.CopyFS(filepath.Join(root, "src", "github.com", "golang-jwt", "jwt", "v5"), os.DirFS(stub)); err != nil {
		t.Fatal(err)
	}
	app := filepath.Join(root, "src", "app")
	if err := os.MkdirAll(app, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(app, "app.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOPATH", root)
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOFLAGS", "")
	return app
}

// applySARIF applies a fix's replacements to data as a SARIF consumer does:
// in the unit the log's columnKind names.
func applySARIF(t *testing.T, data []byte, columnKind string, f Fix) []byte {
	t.Helper()
	if columnKind != "unicodeCodePoints" {
		t.Fatalf("consumer knows no columnKind %q", columnKind)
	}
	text := []rune(string(data))
	reps := slices.Clone(f.ArtifactChanges[0].Replacements)
	// From the end, so earlier offsets stay valid.
	slices.SortFunc(reps, func(a, b Replacement) int { return *b.DeletedRegion.CharOffset - *a.DeletedRegion.CharOffset })
	for _, r := range reps {
		off, n := *r.DeletedRegion.CharOffset, *r.DeletedRegion.CharLength
		ins := ""
		if r.InsertedContent != nil {
			ins = r.InsertedContent.Text
		}
		text = slices.Concat(text[:off], []rune(ins), text[off+n:])
	}
	return []byte(string(text))
}

// applyEdits applies the analyzer's own byte edits.
func applyEdits(data []byte, edits []analysis.TextEdit, offset func(p analysis.TextEdit) (int, int)) []byte {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	out := slices.Clone(data)
	for _, e := range edits {
		s, end := offset(e)
		out = slices.Concat(out[:s], e.NewText, out[end:])
	}
	return out
}

// The log's regions and fix offsets count code points, as its columnKind
// says: a consumer applying a fix by them gets the analyzer's own edit, and
// a region's start column points where the diagnostic does.
func TestFixOffsetsInCodePoints(t *testing.T) {
	app := gopath(t, nonASCII)
	file := filepath.Join(app, "app.go")
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	log, failed := Analyze(a, app, []string{"./..."}, false)
	if len(failed) > 0 {
		t.Fatalf("analysis failed: %v", failed)
	}

	// The analyzer's diagnostics, byte edits and all.
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: app}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var diags []analysis.Diagnostic
	fset := pkgs[0].Fset
	for _, act := range graph.Roots {
		diags = append(diags, act.Diagnostics...)
	}
	data, _ := os.ReadFile(file)
	lines := strings.Split(string(data), "\n")

	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || len(run.Results) != len(diags) || len(diags) < 2 {
		t.Fatalf("columnKind %q, %d results for %d diagnostics", run.ColumnKind, len(run.Results), len(diags))
	}
	fixes := 0
	for i, res := range run.Results {
		d := diags[i]
		// The region starts where the diagnostic does.
		p := fset.Position(d.Pos)
		reg := res.Locations[0].PhysicalLocation.Region
		line := lines[reg.StartLine-1]
		if got, want := string([]rune(line)[reg.StartColumn-1:]), line[p.Column-1:]; reg.StartLine != p.Line || got != want {
			t.Errorf("result %d: region %d:%d is at %q, the diagnostic at %q", i, reg.StartLine, reg.StartColumn, got, want)
		}
		if d.End.IsValid() && d.End > d.Pos {
			e := fset.Position(d.End)
			endLine := lines[reg.EndLine-1]
			if got, want := string([]rune(endLine)[reg.EndColumn-1:]), endLine[e.Column-1:]; reg.EndLine != e.Line || got != want {
				t.Errorf("result %d: region ends at %d:%d, %q; the diagnostic at %q", i, reg.EndLine, reg.EndColumn, got, want)
			}
		}
		if utf8.RuneCountInString(line[:p.Column-1]) == p.Column-1 {
			t.Errorf("result %d: no text outside ASCII before column %d of line %d: the test proves nothing", i, p.Column, p.Line)
		}
		if len(res.Fixes) != len(d.SuggestedFixes) {
			t.Fatalf("result %d: %d fixes for %d suggested", i, len(res.Fixes), len(d.SuggestedFixes))
		}
		for j, f := range res.Fixes {
			fixes++
			got := applySARIF(t, data, run.ColumnKind, f)
			want := applyEdits(data, d.SuggestedFixes[j].TextEdits, func(e analysis.TextEdit) (int, int) {
				return fset.Position(e.Pos).Offset, fset.Position(e.End).Offset
			})
			if string(got) != string(want) {
				t.Errorf("result %d, fix %d applied by its SARIF offsets:\n%s\nthe analyzer's edit gives:\n%s", i, j, got, want)
			}
		}
	}
	if fixes == 0 {
		t.Fatal("no fix in the log: the test proves nothing")
	}
}
