package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/jwtlint/jwtlint/internal/suggest"
)

// otherTools maps what users of other tools type to the jwtlint command
// that does it: gitleaks' commands (detect scans the history by default,
// protect what is staged) and a few common words.
var otherTools = map[string]string{
	"detect":   "scan --git",
	"protect":  "scan --staged",
	"dir":      "scan",
	"git":      "scan --git",
	"generate": "gen",
	"keygen":   "gen",
	"decode":   "token decode",
	"verify":   "token verify",
	"sign":     "token sign",
	"install":  "hook install",
	"rules":    "explain",
	"lint":     "./...",
	"check":    "./...",
}

// unknownCommand reports a first argument that is no command but one
// mistyped or borrowed from another tool, with the command meant (exit 2),
// and returns ok false for everything else, which the analyzer driver reads
// as package patterns: a pattern with a slash or a dot, a standard package
// ("fmt"; none is within a typo of a command), the main module's path.
func unknownCommand(word string, stderr io.Writer) (code int, ok bool) {
	if word == "" || strings.ContainsAny(word, `-/\.:@`) {
		return 0, false
	}
	var names []string
	for _, c := range subcommands() {
		names = append(names, c.name)
	}
	meant, borrowed := otherTools[strings.ToLower(word)]
	if !borrowed {
		meant = suggest.Closest(word, names)
	}
	if meant == "" || isMainModule(word) {
		return 0, false
	}
	fmt.Fprintf(stderr, "jwtlint: unknown command %q: did you mean \"jwtlint %s\"? (jwtlint help lists the commands)\n", word, meant)
	return 2, true
}

// isMainModule reports whether path is the module path of the go.mod in the
// working directory or above: "jwtlint hook" analyzes a module named hook.
func isMainModule(path string) bool {
	dir, err := os.Getwd()
	if err != nil {
		return false
	}
	for {
		if f, err := os.Open(filepath.Join(dir, "go.mod")); err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module"); ok {
					return strings.Trim(strings.TrimSpace(rest), `"`) == path
				}
			}
			return false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}
