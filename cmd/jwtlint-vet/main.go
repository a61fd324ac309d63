// Command jwtlint-vet is the jwtlint analyzer alone, for go vet:
//
//	go vet -vettool=$(which jwtlint-vet) ./...
//
// Its findings, flags and exit codes are those of jwtlint's analyzer under
// go vet (jwtlint -vettool keeps working); it links neither the scanner nor
// jwtlint's subcommands, so each of the processes go vet starts, one per
// package, starts faster (BENCHMARKS.md). Standalone, "jwtlint-vet ./..."
// runs the analyzer through singlechecker; jwtlint ./... is faster there.
package main

import (
	"fmt"
	"os"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/internal/gcpolicy"
	"github.com/jwtlint/jwtlint/internal/vetflags"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if err := vetflags.Check(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "jwtlint: %v\n", err)
		os.Exit(vetflags.ExitUsage)
	}
	gcpolicy.Apply() // fewer collections in each unit's process
	singlechecker.Main(analyzer.Analyzer)
}
