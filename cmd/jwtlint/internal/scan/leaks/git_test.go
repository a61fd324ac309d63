package leaks

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/fatih/semgroup"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/sources"
)

// gitRepo makes a repository in a temporary directory, driven by the real
// git with a fixed identity and no user or system configuration, and
// returns a function running git in it.
func gitRepo(t *testing.T) (dir string, git func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir = t.TempDir()
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	git = func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(),
			"GIT_AUTHOR_NAME=Ann Author", "GIT_AUTHOR_EMAIL=ann@example.com",
			"GIT_COMMITTER_NAME=Ann Author", "GIT_COMMITTER_EMAIL=ann@example.com",
			"GIT_AUTHOR_DATE=2026-01-02T03:04:05+0100", "GIT_COMMITTER_DATE=2026-01-02T03:04:05+0100")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	return dir, git
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// trickyHistory commits what go-gitdiff's and Git's parsers must agree on:
// additions, edits, deletions, renames, copies, mode changes, binary and
// empty files, names git quotes or that hold spaces, a missing final
// newline, CRLF, a line longer than the parser's buffer, and a merge.
func trickyHistory(t *testing.T) string {
	dir, git := gitRepo(t)
	commit := func(msg string) {
		t.Helper()
		git("add", "-A")
		git("commit", "-q", "--allow-empty", "-m", msg)
	}
	writeFiles(t, dir, map[string]string{
		"a.txt":             "one\ntwo\nthree\n",
		"conf/app.yaml":     "jwt:\n  secret: changeme\n",
		"with space.env":    "JWT_SECRET=abc\n",
		"tab\tname.txt":     "tab\n",
		"ünïcode/ключ.json": `{"key": "value"}` + "\n",
		"quote\"d.txt":      "q\n",
		"noeol.txt":         "no newline",
		"crlf.ini":          "[jwt]\r\nkey = x\r\n",
		"empty.txt":         "",
		"bin.dat":           "\x00\x01\x02binary",
		"a//b.txt":          "",
	})
	commit("first\n\nwith a body\nof two lines")
	writeFiles(t, dir, map[string]string{
		"a.txt":     "one\n2\nthree\nfour\n",
		"noeol.txt": "no newline still",
		"long.txt":  strings.Repeat("x", 3<<20) + "\nshort\n",
		"bin.dat":   "\x00\x03binary again",
	})
	os.Remove(filepath.Join(dir, "empty.txt"))
	commit("second")
	git("mv", "conf/app.yaml", "conf/renamed.yaml")
	writeFiles(t, dir, map[string]string{"conf/renamed.yaml": "jwt:\n  secret: changeme\n  algorithm: HS512\n"})
	os.Chmod(filepath.Join(dir, "a.txt"), 0o755)
	commit("rename and chmod")
	git("checkout", "-q", "-b", "side", "HEAD~1")
	writeFiles(t, dir, map[string]string{"side.txt": "side\n", "a.txt": "one\n2\nthree\nfour\nfive\n"})
	commit("on a side branch")
	git("checkout", "-q", "main")
	git("merge", "-q", "--no-edit", "-m", "merge side", "side")
	writeFiles(t, dir, map[string]string{"noeol.txt": "now\nwith\nnewline\n", "copy of a.txt": "one\n2\nthree\nfour\nfive\n"})
	commit("last")
	commit("empty")
	return dir
}

// fragmentKey is a fragment as text, for comparisons.
func fragmentKey(f sources.Fragment) string {
	info := "<nil>"
	if f.CommitInfo != nil {
		c := *f.CommitInfo
		c.Remote = nil
		info = fmt.Sprintf("%+v", c)
	}
	return fmt.Sprintf("%s %q %d %q %s", f.CommitSHA, f.FilePath, f.StartLine, f.Raw, info)
}

