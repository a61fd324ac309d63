package integration

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPlainHook installs the hook with "jwtlint hook install".
func TestPlainHook(t *testing.T) {
	need(t, "git")
	repo := newRepo(t)
	out := must(t, repo, nil, jwtlint, "hook", "install")
	if !strings.Contains(out, filepath.Join(".git", "hooks", "pre-commit")) {
		t.Errorf("hook install says %q", out)
	}
	checkHook(t, repo, nil, false)

	// A staged package that does not compile blocks the commit with its
	// error: the commit would not build.
	write(t, filepath.Join(repo, "broken", "broken.go"), "package broken\n\nfunc F() int { return notDefined }\n")
	must(t, repo, nil, "git", "add", "broken")
	out, err := cmd(t, repo, nil, "git", "commit", "-m", "broken package")
	if err == nil || !strings.Contains(out, "broken/broken.go:3:23: undefined: notDefined") || !strings.Contains(out, "could not check") {
		t.Errorf("commit of a package that does not compile: %v\n%s", err, out)
	}
	must(t, repo, nil, "git", "rm", "-q", "-r", "-f", "broken")

	// A module in a subdirectory is analyzed in its own directory, and
	// reported under the repository's paths.
	gomod := strings.Replace(read(t, filepath.Join(repo, "go.mod")), "example.com/hooked", "example.com/hooked/svc", 1)
	write(t, filepath.Join(repo, "svc", "go.mod"), gomod)
	write(t, filepath.Join(repo, "svc", "go.sum"), read(t, filepath.Join(repo, "go.sum")))
	write(t, filepath.Join(repo, "svc", "main.go"), hardcodedMain)
	must(t, repo, nil, "git", "add", "svc")
	out, err = cmd(t, repo, nil, "git", "commit", "-m", "nested module")
	// (Paths are absolute, or relative to the top of the work tree.)
	if err == nil || !strings.Contains(out, filepath.Join("svc", "main.go")+":10:") ||
		!strings.Contains(out, "jwtlint: analyzing all packages of module svc: its go.mod is staged") {
		t.Errorf("commit of a new module with a hard-coded key: %v\n%s", err, out)
	}
	must(t, repo, nil, "git", "commit", "-q", "--no-verify", "-m", "nested module")
	write(t, filepath.Join(repo, "svc", "main.go"), strings.Replace(hardcodedMain, "func main() {", "func main() { // changed", 1))
	must(t, repo, nil, "git", "add", "svc")
	out, err = cmd(t, repo, nil, "git", "commit", "-m", "nested package")
	if err == nil || !strings.Contains(out, filepath.Join("svc", "main.go")+":10:") ||
		!strings.Contains(out, "jwtlint: analyzing 1 package with staged Go files of module svc\n") {
		t.Errorf("commit of a changed package of a nested module: %v\n%s", err, out)
	}
}

// TestPreCommit installs this repository's .pre-commit-hooks.yaml with the
// pre-commit framework, from a local copy of the checkout.
func TestPreCommit(t *testing.T) {
	need(t, "git")
	need(t, "go")
	preCommit := need(t, "pre-commit")
	hooks, rev := hookRepo(t)
	repo := newRepo(t)
	write(t, filepath.Join(repo, ".pre-commit-config.yaml"), `repos:
  - repo: `+hooks+`
    rev: `+rev+`
    hooks:
      - id: jwtlint
      - id: jwtlint-scan
`)
	must(t, repo, nil, "git", "add", ".pre-commit-config.yaml")
	must(t, repo, nil, "git", "commit", "-q", "--no-verify", "-m", "pre-commit")
	// pre-commit's golang hooks get GOPATH set to their environment; share
	// the module cache so the install does not download everything again.
	gomodcache := strings.TrimSpace(must(t, repo, nil, "go", "env", "GOMODCACHE"))
	// Leave the jwtlint of TestMain off PATH: the hooks must run the one
	// pre-commit installed.
	extra := []string{"PRE_COMMIT_HOME=" + t.TempDir(), "GOMODCACHE=" + gomodcache, "PATH=" + pathWithout(binDir)}
	must(t, repo, extra, preCommit, "install")
	out := must(t, repo, extra, preCommit, "install-hooks")
	t.Logf("pre-commit install-hooks:\n%s", out)
	checkHook(t, repo, extra, false)
}

// pathWithout returns $PATH without dir.
func pathWithout(dir string) string {
	var keep []string
	for _, p := range filepath.SplitList(os.Getenv("PATH")) {
		if p != dir {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, string(os.PathListSeparator))
}

// lefthookConfig returns the lefthook.yml documented in
// docs/integrations.md: the yaml block after "<!-- lefthook.yml -->".
func lefthookConfig(t *testing.T) string {
	t.Helper()
	doc := read(t, filepath.Join(root, "docs", "integrations.md"))
	m := regexp.MustCompile("(?s)<!-- lefthook.yml -->\\s*```yaml\n(.*?)```").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/integrations.md has no yaml block after <!-- lefthook.yml -->")
	}
	return m[1]
}

// TestLefthook installs lefthook 2 from npm in the repository, as a
// JavaScript project would, with the lefthook.yml of docs/integrations.md.
func TestLefthook(t *testing.T) {
	need(t, "git")
	npm := need(t, "npm")
	npx := need(t, "npx")
	repo := newRepo(t)
	write(t, filepath.Join(repo, "lefthook.yml"), lefthookConfig(t))
	must(t, repo, nil, "git", "add", "lefthook.yml")
	must(t, repo, nil, "git", "commit", "-q", "--no-verify", "-m", "lefthook")
	// npm 11 does not run lefthook's postinstall script, which would
	// install the hooks: run "lefthook install" as its README says.
	must(t, repo, nil, npm, "install", "--no-save", "--no-audit", "--no-fund", "lefthook@2")
	must(t, repo, nil, npx, "--no-install", "lefthook", "install")
	if hook := read(t, filepath.Join(repo, ".git", "hooks", "pre-commit")); !strings.Contains(hook, "lefthook") {
		t.Fatalf("lefthook install wrote no pre-commit hook:\n%s", hook)
	}
	checkHook(t, repo, nil, true)
}
