// Package hook implements "jwtlint hook": it installs a git pre-commit hook
// that blocks commits adding weak, hard-coded or misused JWT keys, and is the
// code that hook runs.
package hook

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/scan"
)

// Exit codes of "jwtlint hook".
const (
	ExitOK      = 0
	ExitRefused = 1 // install: a hook that is not jwtlint's exists; run: commit blocked
	ExitError   = 2
)

// marker identifies a hook written by "jwtlint hook install", which install
// may replace and uninstall may remove.
const marker = "# Written by \"jwtlint hook install\"."

const usageText = `usage: jwtlint hook install [--force] [--no-analyze] [--no-scan] [--jwtlint PATH]
       jwtlint hook uninstall
       jwtlint hook run [--no-analyze] [--no-scan]

install writes the pre-commit hook of the repository in the current directory
(git rev-parse --git-path hooks: core.hooksPath and worktrees are honoured).
The hook runs "jwtlint hook run", which blocks the commit when
  - "jwtlint scan --staged" finds a weak, short or committed JWT secret in the
    staged files (.env, YAML, JSON, ...), or
  - Go files are staged and the analyzer, run on the staged content of the
    packages with staged Go files (all of a module whose go.mod is staged),
    reports a hard-coded, predictable or undersized key or an unrestricted
    algorithm, or those packages do not load. Untracked files and unstaged
    changes are not part of the commit and are not analyzed; positions are
    those of the staged content. The staged files are written to
    .git/jwtlint-hook/tree, kept between commits (uninstall removes it).
Skip it once with "git commit --no-verify".

"jwtlint hook run" prints nothing when the commit is clean; otherwise the
findings and a "commit blocked" summary, all on standard error.

Exit codes: 0 done (run: nothing found); 1 install: a pre-commit hook that
jwtlint did not write exists (use --force, which keeps it as
pre-commit.jwtlint-backup), run: commit blocked; 2 usage, git or I/O error.
`

// Stdio holds the streams and the working directory of a run.
type Stdio struct {
	Out, Err io.Writer
	Dir      string // "" for the current directory
	// Jwtlint is the jwtlint binary that "hook run" runs as the analyzer;
	// "" for this executable.
	Jwtlint string
}

// Scanner runs "jwtlint scan" with args and returns its exit code; the
// command passes the scan package's Main.
type Scanner func(args []string, stdout, stderr io.Writer) int

// Main runs "jwtlint hook" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return Command(args, Stdio{Out: stdout, Err: stderr}, func(a []string, o, e io.Writer) int { return scan.Main(a, stdin, o, e) })
}

// Command runs "jwtlint hook" with args in s.Dir; scan runs the scanner.
func Command(args []string, s Stdio, scan Scanner) int {
	if len(args) == 0 {
		fmt.Fprint(s.Err, usageText)
		return ExitError
	}
	switch args[0] {
	case "install":
		return install(args[1:], s)
	case "uninstall":
		return uninstall(args[1:], s)
	case "run":
		return run(args[1:], s, scan)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(s.Out, usageText)
		return ExitOK
	}
	fmt.Fprintf(s.Err, "jwtlint hook: unknown command %q\n\n%s", args[0], usageText)
	return ExitError
}

func newFlags(name string, s Stdio) *flag.FlagSet {
	fs := flag.NewFlagSet("jwtlint hook "+name, flag.ContinueOnError)
	fs.SetOutput(s.Err)
	fs.Usage = func() {
		fmt.Fprint(s.Err, usageText+"\nFlags:\n")
		fs.PrintDefaults()
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string, s Stdio) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK, false
		}
		return ExitError, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(s.Err, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return ExitError, false
	}
	return 0, true
}

// git runs git in dir and returns its trimmed standard output.
func git(dir string, args ...string) (string, error) {
	out, err := gitRaw(dir, args...)
	return strings.TrimSpace(out), err
}

