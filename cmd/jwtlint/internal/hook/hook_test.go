package hook

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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

// The hook's output reads as one report on standard error: a clean scan
// says nothing (not the scanner's "no findings"), and the scanner's findings
// come before the blocked summary.
func TestRunScanOutput(t *testing.T) {
	repo := gitRepo(t)
	scan := func(code int, report string) Scanner {
		return func(_ []string, stdout, _ io.Writer) int { io.WriteString(stdout, report); return code }
	}
	var out, errb bytes.Buffer
	if code := Command([]string{"run", "--no-analyze"}, Stdio{Out: &out, Err: &errb, Dir: repo}, scan(0, "no findings\n")); code != ExitOK || out.Len()+errb.Len() != 0 {
		t.Errorf("clean: exit %d, stdout %q, stderr %q, want nothing", code, out.String(), errb.String())
	}
	finding := "a.env:1:12: weak-secret: JWT_SECRET is a well-known default\n1 finding: 1 weak-secret\n"
	if code := Command([]string{"run", "--no-analyze"}, Stdio{Out: &out, Err: &errb, Dir: repo}, scan(1, finding)); code != ExitRefused {
		t.Errorf("findings: exit %d", code)
	}
	if got := errb.String(); out.Len() != 0 || !strings.HasPrefix(got, finding+"\njwtlint: commit blocked:") {
		t.Errorf("findings: stdout %q, stderr:\n%s\nwant the scanner's report, then the blocked summary", out.String(), got)
	}
}

// fakeAnalyzer is a stand-in for the jwtlint binary, so that these tests
// check which files and packages the hook hands to the analyzer without
// building it (test/integration runs the real one): it reports each line
// holding HARDCODED in the .go files of the packages it is given (exit 3),
// fails on a file holding BROKEN (exit 1), and appends its working directory
// and arguments to $FAKE_LOG, and the replace directives of its go.mod to
// $FAKE_LOG.gomod, and its GOWORK to $FAKE_LOG.env.
const fakeAnalyzer = `#!/bin/sh
echo "$PWD $*" >> "$FAKE_LOG"
[ -f go.mod ] && grep '=>' go.mod >> "$FAKE_LOG.gomod"
echo "GOWORK=$GOWORK" >> "$FAKE_LOG.env"
code=0
for p in "$@"; do
	case "$p" in
	./...) files=$(find . -name '*.go' -not -path '*/testdata/*') ;;
	*) files=$(ls "$p"/*.go 2>/dev/null) ;;
	esac
	for f in $files; do
		f=${f#./}
		if grep -q BROKEN "$f"; then
			echo "$PWD/$f:1:1: expected declaration"
			code=1
		fi
		for n in $(grep -n HARDCODED "$f" | cut -d: -f1); do
			echo "$PWD/$f:$n:2: hard-coded key passed to jwt.Sign (hardcoded-key)"
			[ $code = 0 ] && code=3
		done
	done
done
exit $code
`

type hookRepo struct {
	t    *testing.T
	dir  string
	log  string
	fake string
}

func newHookRepo(t *testing.T) *hookRepo {
	t.Helper()
	r := &hookRepo{t: t, dir: gitRepo(t), log: filepath.Join(t.TempDir(), "log")}
	r.fake = filepath.Join(t.TempDir(), "jwtlint")
	if err := os.WriteFile(r.fake, []byte(fakeAnalyzer), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FAKE_LOG", r.log)
	r.write("go.mod", "module example.com/m\n\ngo 1.22\n")
	r.write("main.go", "package main\n\nfunc main() {}\n")
	r.write("auth/auth.go", "package auth\n\nvar Key = []byte(\"from the environment\")\n")
	r.write("other/other.go", "package other\n")
	runGit(t, r.dir, "add", ".")
	runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "module")
	return r
}

