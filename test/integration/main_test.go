// Package integration tests jwtlint where users meet it, with the real
// tools: the plain git hook of "jwtlint hook install", the pre-commit
// framework's hooks from .pre-commit-hooks.yaml, lefthook with the
// configuration of docs/integrations.md, and the SARIF logs of the analyzer
// and the scanner against the SARIF 2.1.0 schema.
//
// It is a module of its own: it needs the built command and tools outside
// Go (git, pre-commit, npm), and "make integration" runs it. A missing tool
// skips its test, unless JWTLINT_INTEGRATION=1 (set by make integration and
// CI), which makes it a failure.
package integration

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	// root is the repository root.
	root string
	// binDir holds the jwtlint binary built by TestMain.
	binDir  string
	jwtlint string
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if root, err = filepath.Abs(filepath.Join("..", "..")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if binDir, err = os.MkdirTemp("", "jwtlint-bin"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(binDir)
	jwtlint = filepath.Join(binDir, "jwtlint")
	build := exec.Command("go", "build", "-o", jwtlint, ".")
	build.Dir = filepath.Join(root, "cmd", "jwtlint")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building jwtlint: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// need skips the test when tool is not on PATH, or fails it under
// JWTLINT_INTEGRATION=1.
func need(t *testing.T, tool string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err == nil {
		return p
	}
	if os.Getenv("JWTLINT_INTEGRATION") == "1" {
		t.Fatalf("%s is not installed (JWTLINT_INTEGRATION=1; .ci/run installs it)", tool)
	}
	t.Skipf("%s is not installed", tool)
	return ""
}

// env returns the environment for git and the hooks: jwtlint on PATH, a git
// identity, and no GIT_* variables of an enclosing git process.
func env(extra ...string) []string {
	var e []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GIT_") && !strings.HasPrefix(kv, "GIT_CONFIG_") {
			continue
		}
		if strings.HasPrefix(kv, "PATH=") {
			kv = "PATH=" + binDir + string(os.PathListSeparator) + kv[len("PATH="):]
		}
		e = append(e, kv)
	}
	e = append(e,
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.invalid",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.invalid",
		"GIT_CONFIG_NOSYSTEM=1", "HOME="+os.Getenv("HOME"),
	)
	return append(e, extra...)
}

// cmd runs name with args in dir and returns its combined output and error.
func cmd(t *testing.T, dir string, extraEnv []string, name string, args ...string) (string, error) {
	t.Helper()
	c := exec.Command(name, args...)
	c.Dir = dir
	c.Env = env(extraEnv...)
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	err := c.Run()
	return out.String(), err
}

