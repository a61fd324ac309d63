//go:build unix

package scan

import (
	"os"
	"syscall"
)

// openNoBlock opens p for reading without following a symbolic link and
// without blocking on a FIFO with no writer.
func openNoBlock(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0)
}
