// Package vetflags checks the analyzer's command line before a driver loads
// any package, so that every jwtlint binary that runs the analyzer (jwtlint
// and jwtlint-vet, standalone or under go vet -vettool) rejects an unknown
// rule ID in the same words, once, instead of failing once per package.
package vetflags

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
)

// ExitUsage is the exit code of a command line Check rejects (README: 2,
// bad usage).
const ExitUsage = 2

// valueFlags are the flags of the analyzer's command line (the drivers' and
// the analyzer's own) whose value may be the next argument: "-c 3",
// "-enable hardcoded-key". Every other flag is read as a boolean or
// "-name=value". A driver that adds a flag with a value adds it here.
var valueFlags = []string{"c", "debug", "cpuprofile", "memprofile", "trace", "enable", "disable", "sources"}

// Check returns an error for the first unknown rule ID given to -enable or
// -disable in args (the command line without the program name, as go vet
// -vettool and users pass it), naming the flag and the rule most likely
// meant; nil when every ID is known. Flags end at the first argument that
// is not one, as Go's flag package reads them; what else is wrong with them
// (a missing value, an unknown flag) is left to the driver.
func Check(args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !hasValue && slices.Contains(valueFlags, name) {
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
				return fmt.Errorf("-%s: %s", name, analyzer.UnknownRule(id))
			}
		}
	}
	return nil
}