func (r *hookRepo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// run runs "jwtlint hook run --no-scan" and returns its exit code, its
// standard error and the analyzer runs ("DIR ARGS", DIR relative to the
// temporary tree).
func (r *hookRepo) run() (int, string, []string) {
	r.t.Helper()
	os.Remove(r.log)
	var out, errb bytes.Buffer
	code := Command([]string{"run", "--no-scan"}, Stdio{Out: &out, Err: &errb, Dir: r.dir, Jwtlint: r.fake}, noScan)
	var runs []string
	if b, err := os.ReadFile(r.log); err == nil {
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			dir, args, _ := strings.Cut(l, " ")
			// Keep what is below the tree of the index.
			kept := filepath.Join(r.dir, ".git", "jwtlint-hook", "tree")
			rel := ""
			switch i := strings.Index(dir, "jwtlint-hook-"); {
			case dir == kept || strings.HasPrefix(dir, kept+"/"):
				rel = strings.TrimPrefix(strings.TrimPrefix(dir, kept), "/")
			case i >= 0:
				rel = dir[i:]
				if j := strings.IndexByte(rel, '/'); j >= 0 {
					rel = rel[j+1:]
				} else {
					rel = ""
				}
			default:
				r.t.Errorf("the analyzer ran in %s, not in a tree of the index", dir)
			}
			runs = append(runs, strings.TrimSpace(rel+" "+args))
		}
	}
	return code, errb.String(), runs
}

// The analyzer judges what is staged: a staged hard-coded key whose work
// tree copy is clean is blocked, at the staged line, under the repository's
// path; a clean staged file whose work tree copy is dirty passes.
func TestRunJudgesStagedContent(t *testing.T) {
	r := newHookRepo(t)
	r.write("auth/auth.go", "package auth\n\n// A key.\nvar Key = []byte(\"HARDCODED\")\n")
	runGit(t, r.dir, "add", "auth/auth.go")
	r.write("auth/auth.go", "package auth\n\nvar Key = []byte(\"from the environment\")\n")
	code, stderr, runs := r.run()
	if code != ExitRefused {
		t.Errorf("staged hard-coded key, clean work tree: exit %d, want %d\n%s", code, ExitRefused, stderr)
	}
	if want := filepath.Join(r.dir, "auth", "auth.go") + ":4:2: hard-coded key"; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not report %q:\n%s", want, stderr)
	}
	if strings.Contains(stderr, "jwtlint-hook") {
		t.Errorf("stderr names the tree of the index:\n%s", stderr)
	}
	if !strings.Contains(stderr, "jwtlint: analyzing 1 package with staged Go files\n") {
		t.Errorf("stderr does not say what is analyzed:\n%s", stderr)
	}
	if want := []string{"./auth"}; !slices.Equal(runs, want) {
		t.Errorf("analyzer runs %q, want %q", runs, want)
	}

	// Staged clean, work tree dirty.
	runGit(t, r.dir, "add", "auth/auth.go")
	r.write("auth/auth.go", "package auth\n\nvar Key = []byte(\"HARDCODED\")\n")
	r.write("other/other.go", "package other\n\nvar K = \"HARDCODED\"\n")
	if code, stderr, _ := r.run(); code != ExitOK {
		t.Errorf("staged clean, dirty work tree: exit %d\n%s", code, stderr)
	}
}

// Untracked files are not part of the commit: an untracked package that
// does not compile, or holds a finding, does not block it; a staged package
// that does not compile does.
func TestRunIgnoresUntracked(t *testing.T) {
	r := newHookRepo(t)
	r.write("scratch/broken.go", "package scratch\n\nBROKEN\n")
	r.write("auth/new.go", "package auth\n\nvar K = \"HARDCODED\"\n") // untracked file of a staged package
	r.write("main.go", "package main\n\n// changed\nfunc main() {}\n")
	runGit(t, r.dir, "add", "main.go")
	code, stderr, runs := r.run()
	if code != ExitOK {
		t.Errorf("untracked broken package: exit %d\n%s", code, stderr)
	}
	if want := []string{"."}; !slices.Equal(runs, want) {
		t.Errorf("analyzer runs %q, want %q", runs, want)
	}

	runGit(t, r.dir, "add", "scratch/broken.go")
	code, stderr, _ = r.run()
	if code != ExitRefused || !strings.Contains(stderr, filepath.Join(r.dir, "scratch", "broken.go")+":1:1: expected declaration") ||
		!strings.Contains(stderr, "could not check: the analyzer exited 1") {
		t.Errorf("staged broken package: exit %d\n%s", code, stderr)
	}
}

