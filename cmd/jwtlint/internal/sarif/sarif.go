// Package sarif implements "jwtlint sarif": it runs the analyzer over Go
// packages and writes a SARIF 2.1.0 log for code scanning (GitHub's
// upload-sarif, GitLab, Azure DevOps), with each rule's documentation, CWE
// and severity taken from the analyzer's rule values.
package sarif

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/driver"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/outfile"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/version"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit codes of "jwtlint sarif".
const (
	ExitOK     = 0 // the log is written, with or without results
	ExitFailed = 1 // packages did not load or the analysis failed; the log lists the errors
	ExitError  = 2 // usage or I/O error
)

// Schema is the JSON schema URI written in the log's "$schema".
const Schema = "https://json.schemastore.org/sarif-2.1.0.json"

const usageText = `usage: jwtlint sarif [flags] [packages]

Runs the jwtlint analyzer over the packages (default ./...) and writes a
SARIF 2.1.0 log, for GitHub code scanning's upload-sarif and other SARIF
consumers. Paths in the log are relative to the top of the git work tree
that holds the current directory (%SRCROOT%), where code scanning looks
for them, or to the current directory outside git.

Exit codes: 0 log written, whether or not it has results; 1 packages did not
load or the analysis failed (the log is still written, with every result
found, and names the errors); 2 usage or I/O error.

Flags:
`

// Main runs "jwtlint sarif" with args and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	// A fresh analyzer: its flags set its own Config, never the default
	// analyzer's.
	a := analyzer.New(analyzer.Config{})
	fs := flag.NewFlagSet("jwtlint sarif", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	out := fs.String("o", "-", "write the log to this `file` (- for standard output)")
	tests := fs.Bool("test", true, "also analyze test packages")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitError
	}
	// The analyzer validates its Config when it runs, once per package:
	// report a misspelt rule once, as a usage error.
	for _, name := range []string{"enable", "disable"} {
		for _, id := range strings.Split(fs.Lookup(name).Value.String(), ",") {
			if id != "" && analyzer.RuleByID(id) == nil {
				fmt.Fprintf(stderr, "jwtlint sarif: -%s: %s\n", name, analyzer.UnknownRule(id))
				return ExitError
			}
		}
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	if *out != "-" {
		// Before the analysis, which can take minutes.
		if err := outfile.Check(*out); err != nil {
			fmt.Fprintf(stderr, "jwtlint sarif: cannot write the log: %v\n", err)
			return ExitError
		}
	}
	root, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint sarif: %v\n", err)
		return ExitError
	}
	log, failed := Analyze(a, root, patterns, *tests)
	b, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint sarif: %v\n", err)
		return ExitError
	}
	b = append(b, '\n')
	if *out == "-" {
		_, err = stdout.Write(b)
	} else {
		// Atomically: a failed write leaves an earlier log whole.
		err = outfile.Write(*out, b)
	}
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint sarif: writing the log: %v\n", err)
		return ExitError
	}
	for _, e := range failed {
		fmt.Fprintf(stderr, "jwtlint sarif: %s\n", e)
	}
	if len(failed) > 0 {
		return ExitFailed
	}
	return ExitOK
}

// Analyze analyzes the packages matching patterns in dir with a and returns the
// log and the load and analysis errors, which the log also holds as error
// notifications. Packages that do not load in full are still analyzed where
// their types are complete, and their results are in the log. Patterns that
// match no package give a log with no results and no error. Paths are
// relative to srcRoot(dir).
//
// The packages are loaded and analyzed by the standalone driver
// (driver.Analyze), as "jwtlint ./..." does: the same diagnostics as a
// full load from source, in a fraction of the time and memory. Unlike
// "jwtlint ./...", the analyzer runs on every root (AllRoots), so that a
// package that does not type-check has its note on what was not analyzed
// even when it imports no JWT library, as before the driver.
func Analyze(a *analysis.Analyzer, dir string, patterns []string, tests bool) (*Log, []string) {
	run := newRun(srcRoot(dir))
	res, err := driver.Analyze(driver.LoadConfig{Dir: dir, Tests: tests, AllRoots: true}, patterns, a)
	if errors.Is(err, driver.ErrNoPackages) {
		return run.log(), run.errors
	}
	if res == nil {
		run.fail(err.Error())
		return run.log(), run.errors
	}
	for _, n := range res.Notes {
		run.note(n)
	}
	// Load errors are the log's notifications, and the packages are
	// analyzed anyway: the analyzer runs despite errors, where the types are
	// complete, so one package that does not type-check never empties the
	// log (code scanning would close every open alert).
	packages.Visit(res.Roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			run.fail(e.Error())
		}
	})
	if err != nil {
		run.fail(err.Error())
	}
	if res.Graph != nil {
		run.collect(res.Graph)
	}
	return run.log(), run.errors
}