// hookPath returns the path of the pre-commit hook of the repository at dir:
// git rev-parse --git-path hooks honours core.hooksPath and resolves a
// worktree's hooks to the main repository's.
func hookPath(dir string) (string, error) {
	hooks, err := git(dir, "rev-parse", "--git-path", "hooks")
	if err != nil {
		return "", err
	}
	if !filepath.IsAbs(hooks) {
		abs, err := filepath.Abs(filepath.Join(dirOr(dir), hooks))
		if err != nil {
			return "", err
		}
		hooks = abs
	}
	return filepath.Join(hooks, "pre-commit"), nil
}

func dirOr(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}

// script returns the hook: a shell script that runs "jwtlint hook run" with
// the binary at path, or the jwtlint on PATH when that is gone.
func script(path string, runArgs []string) string {
	args := ""
	for _, a := range runArgs {
		args += " " + a
	}
	return fmt.Sprintf(`#!/bin/sh
%s
# Blocks commits that add weak, hard-coded or misused JWT keys.
# Skip it once with: git commit --no-verify
jwtlint=%s
if [ ! -x "$jwtlint" ]; then
	jwtlint=jwtlint
fi
exec "$jwtlint" hook run%s
`, marker, shellQuote(path), args)
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func install(args []string, s Stdio) int {
	fs := newFlags("install", s)
	force := fs.Bool("force", false, "replace an existing pre-commit hook that jwtlint did not write, keeping it as pre-commit.jwtlint-backup")
	noAnalyze := fs.Bool("no-analyze", false, "do not run the analyzer on staged Go code")
	noScan := fs.Bool("no-scan", false, "do not scan staged files for weak secrets")
	bin := fs.String("jwtlint", "", "`path` of the jwtlint binary the hook runs (default: this one)")
	if code, ok := parse(fs, args, s); !ok {
		return code
	}
	if *noAnalyze && *noScan {
		fmt.Fprintln(s.Err, "jwtlint hook install: --no-analyze and --no-scan leave nothing to check")
		return ExitError
	}
	path, err := hookPath(s.Dir)
	if err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
		return ExitError
	}
	if *bin == "" {
		if *bin, err = executable(); err != nil {
			fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
			return ExitError
		}
	}
	var runArgs []string
	if *noAnalyze {
		runArgs = append(runArgs, "--no-analyze")
	}
	if *noScan {
		runArgs = append(runArgs, "--no-scan")
	}
	old, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
		return ExitError
	case bytes.Contains(old, []byte(marker)):
		// Ours: update it in place.
	case !*force:
		fmt.Fprintf(s.Err, "jwtlint hook install: %s exists and jwtlint did not write it; not replacing it.\n"+
			"Call jwtlint from it (jwtlint hook run), use a hook manager (pre-commit, lefthook), or replace it with --force (which keeps it as pre-commit.jwtlint-backup).\n", path)
		return ExitRefused
	default:
		backup := path + ".jwtlint-backup"
		if err := os.Rename(path, backup); err != nil {
			fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
			return ExitError
		}
		fmt.Fprintf(s.Out, "kept the previous hook as %s\n", backup)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
		return ExitError
	}
	if err := os.WriteFile(path, []byte(script(*bin, runArgs)), 0o755); err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
		return ExitError
	}
	// WriteFile keeps the mode of an existing file.
	if err := os.Chmod(path, 0o755); err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook install: %v\n", err)
		return ExitError
	}
	fmt.Fprintf(s.Out, "installed %s\n", path)
	return ExitOK
}

func executable() (string, error) {
	p, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("finding the jwtlint binary: %w (use --jwtlint PATH)", err)
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	return p, nil
}

