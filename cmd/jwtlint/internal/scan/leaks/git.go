package leaks

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gitleaks/go-gitdiff/gitdiff"
	"github.com/jwtlint/jwtlint/internal/lazyre"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"
)

// Git is a source of the fragments of a git history (`git log -p -U0`) or of
// what is staged for commit (`git diff -U0 --staged`). It runs the command
// gitleaks' sources.Git runs and yields the same fragments with the same
// commit information (go-gitdiff's own patch and file header parsers decide
// those), but parses the hunks itself as it reads, which is most of the time
// of a history scan: gitleaks' go-gitdiff makes a string of every line of the
// diff, in one goroutine, before its detector lower-cases every fragment.
type Git struct {
	cmd    *exec.Cmd
	stdout *os.File
	stderr io.ReadCloser
	what   string // "git log" or "git diff --staged", for errors
	staged bool   // a diff: no commit headers
	// coalesce: the pipe is large enough for coalescingReader to wait.
	coalesce bool
	// OnCommit, when set, is called as each commit's header is read (from
	// one goroutine).
	OnCommit func()
	// Keep, when set, says which files' fragments reach Scan's found
	// whether or not the detector finds anything in them (with no
	// findings): files the caller reads itself, such as the key files the
	// code reads. It is called from several goroutines.
	Keep func(path string) bool
}

// keep reports whether Keep keeps a file's fragments.
func (g *Git) keep(path string) bool { return g.Keep != nil && g.Keep(path) }

// patchFormat pins what git's configuration could change in its patch
// output: colours, external diff and textconv programs, the a/ and b/
// prefixes, paths relative to a subdirectory. The output is the same as
// without them under git's defaults.
var patchFormat = []string{"--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--no-relative"}

// logFormat pins the commit headers of git log: medium format, full hashes,
// default dates, no decorations, signatures or notes.
var logFormat = []string{"--pretty=medium", "--no-abbrev-commit", "--date=default", "--no-decorate", "--no-show-signature", "--no-notes"}

// DefaultLogOpts returns the git log options GitLog uses when it is given
// none: every commit of every ref, without the deletions (they add nothing).
func DefaultLogOpts() []string { return []string{"--full-history", "--all", "--diff-filter=tuxdb"} }

// GitLog returns a source of the fragments added by every commit of the
// repository at repo: `git log -p -U0 --full-history --all
// --diff-filter=tuxdb`, or logOpts instead of the last three when set (as
// gitleaks --log-opts, whose words the caller has checked). Options that pin
// the output's format come first (patchFormat, logFormat).
func GitLog(ctx context.Context, repo string, logOpts []string) (*Git, error) {
	args := slices.Concat([]string{"log", "-p", "-U0"}, patchFormat, logFormat)
	if len(logOpts) > 0 {
		args = append(args, logOpts...)
	} else {
		args = append(args, DefaultLogOpts()...)
	}
	return startGit(ctx, "git log", repo, args)
}

// GitStaged returns a source of the fragments staged for commit in the
// repository at repo (`git diff -U0 --staged .`, its format pinned).
func GitStaged(ctx context.Context, repo string) (*Git, error) {
	g, err := startGit(ctx, "git diff --staged", repo, slices.Concat([]string{"diff", "-U0"}, patchFormat, []string{"--staged", "."}))
	if g != nil {
		g.staged = true
	}
	return g, err
}

func startGit(ctx context.Context, what, repo string, args []string) (*Git, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", filepath.Clean(repo)}, args...)...)
	// Without GIT_FLUSH=0 git flushes its output after every commit when
	// it goes to a pipe.
	cmd.Env = append(os.Environ(), "GIT_FLUSH=0")
	r, w, coalesce, err := gitPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stdout = w
	stderr, err := cmd.StderrPipe()
	if err != nil {
		r.Close()
		w.Close()
		return nil, err
	}
	err = cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("running %s in %s: %w", what, repo, err)
	}
	return &Git{cmd: cmd, stdout: r, stderr: stderr, what: what, coalesce: coalesce}, nil
}

