package scan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/scan/leaks"
)

// gitOutput runs git in dir and returns its standard output; an error
// carries git's first line of standard error.
func gitOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if msg == "" {
			msg = err.Error()
		}
		return out, errors.New(strings.TrimPrefix(msg, "fatal: "))
	}
	return out, nil
}

// trackedFiles returns the files of the git work tree at dir that are in
// the index (tracked), relative to dir with forward slashes, or nil when dir
// is not in a work tree.
func trackedFiles(ctx context.Context, dir string) map[string]bool {
	out, err := gitOutput(ctx, dir, "ls-files", "-z", "--recurse-submodules")
	if err != nil {
		return nil
	}
	m := map[string]bool{}
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			m[p] = true
		}
	}
	return m
}

// catFile reads blobs through one long-running `git cat-file --batch`.
type catFile struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startCatFile(ctx context.Context, repo string) (*catFile, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", repo, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}, nil
}

// blob returns the content of object (such as "commit:path" or ":path" for
// the index) if it is a blob of at most maxSize bytes.
func (c *catFile) blob(object string, maxSize int64) ([]byte, bool) {
	if strings.ContainsAny(object, "\n\r") {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.in, object+"\n"); err != nil {
		return nil, false
	}
	b, err := c.next(maxSize)
	return b, err == nil && b != nil
}

// each is blob of every object, with the requests written by another
// goroutine while the answers are read, in order: fn gets each blob of at
// most maxSize bytes, nil for any other object. When an answer cannot be
// read, cat-file is killed (so the writer stops) and later calls of blob
// fail.
func (c *catFile) each(objects []string, maxSize int64, fn func(i int, b []byte)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	done := make(chan struct{})
	go func() {
		defer close(done)
		w := bufio.NewWriter(c.in)
		for _, o := range objects {
			if strings.ContainsAny(o, "\n\r") || o == "" {
				o = "-" // "- missing": keeps the answers in step
			}
			if _, err := w.WriteString(o + "\n"); err != nil {
				return
			}
		}
		w.Flush()
	}()
	defer func() { <-done }()
	for i := range objects {
		b, err := c.next(maxSize)
		if err != nil {
			c.cmd.Process.Kill()
			return
		}
		fn(i, b)
	}
}

// next reads one answer of cat-file: the blob, or nil for a missing
// object, another type or a larger blob.
func (c *catFile) next(maxSize int64) ([]byte, error) {
	hdr, err := c.out.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(hdr)
	if len(f) != 3 {
		return nil, nil // "<object> missing" or "ambiguous"
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return nil, err
	}
	if f[1] != "blob" || size > maxSize {
		_, err := c.out.Discard(int(size) + 1)
		return nil, err
	}
	b := make([]byte, size+1)
	if _, err := io.ReadFull(c.out, b); err != nil {
		return nil, err
	}
	return b[:size], nil
}

func (c *catFile) close() {
	c.in.Close()
	c.cmd.Wait()
}

// scanGit scans the history (or the staged changes) fragment by fragment,
// as gitleaks' git source yields them: the lines each hunk added. Fragments
// are detected as git writes them, by s.workers() goroutines, and only a
// fragment that may assign a JWT secret in a configuration file has its
// file read (through cat-file) and parsed.
func (s *scanner) scanGit(ctx context.Context) error {
	var (
		src  *leaks.Git
		opts []string
		err  error
	)
	if s.o.Staged {
		src, err = leaks.GitStaged(ctx, s.root)
	} else {
		if opts, err = parseLogOpts(s.o.LogOpts); err != nil {
			return err
		}
		if total, err := s.countCommits(ctx, opts); err == nil {
			s.prog.start(total, "commits")
			if total == 0 && s.o.LogOpts == "" {
				s.notes.add("note: %s has no commits: there is no history to scan", s.o.Path)
			}
		}
		s.noteSubmodules(ctx)
		src, err = leaks.GitLog(ctx, s.root, opts)
	}
	if err != nil {
		return err
	}
	src.OnCommit = func() { s.prog.add(1) }
	src.Keep = s.keyFile
	err = s.scanSource(ctx, src)
	if ge := (*leaks.GitError)(nil); !s.o.Staged && errors.As(err, &ge) && unableToRead().MatchString(ge.Msg) {
		err = s.scanWithoutMissing(ctx, opts, err)
	}
	if fe := (*leaks.FormatError)(nil); errors.As(err, &fe) {
		return fmt.Errorf("%s's output is not the patch stream jwtlint reads (%v): check --log-opts and your git configuration", fe.What, fe.Err)
	}
	if ge := (*leaks.GitError)(nil); errors.As(err, &ge) {
		return fmt.Errorf("%s failed in %s: %s (check --log-opts, or run it yourself)", ge.What, s.o.Path, ge.Msg)
	}
	if err != nil {
		return fmt.Errorf("reading git history: %w", err)
	}
	return ctx.Err()
}

