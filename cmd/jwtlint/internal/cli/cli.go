// Package cli dispatches jwtlint's subcommands before the analyzer driver
// parses the command line.
package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/explain"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/hook"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/sarif"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/scan"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/token"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/version"
)

// Stdio holds the standard streams a subcommand uses.
type Stdio struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// A subcommand runs with its arguments (without its own name) and returns the
// process exit code.
type subcommand struct {
	name    string
	summary string
	run     func(args []string, s Stdio) int
}

func subcommands() []subcommand {
	return []subcommand{
		{"scan", "find weak, short and committed JWT secrets in files and git history", func(a []string, s Stdio) int { return scan.Main(a, s.In, s.Out, s.Err) }},
		{"gen", "generate a JWT secret or key pair from crypto/rand", func(a []string, s Stdio) int { return gen.Main(a, s.In, s.Out, s.Err) }},
		{"token", "decode, verify and sign tokens offline", func(a []string, s Stdio) int { return token.Main(a, s.In, s.Out, s.Err) }},
		{"sarif", "analyze Go packages and write a SARIF 2.1.0 log for code scanning", func(a []string, s Stdio) int { return sarif.Main(a, s.Out, s.Err) }},
		{"hook", "install a git pre-commit hook that blocks weak JWT keys (hook install)", func(a []string, s Stdio) int { return hook.Main(a, s.In, s.Out, s.Err) }},
		{"explain", "document a rule of the analyzer or the scanner: jwtlint explain hardcoded-key (no argument: list them)", explainRules},
		{"help", "show this help (help COMMAND: the command's flags)", help},
		{"version", "print the version", func(a []string, s Stdio) int { fmt.Fprintln(s.Out, "jwtlint", version.String()); return 0 }},
	}
}

// Dispatch runs the subcommand named by args[0], if any. It reports whether
// it handled the command line; when it did not, the caller runs the analyzer
// driver on the unchanged arguments (package patterns, go vet's -flags,
// -V=full or a *.cfg file).
func Dispatch(args []string, s Stdio) (code int, handled bool) {
	if len(args) == 0 {
		usage(s.Err)
		return 2, true
	}
	for _, c := range subcommands() {
		if args[0] == c.name {
			return c.run(args[1:], s), true
		}
	}
	if ids, ok := explainFlag(args); ok {
		return explainRules(ids, s), true
	}
	if code, ok := unknownCommand(args[0], s.Err); ok {
		return code, true
	}
	if code, ok := CheckAnalyzerFlags(args, s.Err); !ok {
		return code, true
	}
	return 0, false
}

// help prints the usage, or runs "COMMAND -h".
func help(args []string, s Stdio) int {
	if len(args) > 0 {
		for _, c := range subcommands() {
			switch {
			case c.name != args[0] || c.name == "help":
			case c.name == "explain":
				return explainRules(nil, s) // its help is the list of rules
			default:
				return c.run([]string{"-h"}, s)
			}
		}
	}
	usage(s.Out)
	return 0
}

func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(`jwtlint finds weak, hard-coded and misused JWT keys.

Usage:
  jwtlint [flags] packages        analyze Go packages (also: go vet -vettool=$(which jwtlint))
  jwtlint -fix packages           apply the suggested fixes (-diff: print them as a diff, change nothing)
  jwtlint <command> [arguments]

Commands:
`)
	for _, c := range subcommands() {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	b.WriteString(`
Run "jwtlint -help" for the analyzer's flags and "jwtlint <command> -h" for a command's.
`)
	io.WriteString(w, b.String())
}

// explainRules prints the documentation of the rules named by args, of the
// analyzer or the scanner, or lists them all.
func explainRules(args []string, s Stdio) int {
	return explain.Run(s.Out, s.Err, "jwtlint explain", args, append(explain.Analyzer(), scan.Topics()...))
}

// explainFlag recognizes "jwtlint -explain RULE..." (or --explain,
// -explain=RULE), the analyzer flag spelling of "jwtlint explain".
func explainFlag(args []string) ([]string, bool) {
	switch name, value, ok := strings.Cut(args[0], "="); {
	case name != "-explain" && name != "--explain":
		return nil, false
	case ok:
		return append([]string{value}, args[1:]...), true
	}
	return args[1:], true
}