// GitError is git writing an error to its standard error: gitleaks stops
// there, and so does Git.
type GitError struct {
	What string // "git log" or "git diff --staged"
	Msg  string // git's first line of error
}

func (e *GitError) Error() string { return e.What + ": " + e.Msg }

// Scan runs d over the fragments of git's output and calls found, from
// workers goroutines, with each fragment in which d finds something. One
// goroutine reads and parses git's output and drops the fragments d's
// keyword gate rejects (most of them); the workers run gitleaks' detector
// over the rest. Scan returns when all are done, a *GitError when git
// writes an error.
func (g *Git) Scan(ctx context.Context, d *Detector, workers int, found func(sources.Fragment, []report.Finding)) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stderrDone := make(chan struct{})
	go func() {
		defer close(stderrDone)
		if msg := firstGitError(g.stderr); msg != "" {
			cancel(&GitError{What: g.what, Msg: msg})
		}
	}()

	workers = max(workers, 1)
	work := make(chan []hunk, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for batch := range work {
				for _, h := range batch {
					if ctx.Err() != nil {
						break // drain
					}
					f := h.fragment()
					if fs := d.DetectContext(ctx, detect.Fragment(f)); len(fs) > 0 || g.keep(f.FilePath) {
						found(f, fs)
					}
				}
			}
		})
	}
	var r io.Reader = g.stdout
	if g.coalesce {
		r = &coalescingReader{f: g.stdout}
	}
	// Hunks go to the workers in batches: waking a worker for each costs
	// more than gitleaks' detector takes on most.
	var (
		batch []hunk
		size  int
	)
	send := func() bool {
		select {
		case work <- batch:
			batch, size = nil, 0
			return true
		case <-ctx.Done():
			return false
		}
	}
	p := &diffParser{r: bufio.NewReaderSize(r, 1<<20), onCommit: g.OnCommit, ctx: ctx, diff: g.staged}
	err := p.parse(func(h hunk) bool {
		if !d.mayFind(h.path, h.raw) && !g.keep(h.path) {
			return ctx.Err() == nil
		}
		batch = append(batch, h)
		size += len(h.raw)
		return len(batch) < 64 && size < 1<<20 || send()
	})
	if len(batch) > 0 && err == nil {
		send()
	}
	close(work)
	wg.Wait()
	if err != nil {
		cancel(&FormatError{What: g.what, Err: err})
	}
	if !p.eof {
		// Stopped early: git would block on a full pipe.
		g.cmd.Process.Kill()
	}
	g.stdout.Close()
	<-stderrDone
	waitErr := g.cmd.Wait()
	if cause := context.Cause(ctx); cause != nil {
		return cause
	}
	if waitErr != nil {
		return &GitError{What: g.what, Msg: waitErr.Error()}
	}
	return nil
}

// FormatError is git's output not being the patch stream Git parses:
// options or configuration that reformat it would otherwise hide every
// secret, and the scan would say it found nothing.
type FormatError struct {
	What string // "git log" or "git diff --staged"
	Err  error  // where and why
}

func (e *FormatError) Error() string { return "parsing " + e.What + " output: " + e.Err.Error() }

func (e *FormatError) Unwrap() error { return e.Err }

// coalescingReader reads git's output in large pieces. git writes a few
// kilobytes at a time; a reader that keeps up wakes for each write, and the
// wake-ups (the poller, futexes, the scheduler) cost more than the parsing.
// After a short read it waits a little, so that the next read takes what
// git wrote meanwhile; the pipe must hold a megabyte (gitPipe) for git not
// to wait too.
type coalescingReader struct {
	f     *os.File
	short bool
}

func (r *coalescingReader) Read(p []byte) (int, error) {
	if r.short {
		time.Sleep(coalesceWait)
	}
	n, err := r.f.Read(p)
	r.short = n < min(len(p), 1<<20)/4
	return n, err
}

