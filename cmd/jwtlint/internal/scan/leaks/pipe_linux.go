package leaks

import (
	"os"

	"golang.org/x/sys/unix"
)

// gitPipe returns a pipe for git's output and whether coalescingReader may
// wait on it. On Linux the pipe holds a megabyte instead of 64 KiB (the most
// an unprivileged process may ask for, /proc/sys/fs/pipe-max-size), so that
// git writes on while the reader waits, and its read end blocks: Go's poller
// would wake a thread for each of git's writes, waiting or not.
func gitPipe() (r, w *os.File, coalesce bool, err error) {
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_CLOEXEC); err != nil {
		return nil, nil, false, err
	}
	size, err := unix.FcntlInt(uintptr(fds[0]), unix.F_SETPIPE_SZ, 1<<20)
	r, w = os.NewFile(uintptr(fds[0]), "|0"), os.NewFile(uintptr(fds[1]), "|1")
	return r, w, err == nil && size >= 1<<20, nil
}
