// Package token implements "jwtlint token".
package token

import (
	"fmt"
	"io"
)

// Main runs "jwtlint token" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "jwtlint token: not implemented yet")
	return 2
}