// coalesceWait is about the time git takes to write a few hundred kilobytes
// of diff, well under the time it takes to fill a megabyte.
const coalesceWait = 4 * time.Millisecond

// firstGitError reads git's standard error to its end and returns its first
// line that is not one of the warnings gitleaks lets pass, or "".
func firstGitError(r io.Reader) string {
	var first string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := sc.Text()
		if first != "" || harmlessGitWarning(l) {
			continue
		}
		first = strings.TrimPrefix(strings.TrimSpace(l), "fatal: ")
		if first == "" {
			first = "(an empty line on standard error)"
		}
	}
	return first
}

// harmlessGitWarning reports whether a line of git's standard error is one
// gitleaks' sources.Git logs as a warning instead of stopping.
func harmlessGitWarning(l string) bool {
	for _, w := range []string{
		"exhaustive rename detection was skipped",
		"inexact rename detection was skipped",
		"you may want to set your diff.renameLimit",
		`See "git help gc" for manual housekeeping`,
		"Auto packing the repository in background for optimum performance",
	} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// diffParser reads `git log -p` or `git diff` output. Like go-gitdiff's
// Parse, which gitleaks uses, it takes the lines from a "commit" line to a
// file's "diff --git" line as the commit's header (go-gitdiff's
// ParsePatchHeader parses it), skips deleted and binary files, and yields
// the added lines of each hunk of the others as one fragment.
type diffParser struct {
	r        *bufio.Reader
	onCommit func()
	ctx      context.Context // parse stops when it is done
	diff     bool            // git diff output: patches without commit headers

	line   []byte // the current line, with its '\n' (none at the end of input)
	long   []byte // holds a line longer than r's buffer
	eof    bool
	lineno int

	pre    []byte  // the lines since the last "commit" line
	commit *commit // of the file being read

	raw    []byte   // a hunk's added lines
	header [][]byte // a file header's lines, for go-gitdiff
}

// next reads the next line into p.line.
func (p *diffParser) next() error {
	if p.eof {
		p.line = nil
		return io.EOF
	}
	l, err := p.r.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		p.long = append(p.long[:0], l...)
		for errors.Is(err, bufio.ErrBufferFull) {
			l, err = p.r.ReadSlice('\n')
			p.long = append(p.long, l...)
		}
		l = p.long
	}
	p.lineno++
	p.line = l
	if err == io.EOF {
		p.eof = true
		if len(l) == 0 {
			return io.EOF
		}
		return nil
	}
	return err
}

// parse reads the whole output, calling emit for each fragment, and stops
// early when emit returns false.
func (p *diffParser) parse(emit func(hunk) bool) error {
	p.commit = &commit{}
	err := p.next()
	inHeader := false // between a commit line and its first file
	for err == nil {
		switch {
		case !p.diff && bytes.HasPrefix(p.line, []byte("commit")):
			if !commitLine().Match(p.line) {
				return p.notPatch()
			}
			inHeader = true
			if p.ctx.Err() != nil {
				return nil
			}
			p.pre = append(p.pre[:0], p.line...)
			if p.onCommit != nil {
				p.onCommit()
			}
			err = p.next()
		case bytes.HasPrefix(p.line, []byte("diff --git ")):
			if bytes.Contains(p.pre, []byte("commit")) {
				p.commit = &commit{header: string(p.pre)}
			}
			p.pre = p.pre[:0]
			inHeader = false
			var ok bool
			ok, err = p.file(emit)
			if !ok {
				return nil
			}
		default:
			// A blank line separates commits; anything else outside a
			// file's patch is a line of a commit's header.
			if !isBlankLine(p.line) && !(inHeader && isHeaderLine(p.line)) {
				return p.notPatch()
			}
			p.pre = append(p.pre, p.line...)
			err = p.next()
		}
	}
	if err == io.EOF {
		return nil
	}
	return err
}