// Only packages with staged Go files are analyzed, each in its module;
// deleted packages, testdata and non-Go files are not; a staged go.mod
// analyzes its whole module.
func TestRunPackages(t *testing.T) {
	r := newHookRepo(t)
	r.write("tools/go.mod", "module example.com/tools\n\ngo 1.22\n")
	r.write("tools/gen/gen.go", "package gen\n")
	r.write("auth/keys.go", "package auth\n")
	runGit(t, r.dir, "add", ".")
	runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "tools")

	r.write("tools/gen/gen.go", "package gen\n\n// changed\n")
	r.write("auth/testdata/fixture.go", "package fixture\n\nBROKEN HARDCODED\n")
	r.write("config.yaml", "a: b\n")
	runGit(t, r.dir, "add", ".")
	runGit(t, r.dir, "rm", "-q", "other/other.go") // the package is gone
	runGit(t, r.dir, "rm", "-q", "auth/keys.go")   // auth stays
	code, stderr, runs := r.run()
	if code != ExitOK {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if want := []string{"./auth", "tools ./gen"}; !slices.Equal(runs, want) {
		t.Errorf("analyzer runs %q, want %q", runs, want)
	}
	if !strings.Contains(stderr, "jwtlint: analyzing 1 package with staged Go files of module tools\n") {
		t.Errorf("stderr:\n%s", stderr)
	}
	runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "x")

	r.write("go.mod", "module example.com/m\n\ngo 1.23\n")
	runGit(t, r.dir, "add", "go.mod")
	if _, stderr, runs := r.run(); !slices.Equal(runs, []string{"./..."}) || !strings.Contains(stderr, "analyzing all packages: its go.mod is staged") {
		t.Errorf("staged go.mod: analyzer runs %q\n%s", runs, stderr)
	}
	runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "y")

	// Nothing Go staged: the analyzer does not run.
	r.write("README", "x\n")
	runGit(t, r.dir, "add", "README")
	if code, _, runs := r.run(); code != ExitOK || len(runs) != 0 {
		t.Errorf("no Go staged: exit %d, analyzer runs %q", code, runs)
	}
}

// A driver that prints paths relative to its working directory (the
// module's) gets them relative to the top of the work tree.
func TestMapPaths(t *testing.T) {
	out := "/tmp/x/sub/a/a.go:3:1: m\na/b.go:1:1: n\n./c.go:2:2: o\nnote: /tmp/x/sub is fine\n"
	got := string(mapPaths([]byte(out), "/tmp/x", "/repo", "sub"))
	want := "/repo/sub/a/a.go:3:1: m\nsub/a/b.go:1:1: n\nsub/c.go:2:2: o\nnote: /repo/sub is fine\n"
	if got != want {
		t.Errorf("mapPaths:\n%s\nwant:\n%s", got, want)
	}
}

