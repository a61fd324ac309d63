//go:build !unix

package scan

import "os"

// openNoBlock opens p for reading. (The walk has seen a regular file there;
// on Unix the open itself also refuses links and FIFOs.)
func openNoBlock(p string) (*os.File, error) {
	return os.Open(p)
}