// commitLine is the first line of a commit in git log's medium format
// (with -m, the parent the patch is against follows).
var commitLine = lazyre.New(`^commit [0-9a-f]{40}([0-9a-f]{24})?( \(from [0-9a-f]{40}([0-9a-f]{24})?\))?\r?\n?$`)

// headerPrefixes start the lines of a commit header in git log's medium
// format, after its commit line: the message is indented by four blanks.
var headerPrefixes = [][]byte{[]byte("Merge: "), []byte("Author: "), []byte("Date: "), []byte("    ")}

func isHeaderLine(l []byte) bool { return hasAnyPrefix(l, headerPrefixes) }

func isBlankLine(l []byte) bool { return len(bytes.TrimRight(l, "\r\n")) == 0 }

// notPatch is the error of a line that is not where a patch stream can
// have it.
func (p *diffParser) notPatch() error {
	return fmt.Errorf("line %d is not part of a patch: %q", p.lineno, truncate(bytes.TrimRight(p.line, "\n"), 60))
}

// commit is the header of a commit, parsed when one of its fragments
// passes the keyword gate.
type commit struct {
	// header is the text from the "commit" line to the first file's "diff
	// --git" line; "" for the empty patch header go-gitdiff starts with (a
	// staged diff has no commit).
	header string
	once   sync.Once
	sha    string
	info   *sources.CommitInfo
}

var noRemote = &sources.RemoteInfo{Platform: scm.NoPlatform}

// parse sets c.sha and c.info as gitleaks' sources.Git does, from
// go-gitdiff's patch header: none when the header does not parse.
func (c *commit) parse() {
	c.once.Do(func() {
		h := &gitdiff.PatchHeader{}
		if c.header != "" {
			h, _ = gitdiff.ParsePatchHeader(c.header)
		}
		if h == nil {
			return
		}
		c.sha = h.SHA
		c.info = &sources.CommitInfo{
			Date:    h.AuthorDate.UTC().Format(time.RFC3339),
			Message: h.Message(),
			Remote:  noRemote,
			SHA:     h.SHA,
		}
		if h.Author != nil {
			c.info.AuthorName = h.Author.Name
			c.info.AuthorEmail = h.Author.Email
		}
	})
}

// hunk is the text a hunk adds to a file.
type hunk struct {
	commit *commit
	path   string
	raw    string
	start  int // line of raw in the file
}

func (h hunk) fragment() sources.Fragment {
	h.commit.parse()
	return sources.Fragment{CommitSHA: h.commit.sha, FilePath: h.path, Raw: h.raw, StartLine: h.start, CommitInfo: h.commit.info}
}

// gitHeaderPrefixes start the lines of a file header after "diff --git"
// (go-gitdiff's parseGitHeaderData).
var gitHeaderPrefixes = [][]byte{
	[]byte("--- "), []byte("+++ "), []byte("old mode "), []byte("new mode "),
	[]byte("deleted file mode "), []byte("new file mode "), []byte("copy from "), []byte("copy to "),
	[]byte("rename old "), []byte("rename new "), []byte("rename from "), []byte("rename to "),
	[]byte("similarity index "), []byte("dissimilarity index "), []byte("index "),
}

// file reads one file's header and hunks, p.line being its "diff --git"
// line, and leaves p.line on the line after them. It returns false when emit
// did.
func (p *diffParser) file(emit func(hunk) bool) (bool, error) {
	p.header = append(p.header[:0], append([]byte(nil), p.line...))
	err := p.next()
	for err == nil && hasAnyPrefix(p.line, gitHeaderPrefixes) {
		p.header = append(p.header, append([]byte(nil), p.line...))
		err = p.next()
	}
	if err != nil {
		return true, err
	}
	name, deleted, ok := p.fileName()
	skip := deleted || !ok
	if binary, data := binaryMarker(p.line); binary {
		skip = true
		if err := p.next(); err != nil {
			return true, err
		}
		if data {
			if err := p.skipBinaryPatch(); err != nil {
				return true, err
			}
		}
	}
	for bytes.HasPrefix(p.line, []byte("@@ -")) {
		start, err := p.hunk()
		if err != nil {
			return true, err
		}
		if skip {
			continue
		}
		if !emit(hunk{p.commit, name, string(p.raw), start}) {
			return false, nil
		}
	}
	return true, nil
}

