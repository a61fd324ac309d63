//go:build unix

package envfile

import (
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives f the owner and group of the file described by like, so
// that "sudo jwtlint gen --env-file" does not hand a user's .env to root. It
// is best effort: only root may give a file away, and a file the caller
// owns already has the right owner.
func keepOwner(f *os.File, like fs.FileInfo) {
	if like == nil {
		return
	}
	if st, ok := like.Sys().(*syscall.Stat_t); ok {
		f.Chown(int(st.Uid), int(st.Gid))
	}
}
