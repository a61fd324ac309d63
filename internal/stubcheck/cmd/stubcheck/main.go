// Command stubcheck compares jwtlint's library stubs with a real library's
// source tree, for versions the module proxy does not serve (fetched by
// hand; never copied into the repository):
//
//	go run ./internal/stubcheck/cmd/stubcheck -tree DIR [-stubs analyzer/testdata] IMPORTPATH...
//
// DIR is a directory in module mode that can load the import paths: the
// library's own source tree (git archive of a tag) or a scratch module that
// requires it. It prints one line per difference and exits 1 when there is
// any, 2 on errors.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jwtlint/jwtlint/internal/stubcheck"
)

func main() {
	os.Exit(run())
}

func run() int {
	tree := flag.String("tree", "", "module-mode directory that loads the real packages (required)")
	stubs := flag.String("stubs", "analyzer/testdata", "GOPATH-layout directory whose src/ holds the stubs")
	flag.Parse()
	if *tree == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: stubcheck -tree DIR [-stubs DIR] IMPORTPATH...")
		return 2
	}
	gopath, err := filepath.Abs(*stubs)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	stub, err := stubcheck.LoadStubs(gopath, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	real, err := stubcheck.LoadModule(*tree, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	status := 0
	for _, path := range flag.Args() {
		s, r := stub[path], real[path]
		if s == nil || r == nil {
			fmt.Fprintf(os.Stderr, "%s: not loaded (stub %v, real %v)\n", path, s != nil, r != nil)
			status = 2
			continue
		}
		diffs := stubcheck.Compare(s, r)
		for _, d := range diffs {
			fmt.Println(d)
		}
		if len(diffs) > 0 && status == 0 {
			status = 1
		}
		if len(diffs) == 0 {
			fmt.Printf("%s: stub matches %s\n", path, *tree)
		}
	}
	return status
}
