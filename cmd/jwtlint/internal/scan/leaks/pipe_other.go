//go:build !linux

package leaks

import "os"

// gitPipe returns a pipe for git's output and whether coalescingReader may
// wait on it: not here, where pipes hold 64 KiB.
func gitPipe() (r, w *os.File, coalesce bool, err error) {
	r, w, err = os.Pipe()
	return r, w, false, err
}
