package main

// End-to-end tests: build the jwtlint command and run it, directly and
// through go vet -vettool, over modules in ../../testdata that require the
// real JWT libraries through their own go.mod (fetched through the module
// proxy). Expected findings are marked in the sources with
//
//	// jwtlint:expect RULE[,RULE]
//
// at the end of the line where the finding is reported, and the full
// diagnostics are kept in expected.golden beside each module (go test
// -run E2E -update rewrites the golden files after a deliberate change).

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
)

var update = flag.Bool("update", false, "rewrite expected.golden files")

var jwtlintBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "jwtlint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	jwtlintBin = filepath.Join(dir, "jwtlint")
	out, err := exec.Command("go", "build", "-o", jwtlintBin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building jwtlint: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// finding is one diagnostic, keyed for comparison.
type finding struct {
	File     string // relative to the module root
	Line     int
	Col      int
	Category string
	Message  string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.File, f.Line, f.Col, f.Category, f.Message)
}

func (f finding) where() string { return fmt.Sprintf("%s:%d", f.File, f.Line) }

type jsonDiag struct {
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	Category string `json:"category"`
}

var posnRE = regexp.MustCompile(`^(.*\.go):(\d+):(\d+)$`)

// runJSON runs "jwtlint -json ./..." in dir and returns its findings.
func runJSON(t *testing.T, dir string) []finding {
	t.Helper()
	cmd := exec.Command(jwtlintBin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = testEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jwtlint -json in %s: %v (with -json the exit code is 0 whatever the findings)\n%s", dir, err, stderr.String())
	}
	return decodeFindings(t, dir, out)
}

// decodeFindings decodes the output of "jwtlint -json" run in dir.
func decodeFindings(t *testing.T, dir string, out []byte) []finding {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("decoding jwtlint -json output: %v\n%s", err, out)
	}
	var fs []finding
	for pkg, byAnalyzer := range tree {
		raw, ok := byAnalyzer["jwtlint"]
		if !ok {
			continue
		}
		var diags []jsonDiag
		if err := json.Unmarshal(raw, &diags); err != nil {
			// An analysis error: {"error": "..."}.
			t.Errorf("package %s: analysis error: %s", pkg, raw)
			continue
		}
		for _, d := range diags {
			m := posnRE.FindStringSubmatch(d.Posn)
			if m == nil {
				t.Errorf("unexpected position %q", d.Posn)
				continue
			}
			rel, err := filepath.Rel(dir, m[1])
			if err != nil {
				rel = m[1]
			}
			fs = append(fs, finding{File: filepath.ToSlash(rel), Line: atoi(m[2]), Col: atoi(m[3]), Category: d.Category, Message: d.Message})
		}
	}
	sortFindings(fs)
	return fs
}

func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	// Lines and columns sort numerically within a file.
	slices.SortStableFunc(fs, func(a, b finding) int {
		if a.File != b.File {
			return strings.Compare(a.File, b.File)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

var expectRE = regexp.MustCompile(`// jwtlint:expect ([a-z,-]+)\s*$`)

// markers returns "file:line: rule" for every expectation marker in the
// module at dir, keeping only rules the analyzer implements.
func markers(t *testing.T, dir string) []string {
	t.Helper()
	implemented := analyzer.RuleIDs()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(dir, path)
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := expectRE.FindStringSubmatch(sc.Text()); m != nil {
				for _, rule := range strings.Split(m[1], ",") {
					if slices.Contains(implemented, rule) {
						out = append(out, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), line, rule))
					}
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkMarkers compares findings with the markers: every marker is found and
// every finding is marked.
func checkMarkers(t *testing.T, dir string, fs []finding) {
	t.Helper()
	want := markers(t, dir)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s: %s", f.where(), f.Category))
	}
	slices.Sort(got)
	got = slices.Compact(got)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missed: %s (marked // jwtlint:expect)", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("unexpected finding: %s", g)
		}
	}
}

func checkGolden(t *testing.T, dir string, fs []finding) {
	t.Helper()
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String() + "\n")
	}
	golden := filepath.Join(dir, "expected.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run E2E -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("findings differ from %s (-want +got):\n%s", golden, lineDiff(string(want), got))
	}
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range w {
		if l != "" && !slices.Contains(g, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if l != "" && !slices.Contains(w, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// combinedOutput runs name args in dir with testEnv and returns what it
// printed (standard output and error) and its exit code; a command that
// cannot run fails the test.
func combinedOutput(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(out), exit.ExitCode()
	}
	if err != nil {
		t.Fatalf("%s %q: %v", name, args, err)
	}
	return string(out), 0
}

// runVet runs go vet -vettool=jwtlint ./... in dir and returns "file:line:
// message" for each diagnostic with its exit code.
func runVet(t *testing.T, dir string) ([]string, int) {
	t.Helper()
	out, code := combinedOutput(t, dir, "go", "vet", "-vettool="+jwtlintBin, "./...")
	lineRE := regexp.MustCompile(`^(?:vet: )?(\S+\.go):(\d+):(\d+): (.*)$`)
	var got []string
	for _, l := range strings.Split(out, "\n") {
		m := lineRE.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[4], "\t") {
			continue // not a diagnostic, or its related information
		}
		file := m[1]
		if filepath.IsAbs(file) {
			file, _ = filepath.Rel(dir, file)
		}
		file = strings.TrimPrefix(filepath.ToSlash(file), "./")
		got = append(got, fmt.Sprintf("%s:%s: %s", file, m[2], m[4]))
	}
	slices.Sort(got)
	if code != 0 && len(got) == 0 {
		t.Fatalf("go vet failed without diagnostics:\n%s", out)
	}
	return got, code
}

// testEnv is the environment of the analyzed modules: jwx v4 needs
// encoding/json/v2, which Go 1.26 has behind GOEXPERIMENT=jsonv2.
func testEnv() []string {
	return append(os.Environ(), "GOEXPERIMENT=jsonv2")
}

func e2e(t *testing.T, dir string) {
	if testing.Short() {
		t.Skip("end-to-end test fetches real libraries through the module proxy")
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("test module missing: %v", err)
	}
	fs := runJSON(t, dir)
	if len(fs) == 0 {
		t.Fatal("no findings at all: the test module is full of them")
	}
	for _, f := range fs {
		if f.Category == "" {
			t.Errorf("finding without category: %s", f)
		}
	}
	checkMarkers(t, dir, fs)
	checkGolden(t, dir, fs)

	// The same findings through go vet, which exits 1.
	vet, code := runVet(t, dir)
	if code != 1 {
		t.Errorf("go vet -vettool exit code = %d, want 1", code)
	}
	var want []string
	for _, f := range fs {
		want = append(want, fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Message))
	}
	slices.Sort(want)
	if !slices.Equal(vet, want) {
		t.Errorf("go vet findings differ from jwtlint -json (-json +vet):\n%s", lineDiff(strings.Join(want, "\n"), strings.Join(vet, "\n")))
	}

	// Standalone, findings exit 3.
	cmd := exec.Command(jwtlintBin, "./...")
	cmd.Dir = dir
	cmd.Env = testEnv()
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Errorf("jwtlint ./... with findings: %v, want exit status 3", err)
	}
}

