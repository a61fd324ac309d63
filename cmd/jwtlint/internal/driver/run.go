// Package driver is jwtlint's standalone analysis driver: "jwtlint [flags]
// packages". It loads the import graph once with the go command, type-checks
// from source only the packages the analyzer can report in or take a fact
// from, reads every other package's types from export data, and runs the
// analyzer over the graph in one process (go/analysis/checker, facts in
// memory). Its flags and output are singlechecker's; go vet -vettool, -fix
// and -diff stay with singlechecker (see [Handles] and [Diff]).
package driver

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit codes, as README's table documents for "jwtlint [flags] packages".
const (
	ExitOK       = 0 // no findings (with -json: the JSON was written)
	ExitErrors   = 1 // load or analysis errors, and no findings
	ExitUsage    = 2 // bad flag
	ExitFindings = 3 // findings
)

// Handles reports whether the driver runs the command line args (without
// the program name) for the analyzer a. go vet's protocol (-V, -flags,
// flags then one *.cfg file) and the flags that rewrite files or show the
// rewrite (-fix, -diff) are singlechecker's. The flags are parsed as Main
// parses them, so a flag after a flag's value (-enable hardcoded-key -fix)
// counts; nothing is set.
func Handles(args []string, a *analysis.Analyzer) bool {
	o, ok := peek(args, a)
	return ok && !o.fix && !o.diff
}

// DiffOnly reports whether args ask for -diff without -fix: show the fixes
// as a diff and change nothing (see [Diff]).
func DiffOnly(args []string, a *analysis.Analyzer) bool {
	o, ok := peek(args, a)
	return ok && o.diff && !o.fix
}

// peek parses args as Main would, into a throwaway copy of the flags, and
// reports false for go vet's protocol. A command line that does not parse
// is the driver's to report.
func peek(args []string, a *analysis.Analyzer) (options, bool) {
	var o options
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return o, false
	}
	for _, arg := range args {
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name == "V" || name == "flags" {
			return o, false
		}
	}
	fs := flagSet(&o, a, io.Discard, false)
	_ = fs.Parse(args)
	return o, true
}

// options are the driver's own flags.
type options struct {
	json       bool
	context    int
	tests      bool
	debug      string
	cpuprofile string
	memprofile string
	allSource  bool
	fix, diff  bool // singlechecker's (see Handles)
}

// flagSet returns the command's flags, bound to o and, when bind is set,
// to a's configuration (otherwise a's flags are parsed and dropped).
func flagSet(o *options, a *analysis.Analyzer, out io.Writer, bind bool) *flag.FlagSet {
	fs := flag.NewFlagSet("jwtlint", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.BoolVar(&o.json, "json", false, "emit JSON output")
	fs.IntVar(&o.context, "c", -1, "display offending line with this many lines of context")
	fs.BoolVar(&o.tests, "test", true, "indicates whether test files should be analyzed, too")
	fs.StringVar(&o.debug, "debug", "", `debug flags: "s" sanity checks, "p" sequential, "v" what was loaded how`)
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write CPU profile to this file")
	fs.StringVar(&o.memprofile, "memprofile", "", "write a heap profile to this file once the analysis is done (what is still held, and with -sample_index=alloc_space where all allocation went)")
	fs.BoolVar(&o.allSource, "all-source", false, "type-check every package from source (slower; for comparisons)")
	fs.BoolVar(&o.fix, "fix", false, "apply all suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "don't update the files, but print the suggested fixes as a unified diff")
	a.Flags.VisitAll(func(f *flag.Flag) {
		if bind {
			fs.Var(f.Value, f.Name, f.Usage)
		} else {
			fs.Var(discard{f.Value}, f.Name, f.Usage)
		}
	})
	return fs
}

// discard is a flag that parses as v does (a boolean flag takes no
// argument) and keeps nothing.
type discard struct{ v flag.Value }

func (d discard) String() string   { return "" }
func (d discard) Set(string) error { return nil }
func (d discard) IsBoolFlag() bool {
	b, ok := d.v.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// Main runs the analyzer a over the packages that args (flags, then
// patterns) name and returns the exit code. a's flags are bound to its
// configuration; Main parses them with its own.
func Main(args []string, stdout, stderr io.Writer, a *analysis.Analyzer) int {
	var o options
	fs := flagSet(&o, a, stderr, true)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "%s\n\nUsage: jwtlint [-flag] [package]\n\nFlags:\n", strings.TrimSpace(a.Doc))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return ExitOK
		}
		return ExitUsage
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		fs.Usage()
		return ExitUsage
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "jwtlint: %v\n", err)
			return ExitErrors
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "jwtlint: %v\n", err)
			return ExitErrors
		}
		defer pprof.StopCPUProfile()
	}
	wd, _ := os.Getwd()
	return run(o, wd, patterns, stdout, stderr, a)
}

