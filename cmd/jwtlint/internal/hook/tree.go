package hook

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
	if errors.Is(err, fs.ErrExist) {
		if fi, serr := os.Stat(lock); serr == nil && time.Since(fi.ModTime()) > lockStale {
			os.Remove(lock) // left by a run that was killed
			f, err = os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		}
	}
	if err != nil {
		return tempTree(top) // another commit is being checked
	}
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

// tempTree writes the whole index to a new temporary directory.
func tempTree(top string) (*tree, error) {
	tmp, err := os.MkdirTemp("", "jwtlint-hook-")
	if err != nil {
		return nil, fmt.Errorf("writing the staged files: %w", err)
	}
	if r, err := filepath.EvalSymlinks(tmp); err == nil {
		tmp = r
	}
	if _, err := gitRaw(top, "checkout-index", "--all", "--force", "--prefix="+tmp+string(filepath.Separator)); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("writing the staged files: %w", err)
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
		if _, err := gitRaw(top, "checkout-index", "--all", "--force", "--prefix="+t.dir+string(filepath.Separator)); err != nil {
			return fmt.Errorf("writing the staged files: %w", err)
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
			cmd := exec.Command("git", "checkout-index", "--force", "-z", "--stdin", "--prefix="+t.dir+string(filepath.Separator))
			cmd.Dir = top
			cmd.Stdin = strings.NewReader(strings.Join(write, "\x00") + "\x00")
			if out, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("writing the staged files: git checkout-index: %v: %s", err, bytes.TrimSpace(out))
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