func TestE2ERealLibraries(t *testing.T) { e2e(t, filepath.Join("..", "..", "testdata", "reallibs")) }

func TestE2EExample(t *testing.T) { e2e(t, filepath.Join("..", "..", "testdata", "example")) }

func TestE2ECleanExitsZero(t *testing.T) {
	// jwtlint's own analyzer package uses no JWT library: clean, exit 0.
	cmd := exec.Command(jwtlintBin, "github.com/jwtlint/jwtlint/analyzer")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("jwtlint on a clean package: %v\n%s", err, out)
	}
}

func TestDispatch(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"version"}, 0, "jwtlint "},
		{[]string{"help"}, 0, "  scan "},
		{[]string{"explain", "hardcoded-key"}, 0, "### `hardcoded-key`"},
		{[]string{"explain", "no-such-rule"}, 2, ""},
		// Before any package loads: one line, a usage error.
		{[]string{"-disable=no-such-rule", "./..."}, 2, "jwtlint: -disable: unknown rule \"no-such-rule\" (rules: "},
	} {
		cmd := exec.Command(jwtlintBin, tc.args...)
		cmd.Dir = filepath.Join("..", "..")
		out, err := cmd.CombinedOutput()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		}
		if code != tc.code {
			t.Errorf("jwtlint %v: exit %d, want %d\n%s", tc.args, code, tc.code, out)
		}
		if !strings.Contains(string(out), tc.out) {
			t.Errorf("jwtlint %v: output lacks %q:\n%s", tc.args, tc.out, out)
		}
	}
}

// copyExample copies the bundled example module into a temporary directory
// for a test that changes it, and returns the directory.
func copyExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "example"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestE2EFixExample applies jwtlint -fix to a copy of the example module:
// the result builds, and what the fixes address is no longer reported. What
// needs a decision (a constant key, a fallback) stays reported.
func TestE2EFixExample(t *testing.T) {
	if testing.Short() {
		t.Skip("fetches golang-jwt through the module proxy")
	}
	dir := copyExample(t)
	fix := exec.Command(jwtlintBin, "-fix", "./...")
	fix.Dir = dir
	if out, err := fix.CombinedOutput(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 3 {
			t.Fatalf("jwtlint -fix: %v\n%s", err, out)
		}
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the fixed module does not build: %v\n%s", err, out)
	}
	fixed := map[string]bool{"missing-alg-check": true, "weak-random-key": true, "short-key": true}
	remaining := map[string]int{}
	for _, f := range runJSON(t, dir) {
		if fixed[f.Category] {
			t.Errorf("still reported after -fix: %s", f)
		}
		remaining[f.Category]++
	}
	if remaining["hardcoded-key"] == 0 {
		t.Errorf("the constant key and the fallback need a human decision and must stay reported")
	}
}

// TestE2EDiffExample: jwtlint -diff without -fix prints the fixes as a
// unified diff with the file names relative to the working directory, as
// gofmt -d does, exits 0 and changes no file.
func TestE2EDiffExample(t *testing.T) {
	if testing.Short() {
		t.Skip("fetches golang-jwt through the module proxy")
	}
	dir := copyExample(t)
	before, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(jwtlintBin, "-diff", "./...")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("jwtlint -diff: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"--- a/main.go\n+++ b/main.go\n",
		"-\tmrand.Read(k)\n+\tcrand.Read(k)\n",
		"+\t}, jwt.WithValidMethods([]string{\"HS256\"}))\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("jwtlint -diff output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, dir) {
		t.Errorf("jwtlint -diff printed absolute paths:\n%s", out)
	}
	after, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("jwtlint -diff changed main.go")
	}
	// The diff is a patch git applies: in a repository made of the copy,
	// "jwtlint -diff ./... | git apply" changes main.go as -fix would.
	for _, args := range [][]string{{"init", "-q"}, {"apply", "--check", "-v"}, {"apply"}} {
		git := exec.Command("git", args...)
		git.Dir = dir
		git.Stdin = strings.NewReader(out)
		if msg, err := git.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, msg)
		}
	}
	applied, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(applied, []byte("\tcrand.Read(k)\n")) || bytes.Contains(applied, []byte("\tmrand.Read(k)\n")) {
		t.Errorf("git apply of the diff did not make the fix:\n%s", applied)
	}
}