// must is cmd that fails the test on error.
func must(t *testing.T, dir string, extraEnv []string, name string, args ...string) string {
	t.Helper()
	out, err := cmd(t, dir, extraEnv, name, args...)
	if err != nil {
		t.Fatalf("%s %s in %s: %v\n%s", name, strings.Join(args, " "), dir, err, out)
	}
	return out
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const cleanMain = `package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func main() {
	key := []byte(os.Getenv("JWT_SECRET"))
	if len(key) < 32 {
		fmt.Println(errors.New("JWT_SECRET must hold at least 32 bytes"))
		return
	}
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString(key)
	fmt.Println(s, err)
}
`

const hardcodedMain = `package main

import (
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

func main() {
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte("api-signing-key-2026"))
	fmt.Println(s, err)
}
`

// newRepo makes a git repository holding a Go module on the real
// golang-jwt/jwt/v5 (the example module's go.mod and go.sum) with one
// commit.
func newRepo(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	must(t, dir, nil, "git", "init", "-q", "-b", "main")
	gomod := strings.Replace(read(t, filepath.Join(root, "testdata", "example", "go.mod")), "example.com/jwtexample", "example.com/hooked", 1)
	write(t, filepath.Join(dir, "go.mod"), gomod)
	write(t, filepath.Join(dir, "go.sum"), read(t, filepath.Join(root, "testdata", "example", "go.sum")))
	write(t, filepath.Join(dir, "main.go"), cleanMain)
	write(t, filepath.Join(dir, ".gitignore"), "node_modules/\n")
	must(t, dir, nil, "git", "add", ".")
	must(t, dir, nil, "git", "commit", "-q", "--no-verify", "-m", "initial")
	return dir
}

// checkHook commits to repo through its installed pre-commit hook: a clean
// change passes, a hard-coded key in Go code and a weak secret in a .env
// file are blocked with readable messages, and what is judged is the staged
// content: a staged key with a clean work tree copy is blocked, a clean
// staged change with a dirty work tree copy or an untracked package that
// does not compile passes. extraEnv is added to the commits'
// environment. Where the hook is one report (jwtlint's own hook, and
// pre-commit, which shows only failing hooks' output), a clean part prints
// nothing; lefthook shows every command's output under its name, so there
// "jwtlint scan --staged" saying "no findings" under its own heading is
// that command's answer (shownSeparately).
func checkHook(t *testing.T, repo string, extraEnv []string, shownSeparately bool) {
	t.Helper()
	commit := func(msg string) (string, error) {
		return cmd(t, repo, extraEnv, "git", "commit", "-m", msg)
	}

	before := must(t, repo, nil, "git", "log", "--format=%s")

	// A clean change passes.
	write(t, filepath.Join(repo, "README.md"), "# hooked\n")
	write(t, filepath.Join(repo, "main.go"), strings.Replace(cleanMain, "at least 32 bytes", "at least 32 bytes (256 bits)", 1))
	must(t, repo, nil, "git", "add", ".")
	if out, err := commit("clean change"); err != nil {
		t.Fatalf("clean commit blocked: %v\n%s", err, out)
	} else if !shownSeparately && strings.Contains(out, "no findings") {
		t.Errorf("clean commit's output has the scanner's \"no findings\" (a clean part says nothing):\n%s", out)
	}

	// A hard-coded key in Go code is blocked.
	write(t, filepath.Join(repo, "main.go"), hardcodedMain)
	must(t, repo, nil, "git", "add", "main.go")
	out, err := commit("hard-coded key")
	if err == nil {
		t.Fatalf("commit of a hard-coded key passed:\n%s", out)
	}
	for _, want := range []string{"main.go:10:", "hard-coded 20-byte key passed to (*jwt.Token).SignedString"} {
		if !strings.Contains(out, want) {
			t.Errorf("blocked commit's output does not say %q:\n%s", want, out)
		}
	}
	if !shownSeparately && strings.Contains(out, "no findings") {
		t.Errorf("blocked commit's output has the scanner's \"no findings\" before the analyzer's report:\n%s", out)
	}
	if strings.Contains(out, "jwtlint-hook") {
		t.Errorf("blocked commit's output names the tree of the index, not the repository's files:\n%s", out)
	}
	must(t, repo, nil, "git", "checkout", "HEAD", "--", "main.go")

	// A weak secret in a .env file is blocked, never printed.
	write(t, filepath.Join(repo, ".env"), "JWT_SECRET=changeme\n")
	must(t, repo, nil, "git", "add", ".env")
	out, err = commit("weak secret")
	if err == nil {
		t.Fatalf("commit of a weak .env secret passed:\n%s", out)
	}
	for _, want := range []string{".env:1:", "weak-secret", "JWT_SECRET", "well-known default"} {
		if !strings.Contains(out, want) {
			t.Errorf("blocked commit's output does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "changeme") {
		t.Errorf("blocked commit's output shows the secret:\n%s", out)
	}
	must(t, repo, nil, "git", "rm", "-q", "--cached", ".env")

	// The hook judges what is committed, not the work tree: a staged
	// hard-coded key is blocked although the work tree's copy is clean...
	write(t, filepath.Join(repo, "main.go"), hardcodedMain)
	must(t, repo, nil, "git", "add", "main.go")
	write(t, filepath.Join(repo, "main.go"), cleanMain)
	out, err = commit("staged hard-coded key")
	if err == nil {
		t.Fatalf("commit of a staged hard-coded key with a clean work tree copy passed:\n%s", out)
	}
	if !strings.Contains(out, "main.go:10:") || !strings.Contains(out, "hard-coded 20-byte key") {
		t.Errorf("blocked commit's output does not report the staged key at main.go:10:\n%s", out)
	}
	must(t, repo, nil, "git", "checkout", "HEAD", "--", "main.go")

	// ...and a clean staged change passes although the work tree's copy
	// holds a hard-coded key, and an untracked package that does not
	// compile is no part of the commit.
	write(t, filepath.Join(repo, "main.go"), strings.Replace(cleanMain, "at least 32 bytes", "32 bytes or more", 1))
	must(t, repo, nil, "git", "add", "main.go")
	write(t, filepath.Join(repo, "main.go"), hardcodedMain)
	write(t, filepath.Join(repo, "scratch", "broken.go"), "package scratch\n\nfunc broken( {\n")
	write(t, filepath.Join(repo, ".env"), "JWT_SECRET=changeme\n") // untracked
	if out, err := commit("staged clean, dirty work tree"); err != nil {
		t.Errorf("clean staged change blocked by the work tree or an untracked package: %v\n%s", err, out)
	}
	if got := read(t, filepath.Join(repo, "main.go")); got != hardcodedMain {
		t.Errorf("the hook changed the work tree's main.go:\n%s", got)
	}
	must(t, repo, nil, "git", "checkout", "--", "main.go")
	for _, f := range []string{"scratch", ".env"} {
		if err := os.RemoveAll(filepath.Join(repo, f)); err != nil {
			t.Fatal(err)
		}
	}

	// The scanner half reads the index too: a staged weak secret is blocked
	// although the work tree's copy is a placeholder.
	write(t, filepath.Join(repo, "app.env"), "JWT_SECRET=changeme\n")
	must(t, repo, nil, "git", "add", "app.env")
	write(t, filepath.Join(repo, "app.env"), "JWT_SECRET=${JWT_SECRET}\n")
	out, err = commit("staged weak secret")
	if err == nil || !strings.Contains(out, "app.env:1:") || !strings.Contains(out, "weak-secret") {
		t.Errorf("commit of a staged weak secret with a placeholder in the work tree: %v\n%s", err, out)
	}
	must(t, repo, nil, "git", "rm", "-q", "-f", "--cached", "app.env")
	if err := os.Remove(filepath.Join(repo, "app.env")); err != nil {
		t.Fatal(err)
	}

	if log := must(t, repo, nil, "git", "log", "--format=%s"); log != "staged clean, dirty work tree\nclean change\n"+before {
		t.Errorf("git log:\n%s\nwant only the clean changes after:\n%s", log, before)
	}
}

// hookRepo copies this checkout's files (tracked and untracked, not ignored)
// into a new git repository with one commit, as pre-commit needs a git
// repository to install hooks from, and returns it and its commit.
func hookRepo(t *testing.T) (dir, rev string) {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	files := must(t, root, nil, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, name := range strings.Split(files, "\x00") {
		if name == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			if os.IsNotExist(err) {
				continue // deleted in the work tree
			}
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), string(b))
	}
	must(t, dir, nil, "git", "init", "-q", "-b", "main")
	must(t, dir, nil, "git", "add", ".")
	must(t, dir, nil, "git", "commit", "-q", "--no-verify", "-m", "jwtlint")
	return dir, strings.TrimSpace(must(t, dir, nil, "git", "rev-parse", "HEAD"))
}
