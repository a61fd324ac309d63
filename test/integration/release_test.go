package integration

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRelease makes a release the way a maintainer does (scripts/release.sh
// in a copy of this checkout), serves both tagged modules from a file-based
// module proxy zipped as the public proxy zips them (tools/modproxy), and
// then installs and runs jwtlint as users do, with no checkout: go install
// MODULE@VERSION, a custom golangci-lint built from the module plugin at
// VERSION, and the pre-commit hooks of this repository at the release tag.
// Everything else comes from the real Go module proxy.
func TestRelease(t *testing.T) {
	need(t, "git")
	need(t, "go")
	// A version no earlier run used: the shared module cache keeps every
	// module version it has seen, and must never serve an older zip.
	releaseVersion := fmt.Sprintf("v0.99.0-test.%d", time.Now().UnixNano())
	repo, _ := hookRepo(t)
	must(t, repo, nil, "bash", "scripts/release.sh", releaseVersion)
	cmdTag := "cmd/jwtlint/" + releaseVersion

	// The release commit drops the development replace.
	gomod := must(t, repo, nil, "git", "show", cmdTag+":cmd/jwtlint/go.mod")
	if strings.Contains(gomod, "replace") || !strings.Contains(gomod, "github.com/jwtlint/jwtlint "+releaseVersion) {
		t.Fatalf("cmd/jwtlint/go.mod at %s still replaces the root module or does not require %s:\n%s", cmdTag, releaseVersion, gomod)
	}
	if a, b := must(t, repo, nil, "git", "rev-parse", releaseVersion+"^{commit}"), must(t, repo, nil, "git", "rev-parse", cmdTag+"^{commit}"); a != b {
		t.Errorf("tags %s and %s point at different commits: %s %s", releaseVersion, cmdTag, a, b)
	}
	// The checkout itself keeps its replace and its branch.
	if gomod := read(t, filepath.Join(repo, "cmd", "jwtlint", "go.mod")); !strings.Contains(gomod, "replace github.com/jwtlint/jwtlint => ../..") {
		t.Errorf("release.sh changed the checkout's cmd/jwtlint/go.mod:\n%s", gomod)
	}

	proxy := t.TempDir()
	must(t, filepath.Join(repo, "tools", "modproxy"), nil, "go", "run", ".", "-repo", repo, "-rev", cmdTag, "-out", proxy,
		"github.com/jwtlint/jwtlint@"+releaseVersion+"=",
		"github.com/jwtlint/jwtlint/cmd/jwtlint@"+releaseVersion+"=cmd/jwtlint")
	upstream := strings.TrimSpace(must(t, repo, nil, "go", "env", "GOPROXY"))
	if upstream == "" || upstream == "off" {
		upstream = "https://proxy.golang.org"
	}
	// The released modules come from the file proxy only (they are not in
	// the shared module cache: the version is new), their dependencies
	// from the real proxy or the module cache; the checksum database does
	// not know the released modules yet.
	proxyEnv := []string{
		"GOPROXY=file://" + filepath.ToSlash(proxy) + "," + upstream,
		"GONOSUMDB=github.com/jwtlint/jwtlint", "GOWORK=off",
	}
	modEnv := append(proxyEnv[:len(proxyEnv):len(proxyEnv)], "GOFLAGS=-mod=mod")

	t.Run("go install", func(t *testing.T) {
		bin := t.TempDir()
		outside := t.TempDir()
		env := append(proxyEnv[:len(proxyEnv):len(proxyEnv)], "GOBIN="+bin)
		must(t, outside, env, "go", "install", "github.com/jwtlint/jwtlint/cmd/jwtlint@"+releaseVersion)
		installed := filepath.Join(bin, "jwtlint")
		if v := must(t, outside, nil, installed, "version"); !strings.Contains(v, releaseVersion) {
			t.Errorf("jwtlint version = %q, want %s", v, releaseVersion)
		}
		example := copyExample(t)
		out, err := cmd(t, example, nil, installed, "./...")
		if code := exitCode(err); code != 3 {
			t.Fatalf("installed jwtlint on the example: exit %d, want 3 (findings):\n%s", code, out)
		}
		for _, want := range goldenLines(t) {
			if !strings.Contains(out, want) {
				t.Errorf("installed jwtlint does not report %q:\n%s", want, out)
			}
		}

		// jwtlint-vet installs from the root module's tag and reports the
		// same under go vet.
		must(t, outside, env, "go", "install", "github.com/jwtlint/jwtlint/cmd/jwtlint-vet@"+releaseVersion)
		out, err = cmd(t, example, nil, "go", "vet", "-vettool="+filepath.Join(bin, "jwtlint-vet"), "./...")
		if code := exitCode(err); code != 1 {
			t.Fatalf("go vet -vettool=jwtlint-vet on the example: exit %d, want 1 (findings):\n%s", code, out)
		}
		for _, want := range goldenLines(t) {
			if !strings.Contains(out, want) {
				t.Errorf("go vet -vettool=jwtlint-vet does not report %q:\n%s", want, out)
			}
		}
	})

	t.Run("golangci-lint custom build", func(t *testing.T) {
		// The custom golangci-lint of tools/gcl, built against the released
		// root module instead of the checkout.
		build := t.TempDir()
		for _, f := range []string{"main.go", "plugins.go", "go.mod", "go.sum"} {
			write(t, filepath.Join(build, f), read(t, filepath.Join(repo, "tools", "gcl", f)))
		}
		must(t, build, modEnv, "go", "mod", "edit", "-dropreplace=github.com/jwtlint/jwtlint", "-require=github.com/jwtlint/jwtlint@"+releaseVersion)
		gcl := filepath.Join(t.TempDir(), "custom-gcl")
		must(t, build, modEnv, "go", "build", "-o", gcl, ".")
		example := copyExample(t)
		out, err := cmd(t, example, []string{"GOFLAGS=-mod=mod"}, gcl, "run", "-c", filepath.Join(repo, ".golangci.example.yml"), "--show-stats=false", "./...")
		if code := exitCode(err); code != 1 {
			t.Fatalf("custom golangci-lint on the example: exit %d, want 1 (issues):\n%s", code, out)
		}
		if !strings.Contains(out, "(jwtlint)") || !strings.Contains(out, "hardcoded-key") {
			t.Errorf("custom golangci-lint reports no jwtlint findings:\n%s", out)
		}
	})

	t.Run("pre-commit", func(t *testing.T) {
		preCommit := need(t, "pre-commit")
		hooked := newRepo(t)
		write(t, filepath.Join(hooked, ".pre-commit-config.yaml"), `repos:
  - repo: `+repo+`
    rev: `+releaseVersion+`
    hooks:
      - id: jwtlint
      - id: jwtlint-scan
`)
		must(t, hooked, nil, "git", "add", ".pre-commit-config.yaml")
		must(t, hooked, nil, "git", "commit", "-q", "--no-verify", "-m", "pre-commit")
		// pre-commit gives golang hooks a GOPATH of their own; share the
		// module cache, as TestPreCommit does.
		gomodcache := strings.TrimSpace(must(t, hooked, nil, "go", "env", "GOMODCACHE"))
		env := append(proxyEnv[:len(proxyEnv):len(proxyEnv)], "PRE_COMMIT_HOME="+t.TempDir(), "GOMODCACHE="+gomodcache, "PATH="+pathWithout(binDir))
		must(t, hooked, env, preCommit, "install")
		must(t, hooked, env, preCommit, "install-hooks")
		checkHook(t, hooked, env, false)
	})
}

// copyExample copies testdata/example into a new directory outside the
// checkout.
func copyExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum", "main.go"} {
		write(t, filepath.Join(dir, f), read(t, filepath.Join(root, "testdata", "example", f)))
	}
	return dir
}

// goldenLines returns the findings testdata/example/expected.golden lists,
// each as "main.go:LINE:COL: " plus the message without the category prefix
// (the text output prints the message only).
func goldenLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(read(t, filepath.Join(root, "testdata", "example", "expected.golden"))), "\n") {
		pos, rest, ok := strings.Cut(l, ": ")
		if !ok {
			t.Fatalf("expected.golden: malformed line %q", l)
		}
		_, msg, _ := strings.Cut(rest, ": ")
		lines = append(lines, pos+": "+msg)
	}
	if len(lines) == 0 {
		t.Fatal("expected.golden lists no findings")
	}
	return lines
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(interface{ ExitCode() int }); ok {
		return e.ExitCode()
	}
	return -1
}
