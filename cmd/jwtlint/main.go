// Command jwtlint finds weak, hard-coded and misused JWT keys in Go code and
// weak or committed JWT secrets in files and git history.
//
// With package patterns (or when go vet drives it with -vettool) it runs the
// jwtlint analyzer; its subcommands are scan, gen, token, help and version.
// See README.md for exit codes.
package main

import (
	"os"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/cli"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if code, handled := cli.Dispatch(os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}); handled {
		os.Exit(code)
	}
	// No subcommand: behave as the analyzer, which is what go vet -vettool
	// and users running "jwtlint ./..." expect. singlechecker exits itself.
	singlechecker.Main(analyzer.Analyzer)
}