// collect adds the roots' results, analysis errors and notes to the log.
func (b *builder) collect(graph *checker.Graph) {
	for _, act := range graph.Roots {
		if act.Err != nil {
			b.fail(fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		if r, ok := act.Result.(*analyzer.Result); ok {
			if note := r.Note(act.Package.PkgPath); note != "" {
				// The notification's level says it is a note.
				b.note(strings.TrimPrefix(note, "note: "))
			}
		}
		for _, d := range act.Diagnostics {
			b.add(act.Package.Fset, d)
		}
	}
}

// srcRoot returns the top of the git work tree that holds dir, which code
// scanning resolves a log's relative paths against (a module in a
// subdirectory of the repository is no exception), or dir itself outside
// git. It is dir joined with git's way up (--show-cdup), so that dir's
// spelling (a symbolic link in it) is kept, as the go command keeps it in
// the file names.
func srcRoot(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-cdup")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return dir // not in a work tree, or no git
	}
	return filepath.Join(dir, strings.TrimSpace(string(out)))
}

type builder struct {
	root    string
	rules   []Rule
	results []Result
	errors  []string
	notes   []string // what was analyzed only in part: not a failure
	seen    map[string]bool
	src     sources // the files, to count code points
}

func newRun(root string) *builder {
	return &builder{root: root, rules: Rules(), results: []Result{}, seen: map[string]bool{}}
}

func (b *builder) fail(msg string) {
	if !slices.Contains(b.errors, msg) {
		b.errors = append(b.errors, msg)
	}
}

func (b *builder) note(msg string) {
	if !slices.Contains(b.notes, msg) {
		b.notes = append(b.notes, msg)
	}
}

func (b *builder) log() *Log {
	inv := Invocation{ExecutionSuccessful: len(b.errors) == 0}
	for _, e := range b.errors {
		inv.Notifications = append(inv.Notifications, Notification{Level: "error", Message: Message{Text: e}})
	}
	for _, n := range b.notes {
		inv.Notifications = append(inv.Notifications, Notification{Level: "note", Message: Message{Text: n}})
	}
	return NewLog(Run{
		Tool:              Tool{Driver: Driver{Name: "jwtlint", Version: version.String(), InformationURI: analyzer.URL, Rules: b.rules}},
		Invocations:       []Invocation{inv},
		OriginalURIBaseID: map[string]ArtifactLoc{SrcRoot: {URI: FileURI(b.root)}},
		Results:           b.results,
	})
}

// artifact returns the location of a file, relative to the root when it is
// inside it.
func (b *builder) artifact(file string) ArtifactLoc {
	if rel, err := filepath.Rel(b.root, file); err == nil && !strings.HasPrefix(rel, "..") {
		return ArtifactLoc{URI: filepath.ToSlash(rel), URIBaseID: SrcRoot}
	}
	return ArtifactLoc{URI: FileURI(filepath.Dir(file)) + filepath.Base(file)}
}

func (b *builder) region(fset *token.FileSet, pos, end token.Pos) Region {
	p := fset.Position(pos)
	r := Region{StartLine: p.Line, StartColumn: b.src.column(p.Filename, p.Line, p.Column)}
	if end.IsValid() && end > pos {
		e := fset.Position(end)
		r.EndLine, r.EndColumn = e.Line, b.src.column(e.Filename, e.Line, e.Column)
	}
	return r
}

func (b *builder) add(fset *token.FileSet, d analysis.Diagnostic) {
	pos := fset.Position(d.Pos)
	key := fmt.Sprintf("%s:%d:%d:%s:%s", pos.Filename, pos.Line, pos.Column, d.Category, d.Message)
	if b.seen[key] {
		return // the same file in a package and its test variant
	}
	b.seen[key] = true
	idx := slices.IndexFunc(b.rules, func(r Rule) bool { return r.ID == d.Category })
	if idx < 0 {
		b.rules = append(b.rules, Rule{
			ID: d.Category, Name: RuleName(d.Category),
			ShortDescription: Message{Text: d.Category}, FullDescription: Message{Text: d.Category}, Help: Message{Text: d.Category},
			HelpURI: analyzer.URL, DefaultConfiguration: Configuration{Level: "warning"},
			Properties: RuleProperties{Tags: []string{"security"}, SecuritySeverity: "0.0", ProblemSeverity: "warning", Precision: "medium"},
		})
		idx = len(b.rules) - 1
	}
	res := Result{
		RuleID:    d.Category,
		RuleIndex: idx,
		Level:     b.rules[idx].DefaultConfiguration.Level,
		// The rule ID that ends the text output is the result's ruleId here.
		Message:   Message{Text: strings.TrimSuffix(d.Message, " ("+d.Category+")")},
		Locations: []Location{{PhysicalLocation: PhysicalLocation{ArtifactLocation: b.artifact(pos.Filename), Region: b.region(fset, d.Pos, d.End)}}},
	}
	for i, rel := range d.Related {
		id := i + 1
		rp := fset.Position(rel.Pos)
		res.RelatedLocations = append(res.RelatedLocations, Location{
			ID:               &id,
			PhysicalLocation: PhysicalLocation{ArtifactLocation: b.artifact(rp.Filename), Region: b.region(fset, rel.Pos, rel.End)},
			Message:          &Message{Text: rel.Message},
		})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Description: Message{Text: sf.Message}}
		byFile := map[string]int{}
		for _, e := range sf.TextEdits {
			// Edits apply to the file as it is, whatever //line says.
			start, end := fset.PositionFor(e.Pos, false), fset.PositionFor(e.End, false)
			if !e.End.IsValid() {
				end = start
			}
			off, ok1 := b.src.offset(start.Filename, start.Offset)
			endOff, ok2 := b.src.offset(start.Filename, end.Offset)
			if !ok1 || !ok2 || endOff < off {
				fix.ArtifactChanges = nil // a fix in part is worse than none
				break
			}
			i, ok := byFile[start.Filename]
			if !ok {
				i = len(fix.ArtifactChanges)
				byFile[start.Filename] = i
				fix.ArtifactChanges = append(fix.ArtifactChanges, ArtifactChange{ArtifactLocation: b.artifact(start.Filename)})
			}
			n := endOff - off
			rep := Replacement{DeletedRegion: Region{CharOffset: &off, CharLength: &n}}
			if len(e.NewText) > 0 {
				rep.InsertedContent = &Content{Text: string(e.NewText)}
			}
			fix.ArtifactChanges[i].Replacements = append(fix.ArtifactChanges[i].Replacements, rep)
		}
		if len(fix.ArtifactChanges) > 0 {
			res.Fixes = append(res.Fixes, fix)
		}
	}
	b.results = append(b.results, res)
}