func uninstall(args []string, s Stdio) int {
	fs := newFlags("uninstall", s)
	if code, ok := parse(fs, args, s); !ok {
		return code
	}
	path, err := hookPath(s.Dir)
	if err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook uninstall: %v\n", err)
		return ExitError
	}
	old, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(s.Out, "no pre-commit hook at %s\n", path)
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook uninstall: %v\n", err)
		return ExitError
	}
	if !bytes.Contains(old, []byte(marker)) {
		fmt.Fprintf(s.Err, "jwtlint hook uninstall: %s was not written by jwtlint; leaving it\n", path)
		return ExitRefused
	}
	if err := os.Remove(path); err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook uninstall: %v\n", err)
		return ExitError
	}
	// The copy of the index that "hook run" keeps.
	if top, err := git(s.Dir, "rev-parse", "--show-toplevel"); err == nil {
		if err := removeState(top); err != nil {
			fmt.Fprintf(s.Err, "jwtlint hook uninstall: %v\n", err)
			return ExitError
		}
	}
	backup := path + ".jwtlint-backup"
	if _, err := os.Stat(backup); err == nil {
		if err := os.Rename(backup, path); err != nil {
			fmt.Fprintf(s.Err, "jwtlint hook uninstall: %v\n", err)
			return ExitError
		}
		fmt.Fprintf(s.Out, "removed jwtlint's hook; restored %s\n", path)
		return ExitOK
	}
	fmt.Fprintf(s.Out, "removed %s\n", path)
	return ExitOK
}

// run is the hook itself. git runs a pre-commit hook at the top of the work
// tree.
func run(args []string, s Stdio, scan Scanner) int {
	fs := newFlags("run", s)
	noAnalyze := fs.Bool("no-analyze", false, "do not run the analyzer on staged Go code")
	noScan := fs.Bool("no-scan", false, "do not scan staged files for weak secrets")
	if code, ok := parse(fs, args, s); !ok {
		return code
	}
	top, err := git(s.Dir, "rev-parse", "--show-toplevel")
	if err != nil {
		fmt.Fprintf(s.Err, "jwtlint hook run: %v\n", err)
		return ExitError
	}
	var blocked, failed []string
	if !*noScan {
		// The scanner's report joins the analyzer's and the summary on
		// standard error, as one report; a clean scan says nothing.
		var report bytes.Buffer
		code := scan([]string{"--staged", top}, &report, s.Err)
		if code != 0 {
			s.Err.Write(report.Bytes())
		}
		switch code {
		case 0:
		case 1:
			blocked = append(blocked, "weak or committed JWT secrets in staged files (jwtlint scan --staged)")
		default:
			failed = append(failed, fmt.Sprintf("jwtlint scan --staged exited %d", code))
		}
	}
	if !*noAnalyze {
		self := s.Jwtlint
		if self == "" {
			if self, err = executable(); err != nil {
				fmt.Fprintf(s.Err, "jwtlint hook run: %v\n", err)
				return ExitError
			}
		}
		switch code, err := analyzeStaged(top, self, s); {
		case err != nil:
			failed = append(failed, err.Error())
		case code == 0:
		case code == 3:
			blocked = append(blocked, "weak, hard-coded or misused JWT keys in the staged Go code")
		default:
			failed = append(failed, fmt.Sprintf("the analyzer exited %d: the staged packages do not load or type-check (their errors are above)", code))
		}
	}
	if len(blocked) == 0 && len(failed) == 0 {
		return ExitOK
	}
	var b strings.Builder
	b.WriteString("\njwtlint: commit blocked:\n")
	for _, r := range blocked {
		fmt.Fprintf(&b, "  - %s\n", r)
	}
	for _, r := range failed {
		fmt.Fprintf(&b, "  - could not check: %s\n", r)
	}
	b.WriteString(`Fix the findings above: load keys from the environment or a secret manager,
generate new ones with "jwtlint gen", and keep .env files out of git.
A false positive in Go code: //jwtlint:ignore RULE -- reason.
Skip the hook once: git commit --no-verify.
`)
	fmt.Fprint(s.Err, b.String())
	return ExitRefused
}
