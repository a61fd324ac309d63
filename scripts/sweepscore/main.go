// Command sweepscore runs jwtlint over the repositories of the real-world
// sweep and scores its findings against the judged verdicts.
//
//	sweepscore run   [-only NAME] [flags]   extract each repository, run the analyzer, scan and scan --git, save the outputs
//	sweepscore run -scans                   redo only the two scans (after a scanner change)
//	sweepscore run -noanalyzer              extract and run only the two scans (a scanner-only sweep)
//	sweepscore score [flags]                join the outputs with verdicts.tsv and print per-rule precision and recall
//
// repos.tsv lists repo (owner/name), commit and why it was chosen;
// verdicts.tsv lists repo, commit, location, rule, verdict (TP, FP or FN),
// test (yes or no) and a note. Nothing fetched goes into the jwtlint tree:
// the trees live under -ext, the outputs under -out.
//
// setup.tsv (optional; by default setupN.tsv beside reposN.tsv) says how a
// repository this machine cannot load as it is is made to load, as data:
// repo, step and why, one step a row. The steps are
//
//	toolchain go1.27.3     go.mod says a newer go than the machine's: go mod download and the
//	                       analyzer run with GOTOOLCHAIN=go1.27.3 (the go command fetches that
//	                       toolchain from the module proxy), with a jwtlint built by it
//	                       (-bindir/jwtlint-go1.27.3, built from the -src checkout if missing)
//	standin MODULEPATH     a required module the proxy does not serve: an empty local module
//	                       (under -ext, beside the tree) replaces it in the extracted copy's
//	                       go.mod files (go mod edit -replace)
//	packages DIR PATTERN…  the analyzer runs only on the module at DIR ("." for the root) with
//	                       those patterns; with any such row, modules no row names are skipped
//
// The scans run with -jwtlint either way; log.txt says which setup ran.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "sweepscore:", err)
		os.Exit(2)
	}
}

// options holds the command line of both modes.
type options struct {
	repos      string
	verdicts   string
	ext        string
	out        string
	mirror     string
	jwtlint    string
	only       string
	timeout    int
	markdown   bool
	scans      bool
	noAnalyzer bool
	byRepo     bool
	setup      string
	binDir     string
	src        string
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: sweepscore run|score [flags]")
	}
	mode := args[0]
	fs := flag.NewFlagSet(mode, flag.ContinueOnError)
	var o options
	fs.StringVar(&o.repos, "repos", "testdata/realworld/repos.tsv", "repositories of the sweep")
	fs.StringVar(&o.verdicts, "verdicts", "testdata/realworld/verdicts.tsv", "judged findings and misses")
	fs.StringVar(&o.ext, "ext", "/work/ext/sweep", "directory of the extracted trees")
	fs.StringVar(&o.out, "out", "/work/ext/sweep/out", "directory of the saved outputs")
	fs.StringVar(&o.mirror, "mirror", "/work/.mirror", "directory of the fetched git mirrors (OWNER+NAME/repo)")
	fs.StringVar(&o.jwtlint, "jwtlint", "/work/ext/bin/jwtlint", "jwtlint binary")
	fs.StringVar(&o.only, "only", "", "run only this repository (owner/name)")
	fs.StringVar(&o.setup, "setup", "", "run: how repositories are made to load (default: setupN.tsv beside reposN.tsv, if it exists)")
	fs.StringVar(&o.binDir, "bindir", "", "run: directory of the jwtlint-GOVERSION binaries of toolchain steps (default: -out/bin); a missing one is built from -src")
	fs.StringVar(&o.src, "src", ".", "run: the jwtlint checkout toolchain steps build jwtlint from")
	fs.IntVar(&o.timeout, "timeout", 300, "seconds allowed per analyzer run")
	fs.BoolVar(&o.markdown, "md", false, "print the score as Markdown tables")
	fs.BoolVar(&o.byRepo, "byrepo", false, "score: print a Markdown table of TP / FP / FN per repository and tool")
	fs.BoolVar(&o.scans, "scans", false, "run: redo only scan and scan --git of repositories already run (seconds, where the analyzer takes minutes)")
	fs.BoolVar(&o.noAnalyzer, "noanalyzer", false, "run: extract each repository and run only the two scans, every time (the analyzer's rows then score as misses)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	switch mode {
	case "run":
		return runSweep(o)
	case "score":
		return score(o, os.Stdout)
	}
	return fmt.Errorf("unknown mode %q: want run or score", mode)
}
