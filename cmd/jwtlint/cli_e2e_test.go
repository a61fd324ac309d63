package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The conventions users bring, with the built binary: a mistyped command or
// rule is one line and exit 2 before any package loads.
func TestCLIConventions(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"scna"}, `jwtlint: unknown command "scna": did you mean "jwtlint scan"?`},
		{[]string{"detect", "-v"}, `jwtlint: unknown command "detect": did you mean "jwtlint scan --git"?`},
		{[]string{"-enable", "hardcoded-keys", "./..."}, `jwtlint: -enable: unknown rule "hardcoded-keys": did you mean hardcoded-key?`},
		{[]string{"sarif", "-disable=shortkey", "./..."}, `jwtlint sarif: -disable: unknown rule "shortkey": did you mean short-key?`},
	} {
		cmd := exec.Command(jwtlintBin, tc.args...)
		cmd.Dir = "../../testdata/example"
		cmd.Env = testEnv()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code != 2 || stdout.Len() != 0 || strings.Count(stderr.String(), "\n") != 1 || !strings.HasPrefix(stderr.String(), tc.want) {
			t.Errorf("jwtlint %s: %v, exit %d, stdout %q, stderr %q; want exit 2 and the one line %q...", strings.Join(tc.args, " "), err, code, stdout.String(), stderr.String(), tc.want)
		}
	}
}

// A report or SARIF log that cannot be written in full (a full disk: here a
// file size limit, which fails writes the same way) leaves the earlier one
// intact, and the command fails with exit 2.
func TestReportWriteFailureKeepsEarlierReport(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	src := t.TempDir()
	for i := range 200 {
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("app%03d.env", i)), []byte("JWT_SECRET=changeme\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		args []string // %s is the report
		dir  string
	}{
		{"scan --report", []string{"scan", "--format", "json", "--report", "%s", src}, ""},
		// A pattern that loads nothing: the log, its rules' documentation
		// alone over 8 KiB, is written quickly.
		{"sarif -o", []string{"sarif", "-o", "%s", "./no-such-package"}, "../../testdata/example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			report := filepath.Join(out, strings.ReplaceAll(tc.name, " ", "_"))
			earlier := []byte("the earlier report\n")
			if err := os.WriteFile(report, earlier, 0o644); err != nil {
				t.Fatal(err)
			}
			args := slices.Clone(tc.args)
			for i := range args {
				args[i] = strings.ReplaceAll(args[i], "%s", report)
			}
			// Writes past 8 KiB fail with EFBIG (SIGXFSZ ignored, as a
			// full disk fails them with ENOSPC); the report is larger.
			cmd := exec.Command("sh", append([]string{"-c", `trap '' XFSZ; ulimit -f 16; exec "$@"`, "sh", jwtlintBin}, args...)...)
			cmd.Dir = tc.dir
			cmd.Env = testEnv()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(stderr.String(), "writing") {
				t.Errorf("exit %d, stderr %q; want exit 2 and a write error", code, stderr.String())
			}
			if b, err := os.ReadFile(report); err != nil || !bytes.Equal(b, earlier) {
				t.Errorf("the earlier report is now %d bytes (%v): %.80q", len(b), err, b)
			}
			if entries, _ := os.ReadDir(out); len(entries) != 1 {
				t.Errorf("files left beside the report: %v", entries)
			}
			os.Remove(report)
			// Without the limit the report is written whole.
			cmd = exec.Command(jwtlintBin, args...)
			cmd.Dir = tc.dir
			cmd.Env = testEnv()
			cmd.Run()
			if b, _ := os.ReadFile(report); len(b) < 16*512 {
				t.Errorf("the report is only %d bytes: the limit proves nothing", len(b))
			}
		})
	}
}