func run(o options, wd string, patterns []string, stdout, stderr io.Writer, a *analysis.Analyzer) int {
	p := TextPrinter{WD: wd, Context: o.context}
	res, err := analyze(LoadConfig{Tests: o.tests, AllSource: o.allSource}, patterns, a, runOptions{
		sanityCheck: strings.Contains(o.debug, "s"),
		sequential:  strings.Contains(o.debug, "p"),
	})
	if res == nil {
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return ExitErrors
	}
	roots, graph := res.Roots, res.Graph
	for _, note := range res.Notes {
		fmt.Fprintf(stderr, "jwtlint: note: %s\n", note)
	}
	if o.memprofile != "" {
		if err := writeHeapProfile(o.memprofile); err != nil {
			fmt.Fprintf(stderr, "jwtlint: %v\n", err)
			return ExitErrors
		}
	}
	if strings.Contains(o.debug, "v") {
		st := res.Stats
		fmt.Fprintf(stderr, "jwtlint: %d packages: %d from source, %d from export data, %d declared by their importers' export data; analyzing %d of %d roots\n", st.Packages, st.FromSource, st.FromExport, st.Indirect, st.Analyzed, len(roots))
	}
	code := ExitOK
	if printLoadErrors(stderr, p, roots) > 0 {
		code = ExitErrors
	}
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return ExitErrors
	}
	printNotes(stderr, graph)
	if o.json {
		if err := graph.PrintJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "jwtlint: writing JSON: %v\n", err)
			return ExitErrors
		}
		return ExitOK // findings and analysis errors are in the JSON
	}
	errs, diags := printText(stderr, p, graph)
	switch {
	case diags > 0:
		return ExitFindings
	case errs > 0:
		return ExitErrors
	}
	return code
}

// writeHeapProfile writes the heap profile after a garbage collection, so
// that its in-use figures are what is live.
func writeHeapProfile(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return f.Close()
}

// printLoadErrors prints the errors of the go command, the parser and the
// type checker in the roots' import graph, each once, with paths relative to
// the working directory, and returns how many it printed.
func printLoadErrors(w io.Writer, p TextPrinter, roots []*packages.Package) int {
	n := 0
	seen := map[string]bool{}
	packages.Visit(roots, nil, func(pkg *packages.Package) {
		for _, e := range pkg.Errors {
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = shortPos(p.WD, e.Pos) + ": " + e.Msg
			}
			if !seen[msg] {
				seen[msg] = true
				fmt.Fprintln(w, msg)
				n++
			}
		}
	})
	return n
}

// shortPos shortens the file name of a "file:line:col" position.
func shortPos(wd, pos string) string {
	file, rest := pos, ""
	if i := strings.Index(pos, ".go:"); i >= 0 {
		file, rest = pos[:i+3], pos[i+3:]
	}
	if filepath.IsAbs(file) {
		file = ShortPath(wd, file)
	}
	return file + rest
}

// printNotes prints the analyzer's notes on the roots it analyzed only in
// part, once a package (a package and its test variant share their files).
func printNotes(w io.Writer, graph *checker.Graph) {
	var notes []string
	for _, act := range graph.Roots {
		if r, ok := act.Result.(*analyzer.Result); ok && act.Err == nil {
			if note := r.Note(act.Package.PkgPath); note != "" && !slices.Contains(notes, note) {
				notes = append(notes, note)
			}
		}
	}
	for _, n := range notes {
		fmt.Fprintln(w, n)
	}
}

// printText prints the analysis errors and the roots' diagnostics, each
// once (a file of a package and of its test variant is analyzed twice), and
// counts them.
func printText(w io.Writer, p TextPrinter, graph *checker.Graph) (errs, diags int) {
	type key struct {
		pos, end string
		message  string
	}
	seen := map[key]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			fmt.Fprintf(w, "%s: %v\n", act.Analyzer.Name, act.Err)
			errs++
		}
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			k := key{fset.Position(d.Pos).String(), fset.Position(d.End).String(), d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			p.Print(w, fset, d)
			diags++
		}
	}
	return errs, diags
}
