// Package scan implements "jwtlint scan".
package scan

import (
	"fmt"
	"io"
)

// Main runs "jwtlint scan" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "jwtlint scan: not implemented yet")
	return 2
}
