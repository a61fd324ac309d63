package scan

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseLogOpts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"main~20..main", []string{"main~20..main"}},
		{"--all --since=2020-01-01 -n 50", []string{"--all", "--since=2020-01-01", "-n", "50"}},
		{`--author="Ann Author" --grep 'fix: rotate'`, []string{"--author=Ann Author", "--grep", "fix: rotate"}},
		{`-20 ^v1.0 HEAD --no-merges -- config/ "with space.env"`, []string{"-20", "^v1.0", "HEAD", "--no-merges", "--", "config/", "with space.env"}},
		{"--branches=release/* --exclude=*wip* --diff-filter=AM -M50% -m", []string{"--branches=release/*", "--exclude=*wip*", "--diff-filter=AM", "-M50%", "-m"}},
		{`a\ b "x\"y" ''`, []string{"a b", `x"y`, ""}},
		{"-- --output=x", []string{"--", "--output=x"}}, // a pathspec, not an option
	} {
		got, err := parseLogOpts(tc.in)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("parseLogOpts(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, tc := range []struct{ in, err string }{
		{"--output=/tmp/x --all", `"--output=/tmp/x" is not allowed`},
		{"--all --output /tmp/x", `"--output" is not allowed`},
		{"--stat", `"--stat" is not allowed`},
		{"--format=%H", `"--format=%H" is not allowed`},
		{"--pretty=oneline", "not allowed"},
		{"--oneline", "not allowed"},
		{"--name-only", "not allowed"},
		{"-z", "not allowed"},
		{"--color=always", "not allowed"},
		{"--ext-diff", "not allowed"},
		{"--textconv", "not allowed"},
		{"--no-prefix", "not allowed"},
		{"--relative=sub", "not allowed"},
		{"-R", "not allowed"},
		{"--word-diff", "not allowed"},
		{"--graph", "not allowed"},
		{"-s", "not allowed"},
		{"--no-patch", "not allowed"},
		{"--show-signature", "not allowed"},
		{"--decorate", "not allowed"},
		{"--abbrev-commit", "not allowed"},
		{"-c", "not allowed"},
		{"--cc", "not allowed"},
		{"-g", "not allowed"},
		{"--no-such-option", "not allowed"},
		{"--end-of-options", "not allowed"},
		{"-n", "-n needs a value"},
		{`--author="x`, "unterminated \" quote"},
		{`--all \`, "a backslash ends"},
		{"-", `"-" is not a revision`},
	} {
		if got, err := parseLogOpts(tc.in); err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), "--log-opts: ") {
			t.Errorf("parseLogOpts(%q) = %q, %v; want an error with %q", tc.in, got, err, tc.err)
		}
	}
}

// --log-opts that would make git write the secrets elsewhere is refused
// before git runs: exit 2, one line, and no file written.
func TestLogOptsOutputRefused(t *testing.T) {
	r := fixture(t)
	leak := filepath.Join(t.TempDir(), "leak.txt")
	code, out, errs := scan(t, "--git", "--log-opts=--output="+leak+" --all", r.dir)
	if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "--log-opts: \"--output="+leak+"\" is not allowed") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, err := os.Stat(leak); err == nil {
		b, _ := os.ReadFile(leak)
		t.Errorf("git wrote %s (%d bytes)", leak, len(b))
	}
	// Allowed options still scan.
	code, out, errs = scan(t, "--git", "--format", "json", `--log-opts=--all --author="Test Author" -- .env.production`, r.dir)
	if got := summary(decode(t, out)); code != 1 || strings.Join(got, ",") != "weak-secret .env.production:2" {
		t.Errorf("--log-opts with a quoted author and a pathspec: exit %d, %v (%s)", code, got, errs)
	}
}

// A git whose log output is not patches (here a wrapper that adds --stat,
// as a configuration or a future option might) fails the scan: exit 2, not
// "no findings".
func TestGitOutputNotPatches(t *testing.T) {
	r := fixture(t)
	real, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git")
	}
	bin := t.TempDir()
	wrapper := "#!/bin/sh\nfor a in \"$@\"; do if [ \"$a\" = log ]; then exec " + real + " \"$@\" --stat; fi; done\nexec " + real + " \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	code, out, errs := scan(t, "--git", r.dir)
	if code != 2 || strings.Contains(out, "no findings") || !strings.Contains(errs, "git log's output is not the patch stream jwtlint reads") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
