package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// gcl is the custom golangci-lint built once by TestMain.
var gcl string

// TestMain builds this module's binary once for all tests. The first build
// of golangci-lint takes minutes on two cores; the go build cache makes later
// ones fast.
func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "custom-gcl")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	gcl = filepath.Join(dir, "custom-gcl")
	start := time.Now()
	if out, err := exec.Command("go", "build", "-o", gcl, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building custom golangci-lint: %v\n%s", err, out)
		return 1
	}
	fmt.Fprintf(os.Stderr, "built custom golangci-lint in %s\n", time.Since(start).Round(time.Second))
	return m.Run()
}

// root is the repository root.
var root = filepath.Join("..", "..")

// exampleCopy copies testdata/example to a temporary directory, so tests can
// change it.
func exampleCopy(t *testing.T) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(root, "testdata", "example")
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// exampleConfig returns the absolute path of .golangci.example.yml.
func exampleConfig(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

// run runs the custom golangci-lint in dir and returns jwtlint's findings
// as "file:line:col: message" lines, its exit code and its standard error.
func run(t *testing.T, dir string, args ...string) (findings []string, code int, stderr string) {
	t.Helper()
	args = append([]string{"run", "--output.json.path=stdout", "--output.text.path=stderr", "--show-stats=false", "--path-mode=abs", "--allow-parallel-runners"}, args...)
	cmd := exec.Command(gcl, append(args, "./...")...)
	cmd.Dir = dir
	// Keep golangci-lint's cache per test: results must not come from an
	// earlier run on other file contents.
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("%s: %v", cmd, err)
	}
	code = cmd.ProcessState.ExitCode()
	if out.Len() == 0 {
		return nil, code, errb.String()
	}
	var rep struct{ Issues []issue }
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%s: decoding output: %v\nstdout:\n%s\nstderr:\n%s", cmd, err, out.String(), errb.String())
	}
	for _, is := range rep.Issues {
		// golangci-lint shows a diagnostic's related information (where
		// the key comes from) as issues of their own.
		if is.FromLinter == "jwtlint" && !strings.HasPrefix(is.Text, "jwtlint(related information)") {
			name := is.Pos.Filename
			if rel, err := filepath.Rel(dir, name); err == nil {
				name = rel
			}
			findings = append(findings, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(name), is.Pos.Line, is.Pos.Column, is.Text))
		}
	}
	slices.Sort(findings)
	return findings, code, errb.String()
}

// golden returns the example's expected findings in golangci-lint's form:
// golangci-lint shows the message without the category (the rule ID).
func golden(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "testdata", "example", "expected.golden"))
	if err != nil {
		t.Fatal(err)
	}
	category := regexp.MustCompile(`^([^:]+:\d+:\d+: )[a-z-]+: `)
	var want []string
	for line := range strings.Lines(string(b)) {
		if line = strings.TrimSpace(line); line != "" {
			want = append(want, category.ReplaceAllString(line, "$1"))
		}
	}
	slices.Sort(want)
	return want
}

func TestExampleFindings(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	got, code, stderr := run(t, dir, "-c", exampleConfig(t))
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found); stderr:\n%s", code, stderr)
	}
	if want := golden(t); !slices.Equal(got, want) {
		t.Errorf("jwtlint findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNolint(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	main := filepath.Join(dir, "main.go")
	b, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	// Suppress the hard-coded adminSecret at its SignedString call.
	const line = "\tsigned, err := tok.SignedString([]byte(adminSecret))"
	src := strings.Replace(string(b), line, "\t//nolint:jwtlint // demo key, never deployed\n"+line, 1)
	if src == string(b) {
		t.Fatalf("%q not found in the example", line)
	}
	if err := os.WriteFile(main, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _, stderr := run(t, dir, "-c", exampleConfig(t))
	if len(got) == 0 {
		t.Fatalf("no findings at all; stderr:\n%s", stderr)
	}
	for _, f := range got {
		if strings.Contains(f, "hard-coded 55-byte key") {
			t.Errorf("//nolint:jwtlint did not suppress: %s", f)
		}
	}
	if want := len(golden(t)) - 1; len(got) != want {
		t.Errorf("%d findings, want %d:\n%s", len(got), want, strings.Join(got, "\n"))
	}
}

func TestFix(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	_, _, stderr := run(t, dir, "-c", exampleConfig(t), "--fix")
	b, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	// The profile handler's jwt.Parse gets its algorithm restricted.
	if !regexp.MustCompile(`(?s)func \(s \*server\) profile.*jwt\.WithValidMethods\(\[\]string\{"HS256"\}\)`).MatchString(src) {
		t.Errorf("--fix did not add jwt.WithValidMethods to the profile handler; stderr:\n%s\nmain.go:\n%s", stderr, src)
	}
	// The result still compiles.
	build := exec.Command("go", "build", "-o", os.DevNull, ".")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed example does not build: %v\n%s\nmain.go:\n%s", err, out, src)
	}
	// And the fixed findings are gone.
	got, _, _ := run(t, dir, "-c", exampleConfig(t))
	for _, f := range got {
		if strings.Contains(f, "jwt.Parse accepts any algorithm") {
			t.Errorf("still reported after --fix: %s", f)
		}
	}
}

// editedConfig writes .golangci.example.yml with old replaced by new to a
// temporary file and returns its path; it fails when old is not there.
func editedConfig(t *testing.T, old, new string) string {
	t.Helper()
	b, err := os.ReadFile(exampleConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(string(b), old, new, 1)
	if cfg == string(b) {
		t.Fatalf("%q not found in .golangci.example.yml", old)
	}
	path := filepath.Join(t.TempDir(), "golangci.yml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUnknownSetting(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	path := editedConfig(t, "          include-tests: false\n", "          include-tests: false\n          include-test: true\n")
	_, code, stderr := run(t, dir, "-c", path)
	if code == 0 || code == 1 {
		t.Errorf("exit code %d, want a failure other than issues found", code)
	}
	if want := `jwtlint settings: unknown setting "include-test" (known: disable, enable, include-tests, sources)`; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr)
	}
}

func TestUnknownRule(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	path := editedConfig(t, "          disable: []\n", "          disable: [hardcoded-keys]\n")
	_, code, stderr := run(t, dir, "-c", path)
	if code == 0 || code == 1 {
		t.Errorf("exit code %d, want a failure other than issues found", code)
	}
	if want := `jwtlint settings: unknown rule "hardcoded-keys"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr)
	}
}

func TestDisableSetting(t *testing.T) {
	t.Parallel()
	dir := exampleCopy(t)
	path := editedConfig(t, "          disable: []\n", "          disable: [hardcoded-key, short-key]\n")
	got, _, stderr := run(t, dir, "-c", path)
	var want []string
	for _, f := range golden(t) {
		if !strings.Contains(f, "hard-coded") && !strings.Contains(f, "sample secret") && !strings.Contains(f, "32-byte key for HS512") {
			want = append(want, f)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("with hardcoded-key and short-key disabled:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
	}
}
