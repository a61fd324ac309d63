//go:build unix

package main

// Hostile input for jwtlint scan through the built command (issue 8): what
// needs a process of its own. A FIFO must not block the scan, a 3 GiB file
// must not be read into memory, files the user cannot read are warned about
// while the scan goes on (as root, whom permissions do not stop, the
// command runs as nobody), and --git outside a repository says so in one
// line. Every run has a deadline: a scan that hangs fails the test.
// In-process cases (line ends, long lines, links, git) are in
// internal/scan/hostile_test.go.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// scanRun is the outcome of one jwtlint scan process.
type scanRun struct {
	code           int
	stdout, stderr string
	maxRSS         int64 // bytes
	elapsed        time.Duration
}

// runScan runs "jwtlint scan args..." with bin, as cred's user if not nil,
// killing it after two minutes.
func runScan(t *testing.T, bin string, cred *syscall.Credential, args ...string) scanRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"scan"}, args...)...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		cmd.Env = append(cmd.Env, "HOME=/nonexistent")
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := scanRun{stdout: stdout.String(), stderr: stderr.String(), elapsed: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("jwtlint scan %s did not finish in two minutes\nstderr:\n%s", strings.Join(args, " "), r.stderr)
	}
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running jwtlint scan: %v", err)
	}
	if strings.Contains(r.stderr, "panic:") {
		t.Fatalf("jwtlint scan crashed:\n%s", r.stderr)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = int64(ru.Maxrss)
		if runtime.GOOS != "darwin" { // Linux and the BSDs count KiB
			r.maxRSS <<= 10
		}
	}
	return r
}

// check checks that a scan with a JSON report exited 1 with findings
// ("RuleID File:StartLine") and exactly stderr.
func (r scanRun) check(t *testing.T, findings []string, stderr string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit code %d, want 1 (findings)\nstderr:\n%s", r.code, r.stderr)
	}
	var fs []struct {
		RuleID, File string
		StartLine    int
	}
	if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, r.stdout)
	}
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s %s:%d", f.RuleID, f.File, f.StartLine))
	}
	slices.Sort(got)
	if !slices.Equal(got, findings) {
		t.Errorf("findings %q, want %q", got, findings)
	}
	if r.stderr != stderr {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, stderr)
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string, perm os.FileMode) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), perm); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHostileScanSpecialFiles: a FIFO (one named .gitleaksignore too), a
// socket, a link to /dev/zero, a link loop and a sparse 3 GiB file beside a
// file with a weak secret. The scan finishes at once, reports that secret
// only, notes the big file and the unusable ignore file, and stays small.
func TestHostileScanSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real.env": "JWT_SECRET=changeme\n"}, 0o644)
	for _, name := range []string{"fifo.env", ".gitleaksignore"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l, err := net.Listen("unix", filepath.Join(dir, "socket.env"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for link, target := range map[string]string{"zero.env": "/dev/zero", "loop": "."} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	big, err := os.Create(filepath.Join(dir, "big.env"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := big.WriteString("JWT_SECRET=changeme\n"); err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(3 << 30); err != nil {
		t.Fatal(err)
	}
	big.Close()

	r := runScan(t, jwtlintBin, nil, "--format", "json", dir)
	r.check(t, []string{"weak-secret real.env:1"},
		"jwtlint scan: note: skipped big.env: 3221225472 bytes is over --max-file-size (10 MiB)\n"+
			"jwtlint scan: warning: cannot read .gitleaksignore: not a regular file (not used)\n")
	if r.maxRSS > 200<<20 {
		t.Errorf("peak RSS %d MiB, want under 200 MiB: the big file was read", r.maxRSS>>20)
	}
	if r.elapsed > 30*time.Second {
		t.Errorf("the scan took %v", r.elapsed)
	}
}

// TestHostileScanUnreadable: an unreadable file and an unreadable
// directory are each warned about on stderr, naming them; the other files'
// findings are still reported and the exit code is the findings' (1, or 0
// with none): a warning is not an error.
func TestHostileScanUnreadable(t *testing.T) {
	bin, cred := jwtlintBin, (*syscall.Credential)(nil)
	if os.Geteuid() == 0 {
		// Root reads everything: run as nobody a copy of the command
		// that nobody can execute.
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
		bin = filepath.Join(worldReadableTempDir(t), "jwtlint")
		copyFile(t, jwtlintBin, bin, 0o755)
	}
	dir := worldReadableTempDir(t)
	writeFiles(t, dir, map[string]string{
		"readable.env":       "JWT_SECRET=changeme\n",
		"locked.env":         "JWT_SECRET=letmein\n",
		"private/hidden.env": "JWT_SECRET=hunter2\n",
		"clean/locked.env":   "JWT_SECRET=letmein\n",
	}, 0o644)
	for _, p := range []string{"locked.env", "private", "clean/locked.env"} {
		if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(filepath.Join(dir, p), 0o755) // let t.TempDir remove it
	}

	r := runScan(t, bin, cred, "--format", "json", dir)
	r.check(t, []string{"weak-secret readable.env:1"},
		"jwtlint scan: warning: cannot read clean/locked.env: permission denied (skipped)\n"+
			"jwtlint scan: warning: cannot read directory private: permission denied (skipped)\n"+
			"jwtlint scan: warning: cannot read locked.env: permission denied (skipped)\n")

	r = runScan(t, bin, cred, filepath.Join(dir, "clean"))
	if r.code != 0 || r.stdout != "no findings\n" || r.stderr != "jwtlint scan: warning: cannot read locked.env: permission denied (skipped)\n" {
		t.Errorf("only an unreadable file: exit code %d, want 0\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// worldReadableTempDir is a t.TempDir that every user can list and enter.
func worldReadableTempDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func copyFile(t *testing.T, from, to string, perm os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestHostileScanNotARepository: --git and --staged on a directory outside
// any repository, on a missing path and on a file exit 2 with exactly one
// line on stderr: no gitleaks log, no usage.
func TestHostileScanNotARepository(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".env": "JWT_SECRET=changeme\n"}, 0o644)
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--git", dir}, dir + " is not a git repository: --git needs one (without it, the files under " + dir + " are scanned)"},
		{[]string{"--staged", dir}, dir + " is not a git repository: --staged needs one (without it, the files under " + dir + " are scanned)"},
		{[]string{"--git", filepath.Join(dir, "missing")}, "cannot scan " + filepath.Join(dir, "missing") + ": no such file or directory"},
		{[]string{"--git", filepath.Join(dir, ".env")}, "cannot scan " + filepath.Join(dir, ".env") + " with --git: it is a file, and --git scans a repository (for the history of one file: --git --log-opts='--all -- FILE' on the repository)"},
	} {
		r := runScan(t, jwtlintBin, nil, tc.args...)
		if want := "jwtlint scan: " + tc.want + "\n"; r.code != 2 || r.stdout != "" || r.stderr != want {
			t.Errorf("jwtlint scan %s: exit code %d, want 2\nstdout: %q\nstderr: %q\nwant:   %q", strings.Join(tc.args, " "), r.code, r.stdout, r.stderr, want)
		}
	}
}
