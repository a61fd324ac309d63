package cli

import (
	"fmt"
	"io"

	"github.com/jwtlint/jwtlint/internal/vetflags"
)

// CheckAnalyzerFlags checks, before the analyzer driver loads any package,
// the rule IDs given to -enable and -disable on the analyzer's command line
// (args without the program name, as go vet -vettool and users pass them).
// An unknown rule is one line on stderr, with the rule most likely meant,
// and ok false with exit code 2; the analyzer would otherwise fail once per
// package. jwtlint-vet checks its command line with the same vetflags.Check.
func CheckAnalyzerFlags(args []string, stderr io.Writer) (code int, ok bool) {
	if err := vetflags.Check(args); err != nil {
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return vetflags.ExitUsage, false
	}
	return 0, true
}