// gitleaksFragments returns the fragments gitleaks' own sources.Git yields.
func gitleaksFragments(t *testing.T, dir, logOpts string, staged bool) []string {
	t.Helper()
	var (
		cmd *sources.GitCmd
		err error
	)
	if staged {
		cmd, err = sources.NewGitDiffCmdContext(context.Background(), dir, true)
	} else {
		cmd, err = sources.NewGitLogCmdContext(context.Background(), dir, logOpts)
	}
	if err != nil {
		t.Fatal(err)
	}
	src := &sources.Git{Cmd: cmd, Config: &config.Config{}, Remote: &sources.RemoteInfo{Platform: scm.NoPlatform},
		Sema: semgroup.NewGroup(context.Background(), 4)}
	var (
		mu  sync.Mutex
		out []string
	)
	err = src.Fragments(context.Background(), func(f sources.Fragment, err error) error {
		if err != nil {
			return err
		}
		mu.Lock()
		out = append(out, fragmentKey(f))
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// ourFragments returns the fragments Git's parser yields, keyword gate or
// not.
func ourFragments(t *testing.T, g *Git) []string {
	t.Helper()
	p := &diffParser{r: bufio.NewReaderSize(g.stdout, 1<<20), ctx: context.Background()}
	var out []string
	if err := p.parse(func(h hunk) bool {
		out = append(out, fragmentKey(h.fragment()))
		return true
	}); err != nil {
		t.Fatal(err)
	}
	if err := g.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func TestGitLogFragmentsAsGitleaks(t *testing.T) {
	dir := trickyHistory(t)
	for _, opts := range []string{"", "main", "-U3 --all", "--no-renames --all", "--binary --all", "-m --all", "HEAD~2..HEAD"} {
		t.Run(opts, func(t *testing.T) {
			want := gitleaksFragments(t, dir, opts, false)
			g, err := GitLog(context.Background(), dir, strings.Fields(opts))
			if err != nil {
				t.Fatal(err)
			}
			got := ourFragments(t, g)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("fragments differ from gitleaks'\ngot:\n%s\nwant:\n%s", shorten(got), shorten(want))
			}
			if len(got) < 2 {
				t.Errorf("only %d fragments", len(got))
			}
		})
	}
}

func TestGitStagedFragmentsAsGitleaks(t *testing.T) {
	dir := trickyHistory(t)
	writeFiles(t, dir, map[string]string{"staged.env": "JWT_SECRET=staged\n", "a.txt": "changed\n"})
	cmd := exec.Command("git", "-C", dir, "add", "-A")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := gitleaksFragments(t, dir, "", true)
	g, err := GitStaged(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	got := ourFragments(t, g)
	if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) != 2 {
		t.Errorf("staged fragments\ngot:\n%s\nwant:\n%s", shorten(got), shorten(want))
	}
}

func shorten(fs []string) string {
	var b strings.Builder
	for _, f := range fs {
		if len(f) > 300 {
			f = f[:300] + "…"
		}
		b.WriteString(f + "\n")
	}
	return b.String()
}

func TestGitErrors(t *testing.T) {
	dir, git := gitRepo(t)
	git("commit", "-q", "--allow-empty", "-m", "empty")
	d := NewDetector(context.Background(), Builtin(), nil)
	g, err := GitLog(context.Background(), dir, []string{"--no-such-option"})
	if err != nil {
		t.Fatal(err)
	}
	err = g.Scan(context.Background(), d, 2, nil)
	ge, ok := err.(*GitError)
	if !ok || ge.What != "git log" || !strings.Contains(ge.Msg, "no-such-option") {
		t.Errorf("bad option: err = %v, want a GitError naming it", err)
	}
}

func TestDiffParserMalformed(t *testing.T) {
	const file = "commit 0123456789abcdef0123456789abcdef01234567\nAuthor: A <a@example.com>\nDate:   Fri Jan 2 03:04:05 2026 +0100\n\n    m\n\ndiff --git a/f.txt b/f.txt\nindex 1..2 100644\n--- a/f.txt\n+++ b/f.txt\n"
	for _, tc := range []struct {
		in, err string
		frags   int
	}{
		{file + "@@ -1 +1 @@\n-a\n+b\n", "", 1},
		{file + "@@ -1 +1,2 @@\n-a\n+b\n", "miscounts", 0},
		{file + "@@ -1 +1 @@\n-a\n*b\n", "invalid line", 0},
		{file + "@@ -x +1 @@\n+b\n", "invalid hunk header", 0},
		{file + "@@ -0,0 +1 @@\n+no newline\n\\ No newline at end of file\n", "", 1},
		{file + "Binary files a/f.txt and b/f.txt differ\n", "", 0},
		{file, "", 0},
		{"", "", 0},
	} {
		p := &diffParser{r: bufio.NewReader(strings.NewReader(tc.in)), ctx: context.Background()}
		var got []sources.Fragment
		err := p.parse(func(h hunk) bool {
			got = append(got, h.fragment())
			return true
		})
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%q: err = %v, want %q", tc.in[len(tc.in)-min(len(tc.in), 40):], err, tc.err)
		}
		if tc.err == "" && len(got) != tc.frags {
			t.Errorf("%q: %d fragments, want %d", tc.in[len(tc.in)-min(len(tc.in), 40):], len(got), tc.frags)
		}
		for _, f := range got {
			if f.CommitSHA != "0123456789abcdef0123456789abcdef01234567" || f.FilePath != "f.txt" || f.CommitInfo.AuthorEmail != "a@example.com" ||
				strings.HasSuffix(tc.in, "file\n") && f.Raw != "no newline" {
				t.Errorf("fragment %+v", f)
			}
		}
	}
}

// Output that is not the patch stream (a reformatting option or
// configuration that slipped through) is an error, never an empty scan.
func TestDiffParserNotPatches(t *testing.T) {
	const sha = "0123456789abcdef0123456789abcdef01234567"
	header := "commit " + sha + "\nAuthor: A <a@example.com>\nDate:   Fri Jan 2 03:04:05 2026 +0100\n\n    m\n\n"
	patch := "diff --git a/f.env b/f.env\nnew file mode 100644\nindex 0000000..2222222\n--- /dev/null\n+++ b/f.env\n@@ -0,0 +1 @@\n+JWT_SECRET=changeme\n"
	for _, tc := range []struct {
		name, in string
		diff     bool
		err      string
	}{
		{"patches", header + patch + "\n" + header + patch, false, ""},
		{"merge against a parent (-m)", "commit " + sha + " (from " + sha + ")\nMerge: 0123456 89abcde\n" + header[len("commit "+sha+"\n"):] + patch, false, ""},
		{"staged diff", patch + patch, true, ""},
		{"no commits", "", false, ""},
		{"--stat", header + " f.env | 1 +\n 1 file changed, 1 insertion(+)\n", false, `line 7 is not part of a patch: " f.env | 1 +"`},
		{"--stat before the patch", header + " f.env | 1 +\n\n" + patch, false, "line 7 is not part of a patch"},
		{"--oneline", "0123456 m\n" + patch, false, `line 1 is not part of a patch: "0123456 m"`},
		{"--name-only", header + "f.env\n", false, `line 7 is not part of a patch: "f.env"`},
		{"abbreviated commit", "commit 0123456\n" + patch, false, "line 1 is not part of a patch"},
		{"decorated commit", "commit " + sha + " (HEAD -> main)\n" + patch, false, "line 1 is not part of a patch"},
		{"a commit in a staged diff", header + patch, true, "line 1 is not part of a patch"},
		{"text after the patch", header + patch + "Notes:\n    n\n", false, `line 14 is not part of a patch: "Notes:"`},
		{"coloured", "\x1b[33mcommit " + sha + "\x1b[m\n" + patch, false, "line 1 is not part of a patch"},
	} {
		p := &diffParser{r: bufio.NewReader(strings.NewReader(tc.in)), ctx: context.Background(), diff: tc.diff}
		n := 0
		err := p.parse(func(h hunk) bool { n++; return true })
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err == "" && strings.Count(tc.in, "@@ -0,0") != n:
			t.Errorf("%s: %d fragments", tc.name, n)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
}

// The configuration of the repository or the user cannot reformat what Git
// reads: colours, prefixes, one-line or decorated commits, abbreviated
// hashes, relative paths and dates are pinned on the command line.
func TestGitLogFormatPinned(t *testing.T) {
	dir := trickyHistory(t)
	want := gitleaksFragments(t, dir, "", false)
	for _, kv := range [][2]string{
		{"color.ui", "always"}, {"color.diff", "always"}, {"diff.noprefix", "true"}, {"diff.mnemonicPrefix", "true"},
		{"format.pretty", "oneline"}, {"log.abbrevCommit", "true"}, {"log.decorate", "full"}, {"log.date", "relative"},
		{"diff.relative", "true"}, {"diff.external", "/bin/false"}, {"notes.displayRef", "refs/notes/*"},
	} {
		if out, err := exec.Command("git", "-C", dir, "config", kv[0], kv[1]).CombinedOutput(); err != nil {
			t.Fatalf("git config %v: %v\n%s", kv, err, out)
		}
	}
	g, err := GitLog(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := ourFragments(t, g); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("with a reformatting configuration, fragments\n%s\nwant (gitleaks', without it):\n%s", shorten(got), shorten(want))
	}
}
