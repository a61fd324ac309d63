// Package outfile writes the files jwtlint's commands are asked to write (a
// scan report, a SARIF log) so that a failure never destroys the previous
// one: a full disk leaves the earlier report as it was.
package outfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
)

// Write writes data to path. A regular file (or a new one) is written
// atomically: to a temporary file in its directory, synced, renamed over
// it, so that on error path is unchanged; an existing file keeps its mode, a
// new one gets 0644, and a symbolic link is kept, its target replaced.
// Anything else (/dev/stdout, a FIFO, a terminal) is written to directly.
func Write(path string, data []byte) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && !info.Mode().IsRegular():
		return writeDirect(path, data)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	perm := fs.FileMode(0o644)
	if err == nil {
		perm = info.Mode().Perm()
		if real, err := filepath.EvalSymlinks(path); err == nil {
			path = real
		}
	}
	return envfile.WriteFile(path, data, perm)
}

func writeDirect(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

// Check reports whether Write could write path, before the work that
// produces the data: path is not a directory, and a regular file (or a new
// one) has a directory that exists and takes a new file (Write's temporary
// one; Check creates one and removes it at once).
func Check(path string) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a directory", path)
	case err == nil && !info.Mode().IsRegular():
		return nil // written to directly (/dev/stdout, a FIFO)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	} else if !st.IsDir() {
		return fmt.Errorf("%s: %s is not a directory", path, dir)
	}
	f, err := os.CreateTemp(dir, ".jwtlint-check-*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: cannot create a file in %s: %w", path, dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
