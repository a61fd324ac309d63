package main

import (
	"fmt"
	"go/version"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// nextGo is the Go language version after the one the test (and jwtlint)
// was built with: "1.27" for go1.26.8.
func nextGo(t *testing.T) string {
	t.Helper()
	m := regexp.MustCompile(`^go1\.(\d+)`).FindStringSubmatch(runtime.Version())
	if m == nil {
		t.Skipf("development build of Go (%s): no next version", runtime.Version())
	}
	minor, _ := strconv.Atoi(m[1])
	return fmt.Sprintf("1.%d", minor+1)
}

// newerGoModule is hostileModule with a go directive of the next Go.
func newerGoModule(t *testing.T, next string) string {
	t.Helper()
	return hostileModule(t, map[string]string{
		"go.mod":         strings.Replace(hostileGoMod, "go 1.22\n", "go "+next+"\n", 1),
		"sign/sign.go":   pkgSource("sign"),
		"clean/clean.go": "package clean\n",
	})
}

// Sweep 6 (usememos/memos, go-vikunja/vikunja): a module whose go.mod says
// a newer Go than the go command's, with GOTOOLCHAIN=local. The go command
// refuses it, and jwtlint printed go/packages' "err: exit status 1: stderr:
// go: go.mod requires go >= 1.27 (running go 1.26.8; GOTOOLCHAIN=local)":
// the cause, not what to do, and -json printed nothing (the sweep's
// analyzer runs were empty). It says what to do: a jwtlint built with that
// Go (go/types checks no code newer than itself), exit 1 (load error).
func TestE2EModuleNeedsNewerGo(t *testing.T) {
	next := nextGo(t)
	dir := newerGoModule(t, next)
	env := append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local")
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}} {
		code, stdout, stderr := runIn(t, dir, env, args...)
		want := fmt.Sprintf("go.mod says go %s, newer than the Go jwtlint was built with (%s): rebuild jwtlint with Go %s or later (GOTOOLCHAIN=go%s.0 go install github.com/jwtlint/jwtlint/cmd/jwtlint@latest) and run that binary; the go command said: go: go.mod requires go >= %s",
			next, runtime.Version(), next, next, next)
		if code != 1 || !strings.Contains(stderr, want) || strings.Contains(stderr, "exit status") || stdout != "" {
			t.Errorf("jwtlint %s: exit %d, want 1 and the message\n%s\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, stdout, stderr)
		}
	}
}

// cachedToolchain returns a Go toolchain of at least language version lang
// that is in the module cache (GOTOOLCHAIN fetches it from there with
// GOPROXY=off), or "".
func cachedToolchain(t *testing.T, lang string) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	zips, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "cache", "download", "golang.org", "toolchain", "@v", "v0.0.1-go*."+runtime.GOOS+"-"+runtime.GOARCH+".zip"))
	var found []string
	for _, z := range zips {
		v := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(z), "v0.0.1-"), "."+runtime.GOOS+"-"+runtime.GOARCH+".zip")
		if version.IsValid(v) && version.Compare(version.Lang(v), "go"+lang) >= 0 {
			found = append(found, v)
		}
	}
	slices.SortFunc(found, version.Compare)
	if len(found) == 0 {
		return ""
	}
	return found[0]
}

// The same module with a go command that fetches the newer toolchain
// (GOTOOLCHAIN=goX.Y.Z): go list loads it, and go/types, asked for a newer
// Go than itself, put "package requires newer Go version" on every package
// while checking it all the same (so a module without findings exited 1).
// jwtlint type-checks it as the Go it was built with and says so once, in a
// note: the finding is reported, the clean package is clean, and only
// findings decide the exit code. Needs a newer toolchain in the module
// cache (the test runs offline): skipped without one.
func TestE2ENewerGoToolchain(t *testing.T) {
	next := nextGo(t)
	tc := cachedToolchain(t, next)
	if tc == "" {
		t.Skipf("no toolchain of Go %s or later in the module cache (GOTOOLCHAIN=go%s.0 go version fetches one)", next, next)
	}
	dir := newerGoModule(t, next)
	env := append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN="+tc)
	note := fmt.Sprintf("jwtlint: note: module example.com/hostile says go %s, newer than the Go jwtlint was built with (%s): its packages were type-checked as Go %s", next, runtime.Version(), strings.TrimPrefix(version.Lang(runtime.Version()), "go"))
	code, stdout, stderr := runIn(t, dir, env, "./...")
	if code != 3 || !strings.Contains(stderr, note) || !strings.Contains(stderr, "sign.go:6:") || strings.Contains(stderr, "requires newer Go version") {
		t.Errorf("GOTOOLCHAIN=%s: exit %d, want 3, the note\n%s\nand the finding at sign.go:6 only\nstdout:\n%s\nstderr:\n%s", tc, code, note, stdout, stderr)
	}
	code, stdout, stderr = runIn(t, dir, env, "./clean")
	if code != 0 || !strings.Contains(stderr, note) {
		t.Errorf("GOTOOLCHAIN=%s ./clean: exit %d, want 0 and the note\nstdout:\n%s\nstderr:\n%s", tc, code, stdout, stderr)
	}
}
