package envfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// writeAtomic writes data to path through a temporary file in the same
// directory: write, fsync, close, rename, fsync the directory. The new file
// has mode perm and, when like is not nil, like's owner and group (best
// effort). On error the temporary file is removed and path is untouched.
func writeAtomic(path string, data []byte, perm fs.FileMode, like fs.FileInfo, failAt func(step string) error) (err error) {
	step := func(name string) error {
		if failAt == nil {
			return nil
		}
		return failAt(name)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".jwtlint-tmp-*")
	if err != nil {
		return fmt.Errorf("creating temporary file: %w", err)
	}
	tmp := f.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				f.Close()
			}
			os.Remove(tmp)
		}
	}()
	// Chmod is not subject to the umask, so an existing file's mode is kept
	// exactly.
	keepOwner(f, like)
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("setting mode of temporary file: %w", err)
	}
	half := len(data) / 2
	if _, err := f.Write(data[:half]); err != nil {
		return fmt.Errorf("writing temporary file: %w", err)
	}
	if err := step("write"); err != nil {
		return fmt.Errorf("writing temporary file: %w", err)
	}
	if _, err := f.Write(data[half:]); err != nil {
		return fmt.Errorf("writing temporary file: %w", err)
	}
	if err := step("sync"); err != nil {
		return fmt.Errorf("syncing temporary file: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("syncing temporary file: %w", err)
	}
	closed = true
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing temporary file: %w", err)
	}
	if err := step("rename"); err != nil {
		return fmt.Errorf("renaming temporary file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("renaming temporary file: %w", err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable. It is best effort: some systems
// (Windows) cannot sync a directory, and the rename has happened anyway.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// gitState is what git says about a file.
type gitState struct {
	inRepo, tracked, ignored bool
}

// git runs git in dir and returns its exit code (-1 when git is not
// installed) and standard output.
func git(dir string, args ...string) (int, string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "GIT_OPTIONAL_LOCKS=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, string(out), nil
	case errors.As(err, &exit):
		return exit.ExitCode(), string(out), nil
	case errors.Is(err, exec.ErrNotFound):
		return -1, "", nil
	default:
		return 0, "", fmt.Errorf("running git: %w", err)
	}
}

// gitStatus reports whether path is in a git work tree, tracked and ignored.
// Without git, or outside a work tree, all three are false.
func gitStatus(path string) (gitState, error) {
	var g gitState
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	code, out, err := git(dir, "rev-parse", "--is-inside-work-tree")
	if err != nil || code != 0 || strings.TrimSpace(out) != "true" {
		return g, err
	}
	g.inRepo = true
	// Literal pathspecs: a name like "a*.env" must not match other files.
	code, _, err = git(dir, "--literal-pathspecs", "ls-files", "--error-unmatch", "--", base)
	if err != nil {
		return g, err
	}
	switch code {
	case 0:
		g.tracked = true
	case 1:
	default:
		return g, fmt.Errorf("asking git whether it tracks %s: git ls-files exited with %d", path, code)
	}
	g.ignored, err = gitIgnored(path)
	return g, err
}

// gitIgnored reports whether git ignores path.
func gitIgnored(path string) (bool, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	code, _, err := git(dir, "check-ignore", "-q", "--", base)
	if err != nil {
		return false, err
	}
	switch code {
	case 0:
		return true, nil
	case 1:
		return false, nil
	default:
		return false, fmt.Errorf("asking git whether it ignores %s: git check-ignore exited with %d", path, code)
	}
}

// addToGitignore appends "/BASE" to the .gitignore in path's directory,
// creating it (mode 0644) if needed and keeping its line endings and mode
// otherwise. It returns the .gitignore's path.
func addToGitignore(path string, failAt func(string) error) (string, error) {
	dir, base := filepath.Split(path)
	gi := filepath.Join(dir, ".gitignore")
	mode := fs.FileMode(0o644)
	var like fs.FileInfo
	data, err := os.ReadFile(gi)
	switch {
	case err == nil:
		if info, err := os.Stat(gi); err == nil {
			mode, like = info.Mode().Perm(), info
		}
	case errors.Is(err, fs.ErrNotExist):
	default:
		return "", fmt.Errorf("reading %s: %w", gi, err)
	}
	eol := lineEnding(data)
	var b bytes.Buffer
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteString(eol)
	}
	b.WriteString("/" + gitignorePattern(base) + eol)
	if err := writeAtomic(gi, b.Bytes(), mode, like, failAt); err != nil {
		return "", fmt.Errorf("writing %s: %w", gi, err)
	}
	return gi, nil
}

// gitignorePattern escapes the bytes that .gitignore patterns treat
// specially, so the pattern matches name only.
func gitignorePattern(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		switch c := name[i]; c {
		case '*', '?', '[', '\\', '!', '#':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	if s := b.String(); strings.HasSuffix(s, " ") {
		return s[:len(s)-1] + `\ `
	}
	return b.String()
}
