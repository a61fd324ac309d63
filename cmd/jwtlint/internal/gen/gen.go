// Package gen implements "jwtlint gen".
package gen

import (
	"fmt"
	"io"
)

// Main runs "jwtlint gen" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "jwtlint gen: not implemented yet")
	return 2
}
