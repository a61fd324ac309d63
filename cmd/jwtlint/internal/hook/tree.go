package hook

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// This file keeps the index's files in a tree of their own, between runs, in
// the repository's git directory (git rev-parse --git-path jwtlint-hook): a
// commit rewrites only the entries that changed since the last one, and the
// tree's paths stay the same, so the go command's caches keyed by directory
// hit from one commit to the next. A manifest records which blob each path
// of the tree holds; it is removed while the tree changes, so a run that
// dies half-way leaves a tree that the next one rebuilds. Runs at the same
// time (two commits in one worktree) do not share it: the one that finds it
// locked writes a temporary tree of its own.

// tree is the index written to a directory.
type tree struct {
	dir      string            // the tree
	base     string            // its git directory state ("" for a temporary tree)
	manifest map[string]string // path -> "mode blob" of what dir holds
}

const lockStale = 10 * time.Minute

// stateDir returns the directory of the repository at top where the tree is
// kept.
func stateDir(top string) (string, error) {
	p, err := git(top, "rev-parse", "--git-path", "jwtlint-hook")
	if err != nil {
		return "", err
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(top, p)
	}
	return p, nil
}

// indexEntries returns the stage-0 entries of the index as path -> "mode
// blob", without submodules (gitlinks), which git checkout-index does not
// write.
func indexEntries(top string) (map[string]string, error) {
	out, err := gitRaw(top, "ls-files", "--stage", "-z")
	if err != nil {
		return nil, err
	}
	entries := map[string]string{}
	for _, rec := range strings.Split(out, "\x00") {
		// "MODE BLOB STAGE\tPATH"
		meta, p, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[2] != "0" || f[0] == "160000" {
			continue
		}
		entries[p] = f[0] + " " + f[1]
	}
	return entries, nil
}

// openTree brings the tree of the repository at top up to date with its
// index and locks it; the caller closes it.
func openTree(top string, index map[string]string) (*tree, error) {
	base, err := stateDir(top)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return tempTree(top)
	}
	// The analyzer prints real paths: map back exactly these.
	if r, err := filepath.EvalSymlinks(base); err == nil {
		base = r
	}
	lock := filepath.Join(base, "lock")
	f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if errors.Is(err, fs.ErrExist) && staleLock(lock) {
		os.Remove(lock) // left by a run that was killed (a commit interrupted)
		f, err = os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	}
	if err != nil {
		return tempTree(top) // another commit is being checked
	}
	fmt.Fprintf(f, "%d\n", os.Getpid())
	f.Close()
	t := &tree{dir: filepath.Join(base, "tree"), base: base}
	if err := t.update(top, index); err != nil {
		os.RemoveAll(t.dir)
		os.Remove(filepath.Join(base, "manifest"))
		os.Remove(lock)
		return nil, err
	}
	return t, nil
}

// staleLock reports whether the lock file was left by a run that is gone:
// the process it names no longer exists, or it is older than lockStale.
func staleLock(lock string) bool {
	fi, err := os.Stat(lock)
	if err != nil {
		return false
	}
	if time.Since(fi.ModTime()) > lockStale {
		return true
	}
	data, err := os.ReadFile(lock)
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 0 {
		return false // being written
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return true
	}
	return errors.Is(p.Signal(syscall.Signal(0)), os.ErrProcessDone)
}

// tempTree writes the whole index to a new temporary directory.
func tempTree(top string) (*tree, error) {
	tmp, err := os.MkdirTemp("", "jwtlint-hook-")
	if err != nil {
		return nil, fmt.Errorf("writing the staged files: %w", err)
	}
	if r, err := filepath.EvalSymlinks(tmp); err == nil {
		tmp = r
	}
	if err := checkoutIndex(top, tmp, nil); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &tree{dir: tmp}, nil
}

