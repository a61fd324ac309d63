package hook

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func gitRepo(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	runGit(t, dir, "init", "-q", "-b", "main")
	runGit(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "--allow-empty", "-m", "initial")
	return dir
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func noScan([]string, io.Writer, io.Writer) int { return 0 }

func hook(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Command(args, Stdio{Out: &out, Err: &errb, Dir: dir}, noScan)
	return code, out.String(), errb.String()
}

func TestInstall(t *testing.T) {
	repo := gitRepo(t)
	code, out, stderr := hook(t, repo, "install", "--jwtlint", "/opt/it's/jwtlint")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(repo, ".git", "hooks", "pre-commit")
	if out != "installed "+path+"\n" {
		t.Errorf("stdout %q", out)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("hook mode %v is not executable", fi.Mode())
	}
	b, _ := os.ReadFile(path)
	for _, want := range []string{marker, `jwtlint='/opt/it'\''s/jwtlint'`, `exec "$jwtlint" hook run` + "\n"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("hook does not contain %q:\n%s", want, b)
		}
	}
	// Installing again updates jwtlint's own hook.
	if code, _, stderr := hook(t, repo, "install", "--jwtlint", "/usr/bin/jwtlint", "--no-analyze"); code != ExitOK {
		t.Fatalf("reinstall: exit %d: %s", code, stderr)
	}
	b, _ = os.ReadFile(path)
	if !strings.Contains(string(b), "jwtlint='/usr/bin/jwtlint'") || !strings.Contains(string(b), "hook run --no-analyze\n") {
		t.Errorf("reinstalled hook:\n%s", b)
	}
	// The script is valid sh.
	if out, err := exec.Command("sh", "-n", path).CombinedOutput(); err != nil {
		t.Errorf("sh -n: %v\n%s", err, out)
	}
}

func TestInstallRefusesForeignHook(t *testing.T) {
	repo := gitRepo(t)
	path := filepath.Join(repo, ".git", "hooks", "pre-commit")
	const foreign = "#!/bin/sh\nmake lint\n"
	if err := os.WriteFile(path, []byte(foreign), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := hook(t, repo, "install", "--jwtlint", "/usr/bin/jwtlint")
	if code != ExitRefused {
		t.Errorf("exit %d, want %d", code, ExitRefused)
	}
	if !strings.Contains(stderr, "exists and jwtlint did not write it") || !strings.Contains(stderr, "--force") {
		t.Errorf("stderr %q", stderr)
	}
	if b, _ := os.ReadFile(path); string(b) != foreign {
		t.Fatalf("foreign hook changed:\n%s", b)
	}

	code, out, stderr := hook(t, repo, "install", "--force", "--jwtlint", "/usr/bin/jwtlint")
	if code != ExitOK {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "pre-commit.jwtlint-backup") {
		t.Errorf("stdout %q does not name the backup", out)
	}
	if b, _ := os.ReadFile(path + ".jwtlint-backup"); string(b) != foreign {
		t.Errorf("backup:\n%s", b)
	}
	// uninstall restores the foreign hook.
	if code, _, stderr := hook(t, repo, "uninstall"); code != ExitOK {
		t.Fatalf("uninstall: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(path); string(b) != foreign {
		t.Errorf("after uninstall:\n%s", b)
	}
	// and then leaves it alone.
	if code, _, _ := hook(t, repo, "uninstall"); code != ExitRefused {
		t.Errorf("uninstall of a foreign hook: exit %d, want %d", code, ExitRefused)
	}
}

func TestInstallHooksPath(t *testing.T) {
	repo := gitRepo(t)
	runGit(t, repo, "config", "core.hooksPath", ".githooks")
	sub := filepath.Join(repo, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := hook(t, sub, "install", "--jwtlint", "/usr/bin/jwtlint"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(repo, ".githooks", "pre-commit")); err != nil {
		t.Errorf("hook not in core.hooksPath: %v", err)
	}
	if _, err := os.Stat(filepath.Join(repo, ".git", "hooks", "pre-commit")); err == nil {
		t.Error("hook written to .git/hooks despite core.hooksPath")
	}
}

func TestInstallWorktree(t *testing.T) {
	repo := gitRepo(t)
	wt := filepath.Join(t.TempDir(), "wt")
	runGit(t, repo, "worktree", "add", "-q", "-b", "feature", wt)
	if code, _, stderr := hook(t, wt, "install", "--jwtlint", "/usr/bin/jwtlint"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Hooks are shared by all worktrees: the main repository's hooks
	// directory.
	if _, err := os.Stat(filepath.Join(repo, ".git", "hooks", "pre-commit")); err != nil {
		t.Errorf("hook not in the repository's hooks: %v", err)
	}
}

func TestNotARepository(t *testing.T) {
	code, _, stderr := hook(t, t.TempDir(), "install", "--jwtlint", "/usr/bin/jwtlint")
	if code != ExitError || !strings.Contains(stderr, "git rev-parse") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestUsage(t *testing.T) {
	if code, _, _ := hook(t, "", "frobnicate"); code != ExitError {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, _, _ := hook(t, ""); code != ExitError {
		t.Errorf("no command: exit %d", code)
	}
	if code, _, stderr := hook(t, "", "install", "--no-analyze", "--no-scan"); code != ExitError || !strings.Contains(stderr, "nothing to check") {
		t.Errorf("--no-analyze --no-scan: exit %d, %q", code, stderr)
	}
}

// run blocks on the scanner's findings and passes when it finds nothing;
// the analyzer part runs only for staged Go files (none here).
func TestRunScan(t *testing.T) {
	repo := gitRepo(t)
	var gotArgs []string
	scan := func(code int) Scanner {
		return func(args []string, _, _ io.Writer) int { gotArgs = args; return code }
	}
	var out, errb bytes.Buffer
	if code := Command([]string{"run"}, Stdio{Out: &out, Err: &errb, Dir: repo}, scan(0)); code != ExitOK {
		t.Errorf("clean: exit %d: %s", code, errb.String())
	}
	if len(gotArgs) != 2 || gotArgs[0] != "--staged" || gotArgs[1] != repo {
		t.Errorf("scanner args %q", gotArgs)
	}
	errb.Reset()
	if code := Command([]string{"run"}, Stdio{Out: &out, Err: &errb, Dir: repo}, scan(1)); code != ExitRefused {
		t.Errorf("findings: exit %d", code)
	}
	if !strings.Contains(errb.String(), "jwtlint: commit blocked:") || !strings.Contains(errb.String(), "git commit --no-verify") {
		t.Errorf("blocked message:\n%s", errb.String())
	}
	errb.Reset()
	if code := Command([]string{"run"}, Stdio{Out: &out, Err: &errb, Dir: repo}, scan(2)); code != ExitRefused || !strings.Contains(errb.String(), "could not check") {
		t.Errorf("scanner error: exit %d:\n%s", code, errb.String())
	}
}
