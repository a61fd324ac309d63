package main

// Hostile input for the analyzer, through the built command (issue 8):
// what analysistest cannot show because it is the driver's business, on
// temporary modules that require the real golang-jwt/jwt/v5 (the version
// this module requires, so it is in the module cache: the tests run with
// GOPROXY=off).

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const hostileGoMod = `module example.com/hostile

go 1.22

require github.com/golang-jwt/jwt/v5 v5.3.1
`

const hostileGoSum = `github.com/golang-jwt/jwt/v5 v5.3.1 h1:kYf81DTWFe7t+1VvL7eS+jKFVWaUnK9cB1qbwn63YCY=
github.com/golang-jwt/jwt/v5 v5.3.1/go.mod h1:fxCRLWMO43lRc8nhHWY6LGqRcf+1gQWArsqaEUEa5bE=
`

// hostileModule writes a module with the given files (path → content) and
// returns its directory.
func hostileModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{"go.mod": hostileGoMod, "go.sum": hostileGoSum}
	for name, content := range files {
		all[name] = content
	}
	for name, content := range all {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runHostile runs the command in dir, offline, and returns its exit code,
// standard output and standard error. A panic of the command fails the test.
func runHostile(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	return runIn(t, dir, append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off"), args...)
}

// runIn runs the command in dir with the environment env and returns its
// exit code, standard output and standard error. A panic of the command
// fails the test.
func runIn(t *testing.T, dir string, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(jwtlintBin, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running jwtlint: %v", err)
	}
	for _, s := range []string{stdout.String(), stderr.String()} {
		if strings.Contains(s, "panic:") || strings.Contains(s, "goroutine ") {
			t.Fatalf("jwtlint %s crashed:\n%s", strings.Join(args, " "), s)
		}
	}
	return code, stdout.String(), stderr.String()
}

const signLiteral = `package %s

import "github.com/golang-jwt/jwt/v5"

func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("hostile-module-key"))
}
`

func pkgSource(name string) string { return strings.Replace(signLiteral, "%s", name, 1) }

// A package that does not type-check is the driver's error (the compiler's
// message on standard error), not a crash. Since the analyzer runs despite
// type errors (issue 12 item 6), the functions that do type-check are
// analyzed and the others are not: with findings the exit code is 3, with
// only the errors it is 1.
func TestHostileTypeError(t *testing.T) {
	dir := hostileModule(t, map[string]string{
		"good/good.go": pkgSource("good"),
		"bad/bad.go": `package bad

import "github.com/golang-jwt/jwt/v5"

func Sign() (string, error) {
	var n int = "not a number"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("bad-package-key"), n)
}
`,
	})
	code, stdout, stderr := runHostile(t, dir, "./...")
	if code != 3 {
		t.Errorf("exit code %d, want 3 (findings, besides the load errors)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "bad.go:6") || !strings.Contains(stderr, "good.go:6:") {
		t.Errorf("stderr does not name the type error at bad.go:6 and the finding at good.go:6:\n%s", stderr)
	}
	if strings.Contains(stderr, "bad.go:7:54") {
		t.Errorf("the function that does not type-check was reported:\n%s", stderr)
	}
	code, _, stderr = runHostile(t, dir, "./bad")
	if code != 1 || !strings.Contains(stderr, "bad.go:6") {
		t.Errorf("jwtlint ./bad: exit code %d, want 1 (the type errors, no findings)\n%s", code, stderr)
	}
	code, _, stderr = runHostile(t, dir, "./good")
	if code != 3 || !strings.Contains(stderr, "good.go:6:") {
		t.Errorf("jwtlint ./good: exit code %d, want 3 (the finding at good.go:6)\n%s", code, stderr)
	}
}

// A module that vendors its JWT library is analyzed through vendor/ as go
// build does (-mod=vendor is the default with a vendor directory).
func TestHostileVendor(t *testing.T) {
	dir := hostileModule(t, map[string]string{"app/app.go": pkgSource("app")})
	vendor := exec.Command("go", "mod", "vendor")
	vendor.Dir = dir
	vendor.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := vendor.CombinedOutput(); err != nil {
		t.Fatalf("go mod vendor: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "vendor", "github.com", "golang-jwt", "jwt", "v5", "token.go")); err != nil {
		t.Fatalf("vendor/ not written: %v", err)
	}
	code, stdout, stderr := runHostile(t, dir, "./...")
	if code != 3 || !strings.Contains(stderr+stdout, "app.go:6:") || !strings.Contains(stderr+stdout, "hard-coded 18-byte key") {
		t.Errorf("exit code %d, want 3 and the finding at app.go:6\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// The vendored library itself is not analyzed as the user's code.
	if strings.Contains(stderr+stdout, "vendor/") {
		t.Errorf("findings in vendor/:\n%s%s", stdout, stderr)
	}
}

// A 1 MiB string literal key costs little time and memory, and the message
// gives its length, never its text.
func TestHostileLargeLiteral(t *testing.T) {
	big := strings.Repeat("0123456789abcdef", 1<<16) // 1 MiB
	src := "package large\n\nimport \"github.com/golang-jwt/jwt/v5\"\n\nconst key = \"" + big + "\"\n\n" +
		"func Sign() (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))\n}\n\n" +
		"func SignLiteral() (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(\"" + big + "\"))\n}\n"
	dir := hostileModule(t, map[string]string{"large/large.go": src})
	start := time.Now()
	code, stdout, stderr := runHostile(t, dir, "./...")
	elapsed := time.Since(start)
	if code != 3 {
		t.Fatalf("exit code %d, want 3\nstderr:\n%.2000s", code, stderr)
	}
	if n := strings.Count(stderr, "hard-coded 1048576-byte key"); n != 2 {
		t.Errorf("%d findings of a 1048576-byte key, want 2:\n%.2000s", n, stderr)
	}
	if len(stdout)+len(stderr) > 10_000 || strings.Contains(stdout+stderr, big[:64]) {
		t.Errorf("output holds the key (%d bytes of output)", len(stdout)+len(stderr))
	}
	if elapsed > 90*time.Second {
		t.Errorf("jwtlint took %v on a 1 MiB literal", elapsed)
	}
}

// A cgo file is analyzed through cmd/cgo's output, which is marked as
// generated: its findings are still reported, at the user's lines. A file
// that is itself generated is not reported.
func TestHostileCgoAndGenerated(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	t.Setenv("CGO_ENABLED", "1")
	dir := hostileModule(t, map[string]string{
		"c/c.go": `package c

// static int one(void) { return 1; }
import "C"

import "github.com/golang-jwt/jwt/v5"

func Sign() (string, error) {
	_ = C.one()
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("cgo-file-key"))
}
`,
		"c/gen.go": `// Code generated by hostile-gen. DO NOT EDIT.

package c

import "github.com/golang-jwt/jwt/v5"

func GenSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("generated-key"))
}
`,
	})
	code, stdout, stderr := runHostile(t, dir, "./...")
	out := stdout + stderr
	if code != 3 || !strings.Contains(out, "c.go:10:") || !strings.Contains(out, "hard-coded 12-byte key") {
		t.Errorf("exit code %d, want 3 and the cgo file's finding at c.go:10\n%s", code, out)
	}
	if strings.Contains(out, "gen.go") {
		t.Errorf("finding in a generated file:\n%s", out)
	}
}