// "git commit FILE" and "git commit -a" commit a temporary index that git
// names in GIT_INDEX_FILE for the hook: that index is what is judged.
func TestRunGitIndexFile(t *testing.T) {
	r := newHookRepo(t)
	r.write("auth/auth.go", "package auth\n\nvar Key = []byte(\"HARDCODED\")\n")
	idx := filepath.Join(r.dir, ".git", "next-index-test.lock")
	b, err := os.ReadFile(filepath.Join(r.dir, ".git", "index"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(idx, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_INDEX_FILE", idx)
	runGit(t, r.dir, "add", "auth/auth.go")
	code, stderr, runs := r.run()
	if code != ExitRefused || !slices.Equal(runs, []string{"./auth"}) {
		t.Errorf("key in GIT_INDEX_FILE's index: exit %d, analyzer runs %q\n%s", code, runs, stderr)
	}
	// The repository's own index has nothing staged.
	t.Setenv("GIT_INDEX_FILE", "")
	os.Unsetenv("GIT_INDEX_FILE")
	if code, stderr, runs := r.run(); code != ExitOK || len(runs) != 0 {
		t.Errorf("the repository's index: exit %d, analyzer runs %q\n%s", code, runs, stderr)
	}
}

// A replace directive that points outside the repository (a checkout next
// to it) still resolves in the temporary tree; one inside it is left alone.
func TestRunReplaceOutside(t *testing.T) {
	r := newHookRepo(t)
	sib := filepath.Join(filepath.Dir(r.dir), "sib")
	if err := os.MkdirAll(sib, 0o755); err != nil {
		t.Fatal(err)
	}
	r.write("go.mod", "module example.com/m\n\ngo 1.22\n\nreplace example.com/sib => ../sib\n\nreplace example.com/in v1.0.0 => ./internal/in\n")
	runGit(t, r.dir, "add", "go.mod")
	os.Remove(r.log + ".gomod")
	if code, stderr, _ := r.run(); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	b, err := os.ReadFile(r.log + ".gomod")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(b))
	if !slices.Contains(got, sib) || !slices.Contains(got, "./internal/in") || slices.Contains(got, "../sib") {
		t.Errorf("replace directives in the temporary tree:\n%s\nwant ../sib as %s and ./internal/in as it is", b, sib)
	}
	// The repository's go.mod is unchanged.
	if b, _ := os.ReadFile(filepath.Join(r.dir, "go.mod")); !strings.Contains(string(b), "=> ../sib") {
		t.Errorf("the repository's go.mod changed:\n%s", b)
	}
}

// The tree of the index kept between runs holds exactly the index after
// every run, whatever changed: modified, deleted, added files, a file that
// becomes a directory, a mode change, a symbolic link.
func TestTreeFollowsIndex(t *testing.T) {
	r := newHookRepo(t)
	kept := filepath.Join(r.dir, ".git", "jwtlint-hook", "tree")
	check := func(step string) {
		t.Helper()
		fresh := t.TempDir()
		runGit(t, r.dir, "checkout-index", "--all", "--prefix="+fresh+"/")
		if got, want := listTree(t, kept), listTree(t, fresh); got != want {
			t.Errorf("%s: the kept tree holds\n%s\nthe index\n%s", step, got, want)
		}
	}
	step := func(name string, change func()) {
		t.Helper()
		change()
		runGit(t, r.dir, "add", "-A")
		if code, stderr, _ := r.run(); code != ExitOK {
			t.Fatalf("%s: exit %d\n%s", name, code, stderr)
		}
		check(name)
	}
	step("first run", func() { r.write("main.go", "package main\n\n// 1\nfunc main() {}\n") })
	step("modify and add", func() {
		r.write("main.go", "package main\n\n// 2\nfunc main() {}\n")
		r.write("auth/more.go", "package auth\n")
	})
	step("delete a package", func() { os.RemoveAll(filepath.Join(r.dir, "other")) })
	step("file to directory", func() {
		r.write("notes", "a file\n")
		r.write("main.go", "package main\n\n// 3\nfunc main() {}\n")
	})
	step("file to directory 2", func() {
		os.Remove(filepath.Join(r.dir, "notes"))
		r.write("notes/x.go", "package notes\n")
	})
	step("mode and link", func() {
		os.Chmod(filepath.Join(r.dir, "notes", "x.go"), 0o755)
		os.Symlink("x.go", filepath.Join(r.dir, "notes", "y.go"))
	})
	if _, err := os.Stat(filepath.Join(r.dir, ".git", "jwtlint-hook", "lock")); err == nil {
		t.Error("the lock is left behind")
	}
	// A lost manifest (a run that died half-way) rebuilds the tree.
	os.Remove(filepath.Join(r.dir, ".git", "jwtlint-hook", "manifest"))
	os.WriteFile(filepath.Join(kept, "stray.go"), []byte("package main\n\nBROKEN\n"), 0o644)
	step("rebuild", func() { r.write("main.go", "package main\n\n// 4\nfunc main() {}\n") })

	// Another run holds the lock: this one writes a temporary tree.
	lock := filepath.Join(r.dir, ".git", "jwtlint-hook", "lock")
	if err := os.WriteFile(lock, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r.write("main.go", "package main\n\n// 5\nfunc main() {}\n")
	runGit(t, r.dir, "add", "main.go")
	if code, stderr, runs := r.run(); code != ExitOK || len(runs) != 1 {
		t.Errorf("locked: exit %d, runs %q\n%s", code, runs, stderr)
	}
	if b, _ := os.ReadFile(r.log); !strings.Contains(string(b), "jwtlint-hook-") {
		t.Errorf("locked: the analyzer did not run in a temporary tree: %s", b)
	}
	// A lock left by a run that is gone (an interrupted commit) is taken
	// over; one held by a live process is not.
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pid  int
		kept bool
	}{{dead.Process.Pid, true}, {os.Getpid(), false}} {
		if err := os.WriteFile(lock, []byte(fmt.Sprintf("%d\n", tc.pid)), 0o644); err != nil {
			t.Fatal(err)
		}
		r.write("main.go", fmt.Sprintf("package main\n\n// pid %d\nfunc main() {}\n", tc.pid))
		runGit(t, r.dir, "add", "main.go")
		if code, stderr, _ := r.run(); code != ExitOK {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		b, _ := os.ReadFile(r.log)
		if kept := strings.Contains(string(b), filepath.Join(".git", "jwtlint-hook", "tree")); kept != tc.kept {
			t.Errorf("lock of pid %d (the test's is %d): ran in %s", tc.pid, os.Getpid(), b)
		}
	}
	os.Remove(lock)

	// uninstall removes it.
	if code, _, stderr := hook(t, r.dir, "install", "--jwtlint", r.fake); code != ExitOK {
		t.Fatal(stderr)
	}
	if code, _, stderr := hook(t, r.dir, "uninstall"); code != ExitOK {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(filepath.Join(r.dir, ".git", "jwtlint-hook")); err == nil {
		t.Error("uninstall left .git/jwtlint-hook")
	}
}

// listTree lists the files under dir with their modes and contents (link
// targets for links).
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			fmt.Fprintf(&b, "%s/\n", rel)
		case fi.Mode()&os.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			fmt.Fprintf(&b, "%s -> %s\n", rel, target)
		default:
			data, _ := os.ReadFile(p)
			fmt.Fprintf(&b, "%s %v %q\n", rel, fi.Mode().Perm()&0o111 != 0, data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The commit's go.work is used when git tracks it; an untracked one is the
// developer's and is not.
func TestRunGoWork(t *testing.T) {
	r := newHookRepo(t)
	n := 0
	gowork := func() string {
		t.Helper()
		os.Remove(r.log + ".env")
		n++
		r.write("main.go", fmt.Sprintf("package main\n\n// %d\nfunc main() {}\n", n))
		runGit(t, r.dir, "add", "main.go")
		if code, stderr, _ := r.run(); code != ExitOK {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		b, _ := os.ReadFile(r.log + ".env")
		runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "x")
		return strings.TrimSpace(string(b))
	}
	r.write("go.work", "go 1.22\n\nuse .\n")
	if got := gowork(); got != "GOWORK=off" {
		t.Errorf("untracked go.work: %s, want GOWORK=off", got)
	}
	runGit(t, r.dir, "add", "go.work")
	if got, want := gowork(), "GOWORK="+filepath.Join(r.dir, ".git", "jwtlint-hook", "tree", "go.work"); got != want {
		t.Errorf("tracked go.work: %s, want %s", got, want)
	}
	// A staged go.work analyzes the modules it uses.
	r.write("tools/go.mod", "module example.com/tools\n\ngo 1.22\n")
	r.write("tools/t.go", "package tools\n")
	runGit(t, r.dir, "add", "tools")
	runGit(t, r.dir, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "tools")
	r.write("go.work", "go 1.22\n\nuse (\n\t.\n\t./tools\n)\n")
	runGit(t, r.dir, "add", "go.work")
	if code, stderr, runs := r.run(); code != ExitOK || !slices.Equal(runs, []string{"./...", "tools ./..."}) ||
		!strings.Contains(stderr, "jwtlint: analyzing all packages of module tools: go.work is staged\n") {
		t.Errorf("staged go.work: exit %d, analyzer runs %q\n%s", code, runs, stderr)
	}
}

// In a sparse checkout, the packages outside the work tree's cone are still
// in the index, and in the tree the analyzer runs in.
func TestRunSparseCheckout(t *testing.T) {
	r := newHookRepo(t)
	runGit(t, r.dir, "sparse-checkout", "set", "auth")
	if _, err := os.Stat(filepath.Join(r.dir, "other", "other.go")); err == nil {
		t.Fatal("sparse-checkout left other/other.go in the work tree")
	}
	r.write("auth/auth.go", "package auth\n\n// changed\n")
	runGit(t, r.dir, "add", "auth/auth.go")
	if code, stderr, runs := r.run(); code != ExitOK || !slices.Equal(runs, []string{"./auth"}) {
		t.Fatalf("exit %d, runs %q\n%s", code, runs, stderr)
	}
	for _, f := range []string{"other/other.go", "main.go", "auth/auth.go"} {
		if _, err := os.Stat(filepath.Join(r.dir, ".git", "jwtlint-hook", "tree", f)); err != nil {
			t.Errorf("the tree of the index lacks %s: %v", f, err)
		}
	}
}
