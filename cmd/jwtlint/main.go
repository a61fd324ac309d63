// Command jwtlint finds weak, hard-coded and misused JWT keys in Go code and
// weak or committed JWT secrets in files and git history.
//
// With package patterns (or when go vet drives it with -vettool) it runs the
// jwtlint analyzer; its subcommands are scan, gen, token, help and version.
// See README.md for exit codes.
package main

import (
	"fmt"
	"os"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/cli"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/driver"
	"github.com/jwtlint/jwtlint/internal/gcpolicy"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	args := os.Args[1:]
	if code, handled := cli.Dispatch(args, cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}); handled {
		os.Exit(code)
	}
	// The analyzer's processes collect garbage less often (gcpolicy).
	gcpolicy.Apply()
	// No subcommand: behave as the analyzer, which is what go vet -vettool
	// and users running "jwtlint ./..." expect. jwtlint's own driver loads
	// from source only what the analyzer needs; go vet's protocol and -fix
	// are singlechecker's, which exits itself; -diff alone shows the fixes
	// of singlechecker's -fix -diff (driver.Diff). JWTLINT_DRIVER=
	// singlechecker runs singlechecker for everything else (to compare).
	if driver.DiffOnly(args, analyzer.Analyzer) {
		exe, err := os.Executable()
		if err != nil {
			fmt.Fprintf(os.Stderr, "jwtlint: %v\n", err)
			os.Exit(driver.ExitErrors)
		}
		os.Exit(driver.Diff(exe, args, os.Stdout, os.Stderr))
	}
	if os.Getenv("JWTLINT_DRIVER") != "singlechecker" && driver.Handles(args, analyzer.Analyzer) {
		os.Exit(driver.Main(args, os.Stdout, os.Stderr, analyzer.Analyzer))
	}
	singlechecker.Main(analyzer.Analyzer)
}