// fileName returns the new name of the file whose header is in p.header,
// and whether the file is deleted. ok is false when go-gitdiff could not
// read the header (gitleaks then skips the file).
func (p *diffParser) fileName() (name string, deleted, ok bool) {
	if name, deleted, ok := simpleHeader(p.header); ok {
		return name, deleted, true
	}
	var b bytes.Buffer
	for _, l := range p.header {
		b.Write(l)
	}
	files, err := gitdiff.Parse(&b)
	if err != nil {
		return "", false, false
	}
	f := <-files
	for range files {
	}
	if f == nil {
		return "", false, false
	}
	return f.NewName, f.IsDelete, true
}

// simpleHeader reads the file headers of plain additions, modifications and
// deletions of a file whose name git does not quote, as go-gitdiff would:
// "diff --git a/P b/P" and lines of modes, index, "--- a/P" or "---
// /dev/null", "+++ b/P" or "+++ /dev/null". Anything else (renames,
// copies, quoted names, names with a space, "//" in them) is not simple.
func simpleHeader(h [][]byte) (name string, deleted, ok bool) {
	first := h[0]
	if first[len(first)-1] != '\n' || bytes.IndexByte(first, '"') >= 0 {
		return "", false, false
	}
	rest := first[len("diff --git ") : len(first)-1]
	if len(rest)%2 == 0 {
		return "", false, false
	}
	n := (len(rest) - 5) / 2
	if n <= 0 || !bytes.HasPrefix(rest, []byte("a/")) || !bytes.Equal(rest[2+n:2+n+3], []byte(" b/")) ||
		!bytes.Equal(rest[2:2+n], rest[2+n+3:]) {
		return "", false, false
	}
	p := rest[2 : 2+n]
	if bytes.Contains(p, []byte("//")) || p[0] == '/' || p[len(p)-1] == '/' {
		return "", false, false
	}
	for _, l := range h[1:] {
		switch {
		case bytes.HasPrefix(l, []byte("index ")), bytes.HasPrefix(l, []byte("new file mode ")),
			bytes.HasPrefix(l, []byte("old mode ")), bytes.HasPrefix(l, []byte("new mode ")):
		case bytes.HasPrefix(l, []byte("deleted file mode ")):
			deleted = true
		case bytes.HasPrefix(l, []byte("--- ")):
			if !isName(l[4:], "a/", p) {
				return "", false, false
			}
		case bytes.HasPrefix(l, []byte("+++ ")):
			if string(l[4:]) == "/dev/null\n" {
				deleted = true
			} else if !isName(l[4:], "b/", p) {
				return "", false, false
			}
		default:
			return "", false, false
		}
	}
	return string(p), deleted, true
}

// isName reports whether l is "/dev/null\n" or prefix+name+"\n".
func isName(l []byte, prefix string, name []byte) bool {
	if string(l) == "/dev/null\n" {
		return true
	}
	return len(l) == len(prefix)+len(name)+1 && string(l[:len(prefix)]) == prefix &&
		bytes.Equal(l[len(prefix):len(l)-1], name) && l[len(l)-1] == '\n'
}