// scanSource detects the fragments of src, reading the files they are in
// through one cat-file, and returns src's error.
func (s *scanner) scanSource(ctx context.Context, src *leaks.Git) error {
	var err error
	s.blobs, err = startCatFile(ctx, s.root)
	if err != nil {
		return err
	}
	defer s.blobs.close()
	return src.Scan(ctx, s.det, s.workers(), func(frag sources.Fragment, found []report.Finding) {
		if inSkippedDir(frag.FilePath) {
			return // other people's code, as the file scan skips it
		}
		lo := frag.StartLine
		hi := lo + strings.Count(frag.Raw, "\n") - 1
		if !strings.HasSuffix(frag.Raw, "\n") {
			hi++
		}
		object := frag.CommitSHA + ":" + frag.FilePath
		if at := s.keys.match(frag.FilePath); at != "" {
			s.addKeyFile(frag.FilePath, frag.CommitSHA, frag.CommitInfo, []byte(frag.Raw), frag.StartLine, at)
		}
		s.handle(found, frag, func() ([]byte, bool) { return s.blob(object) }, lo, hi, true)
	})
}

// scanWithoutMissing scans the history that opts choose again, without the
// files whose blobs the repository lacks (missing.go), after the first scan
// stopped with first at one of them. It returns first when those files
// cannot be listed or are too many, the second scan's error otherwise.
func (s *scanner) scanWithoutMissing(ctx context.Context, opts []string, first error) error {
	logOpts := opts
	if len(logOpts) == 0 {
		logOpts = leaks.DefaultLogOpts()
	}
	paths, err := missingPaths(ctx, s.root, logOpts)
	if err != nil || len(paths) == 0 || len(paths) > maxMissingPaths {
		return first
	}
	s.mu.Lock()
	s.secrets, s.tokens, s.extra = nil, nil, nil
	clear(s.seen)
	clear(s.cache)
	s.mu.Unlock()
	src, err := leaks.GitLog(ctx, s.root, withoutPaths(logOpts, paths))
	if err != nil {
		return err
	}
	src.Keep = s.keyFile
	s.notes.add("%s", missingNote(s.o.Path, paths))
	return s.scanSource(ctx, src)
}

func (s *scanner) countCommits(ctx context.Context, logOpts []string) (int64, error) {
	args := []string{"rev-list", "--count", "--all"}
	if len(logOpts) > 0 {
		args = append([]string{"rev-list", "--count"}, logOpts...)
	}
	out, err := gitOutput(ctx, s.root, args...)
	if err != nil {
		return 0, err
	}
	var n int64
	_, err = fmt.Sscan(string(out), &n)
	return n, err
}

// blob returns a blob through cat-file, caching the last few (at most 8,
// at most 8 MiB but the last) so the hunks of one file read it once: they
// come one after the other.
func (s *scanner) blob(object string) ([]byte, bool) {
	s.mu.Lock()
	b, ok := s.cache[object]
	s.mu.Unlock()
	if ok {
		return b, b != nil
	}
	b, ok = s.blobs.blob(object, s.o.MaxFileSize)
	s.mu.Lock()
	size := len(b)
	for _, c := range s.cache {
		size += len(c)
	}
	if len(s.cache) >= 8 || size > 8<<20 {
		clear(s.cache)
	}
	s.cache[object] = b
	s.mu.Unlock()
	return b, ok
}

// keyFile reports whether the code reads its JWT private keys from the file
// at path, relative to the repository's top.
func (s *scanner) keyFile(path string) bool { return s.keys.match(path) != "" }

// inSkippedDir reports whether a path of the repository (slash-separated)
// lies in one of the directories the file scan does not enter (othersDir):
// vendor/, node_modules/, a module cache and the like.
func inSkippedDir(path string) bool {
	return inDir(path, othersDir)
}
