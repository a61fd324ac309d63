package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
)

// analyzerValueFlags are the flags of the analyzer's command line (the
// driver's and the analyzer's own) whose value may be the next argument:
// "-c 3", "-enable hardcoded-key". Every other flag is read as a boolean or
// "-name=value". A driver that adds a flag with a value adds it here.
var analyzerValueFlags = []string{"c", "debug", "cpuprofile", "memprofile", "trace", "enable", "disable", "sources"}

// CheckAnalyzerFlags checks, before the analyzer driver loads any package,
// the rule IDs given to -enable and -disable on the analyzer's command line
// (args without the program name, as go vet -vettool and users pass them).
// An unknown rule is one line on stderr, with the rule most likely meant,
// and ok false with exit code 2; the analyzer would otherwise fail once per
// package. Flags end at the first argument that is not one, as Go's flag
// package reads them; what else is wrong with them is left to the driver.
func CheckAnalyzerFlags(args []string, stderr io.Writer) (code int, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !hasValue && slices.Contains(analyzerValueFlags, name) {
			if i+1 == len(args) {
				break // the driver says the value is missing
			}
			i++
			value = args[i]
		}
		if name != "enable" && name != "disable" {
			continue
		}
		for _, id := range strings.Split(value, ",") {
			if id = strings.TrimSpace(id); id != "" && analyzer.RuleByID(id) == nil {
				fmt.Fprintf(stderr, "jwtlint: -%s: %s\n", name, analyzer.UnknownRule(id))
				return 2, false
			}
		}
	}
	return 0, true
}