func hasAnyPrefix(l []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

var binaryRegexp = lazyre.New(`^Binary files (/dev/null|a/(.+)|"a/(.+)") and (/dev/null|b/(.+)|"b/(.+)") differ\s*$`)

// binaryMarker reports whether l says a file is binary and whether binary
// patch data follows (go-gitdiff's ParseBinaryMarker).
func binaryMarker(l []byte) (binary, data bool) {
	s := string(l)
	switch {
	case s == "GIT binary patch\n":
		return true, true
	case s == "Binary files differ\n", s == "Files differ\n":
		return true, false
	case strings.HasPrefix(s, "Binary files ") && strings.HasSuffix(s, "differ\n"):
		return true, false
	}
	return binaryRegexp().MatchString(s), false
}

// skipBinaryPatch skips the forward and reverse data of a "GIT binary
// patch": each a "literal N" or "delta N" line, then lines up to an empty
// one.
func (p *diffParser) skipBinaryPatch() error {
	for range 2 {
		if !bytes.HasPrefix(p.line, []byte("literal ")) && !bytes.HasPrefix(p.line, []byte("delta ")) {
			return nil
		}
		for {
			if err := p.next(); err != nil {
				return err
			}
			if len(p.line) == 0 || p.line[0] == '\n' {
				break
			}
		}
		if err := p.next(); err != nil {
			return err
		}
	}
	return nil
}

// hunk reads the hunk at p.line into p.raw (its added lines, without their
// '+'), returns its first line in the new file, and leaves p.line on the
// line after it. Like go-gitdiff, it drops the last added line's newline
// when a "\ No newline at end of file" follows it.
func (p *diffParser) hunk() (int, error) {
	oldLines, newStart, newLines, ok := hunkHeader(p.line)
	if !ok {
		return 0, fmt.Errorf("line %d: invalid hunk header %q", p.lineno, bytes.TrimSpace(p.line))
	}
	p.raw = p.raw[:0]
	lastAdded := false
	err := p.next()
	for err == nil && (oldLines > 0 || newLines > 0) {
		switch p.line[0] {
		case ' ', '\n':
			oldLines--
			newLines--
			lastAdded = false
		case '-':
			oldLines--
			lastAdded = false
		case '+':
			newLines--
			p.raw = append(p.raw, p.line[1:]...)
			lastAdded = true
		case '\\':
			if isNoNewlineMarker(p.line) {
				if lastAdded {
					p.raw = bytes.TrimSuffix(p.raw, []byte("\n"))
				}
				break
			}
			fallthrough
		default:
			return 0, fmt.Errorf("line %d: invalid line in hunk: %q", p.lineno, truncate(p.line, 40))
		}
		err = p.next()
	}
	if err != nil && err != io.EOF {
		return 0, err
	}
	if oldLines != 0 || newLines != 0 {
		return 0, fmt.Errorf("line %d: hunk header miscounts lines", p.lineno)
	}
	if err == nil && isNoNewlineMarker(p.line) {
		if lastAdded {
			p.raw = bytes.TrimSuffix(p.raw, []byte("\n"))
		}
		err = p.next()
		if err != nil && err != io.EOF {
			return 0, err
		}
	}
	return int(newStart), nil
}

func isNoNewlineMarker(l []byte) bool { return len(l) >= 12 && l[0] == '\\' && l[1] == ' ' }

// hunkHeader parses "@@ -a[,b] +c[,d] @@..." (go-gitdiff's
// ParseTextFragmentHeader) and returns b, c and d.
func hunkHeader(l []byte) (oldLines, newStart, newLines int64, ok bool) {
	s := string(l)
	parts := strings.SplitAfterN(s, " @@", 2)
	if len(parts) < 2 {
		return 0, 0, 0, false
	}
	ranges := strings.Split(parts[0][len("@@ -"):len(parts[0])-len(" @@")], " +")
	if len(ranges) != 2 {
		return 0, 0, 0, false
	}
	_, oldLines, ok1 := parseRange(ranges[0])
	newStart, newLines, ok2 := parseRange(ranges[1])
	return oldLines, newStart, newLines, ok1 && ok2
}

func parseRange(s string) (start, n int64, ok bool) {
	a, b, comma := strings.Cut(s, ",")
	start, err := strconv.ParseInt(a, 10, 64)
	if err != nil {
		return 0, 0, false
	}
	if !comma {
		return start, 1, true
	}
	n, err = strconv.ParseInt(b, 10, 64)
	return start, n, err == nil
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
