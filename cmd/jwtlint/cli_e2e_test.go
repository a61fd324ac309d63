package main

import (
	"bytes"
	"os/exec"
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