// update makes the tree hold the index's entries.
func (t *tree) update(top string, index map[string]string) error {
	manifestPath := filepath.Join(t.base, "manifest")
	old := readManifest(manifestPath)
	if _, err := os.Stat(t.dir); err != nil {
		old = nil
	}
	// Attributes change how blobs are written (eol, filters): start over.
	for p, e := range index {
		if filepath.Base(p) == ".gitattributes" && old[p] != e {
			old = nil
			break
		}
	}
	for p := range old {
		if filepath.Base(p) == ".gitattributes" && index[p] == "" {
			old = nil
			break
		}
	}
	if err := os.Remove(manifestPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("writing the staged files: %w", err)
	}
	if old == nil {
		if err := os.RemoveAll(t.dir); err != nil {
			return fmt.Errorf("writing the staged files: %w", err)
		}
		if err := os.MkdirAll(t.dir, 0o755); err != nil {
			return fmt.Errorf("writing the staged files: %w", err)
		}
		if err := checkoutIndex(top, t.dir, nil); err != nil {
			return err
		}
	} else {
		// Deletions first: a file may become a directory.
		for p, e := range old {
			if ne, ok := index[p]; ok && ne[:6] == e[:6] {
				continue // rewritten below if its blob changed
			}
			if err := t.remove(p); err != nil {
				return err
			}
		}
		var write []string
		for p, e := range index {
			if old[p] != e {
				write = append(write, p)
			}
		}
		if len(write) > 0 {
			if err := checkoutIndex(top, t.dir, write); err != nil {
				return err
			}
		}
	}
	t.manifest = index
	return t.writeManifest()
}

// remove deletes path p from the tree, and the directories it leaves empty.
func (t *tree) remove(p string) error {
	full := filepath.Join(t.dir, filepath.FromSlash(p))
	if err := os.RemoveAll(full); err != nil {
		return fmt.Errorf("writing the staged files: %w", err)
	}
	for d := filepath.Dir(full); d != t.dir && strings.HasPrefix(d, t.dir); d = filepath.Dir(d) {
		if os.Remove(d) != nil {
			break // not empty
		}
	}
	return nil
}

// changed records that the run changed path p of the tree (a go.mod it
// edited): the next run writes it again.
func (t *tree) changed(p string) error {
	if t.base == "" {
		return nil
	}
	delete(t.manifest, p)
	return t.writeManifest()
}

func (t *tree) writeManifest() error {
	var b strings.Builder
	for p, e := range t.manifest {
		b.WriteString(e)
		b.WriteByte('\t')
		b.WriteString(p)
		b.WriteByte(0)
	}
	path := filepath.Join(t.base, "manifest")
	tmp := path + ".new"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing the staged files: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("writing the staged files: %w", err)
	}
	return nil
}

func readManifest(path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	m := map[string]string{}
	for _, rec := range strings.Split(string(data), "\x00") {
		e, p, ok := strings.Cut(rec, "\t")
		if ok && len(e) > 7 {
			m[p] = e
		}
	}
	return m
}

// close releases the tree: a temporary one is removed, a kept one unlocked.
func (t *tree) close() {
	if t.base == "" {
		os.RemoveAll(t.dir)
		return
	}
	os.Remove(filepath.Join(t.base, "lock"))
}

// removeState deletes the tree kept for the repository at top ("jwtlint hook
// uninstall").
func removeState(top string) error {
	base, err := stateDir(top)
	if err != nil {
		return err
	}
	return os.RemoveAll(base)
}

// checkoutIndex writes the index entries at paths (all of them when paths is
// nil) of the repository at top under dir, also those that a sparse
// checkout leaves out of the work tree (--ignore-skip-worktree-bits, git
// 2.37 and later; without it on older git).
func checkoutIndex(top, dir string, paths []string) error {
	args := []string{"checkout-index", "--force", "--prefix=" + dir + string(filepath.Separator)}
	if paths == nil {
		args = append(args, "--all")
	} else {
		args = append(args, "-z", "--stdin")
	}
	run := func(args []string) ([]byte, error) {
		cmd := exec.Command("git", args...)
		cmd.Dir = top
		if paths != nil {
			cmd.Stdin = strings.NewReader(strings.Join(paths, "\x00") + "\x00")
		}
		return cmd.CombinedOutput()
	}
	out, err := run(append(args, "--ignore-skip-worktree-bits"))
	if err != nil && bytes.Contains(out, []byte("ignore-skip-worktree-bits")) {
		out, err = run(args)
	}
	if err != nil {
		return fmt.Errorf("writing the staged files: git checkout-index: %v: %s", err, bytes.TrimSpace(out))
	}
	return nil
}
