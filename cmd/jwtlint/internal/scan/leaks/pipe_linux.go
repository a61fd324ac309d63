package leaks

import (
	"os"

	"golang.org/x/sys/unix"
)

// growPipe makes the pipe read through r hold a megabyte instead of 64 KiB
// (the most an unprivileged process may ask for, /proc/sys/fs/pipe-max-size)
// and reports whether it could, so that git can write on while
// coalescingReader waits.
func growPipe(r *os.File) bool {
	rc, err := r.SyscallConn() // not Fd: that would make reads block
	if err != nil {
		return false
	}
	var size int
	rc.Control(func(fd uintptr) {
		size, err = unix.FcntlInt(fd, unix.F_SETPIPE_SZ, 1<<20)
	})
	return err == nil && size >= 1<<20
}
