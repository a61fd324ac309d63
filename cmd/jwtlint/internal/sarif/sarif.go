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
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
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
consumers. Paths in the log are relative to the current directory
(%SRCROOT%): run it at the top of the repository.

Exit codes: 0 log written, whether or not it has results; 1 packages did not
load or the analysis failed (the log is still written and names the errors);
2 usage or I/O error.

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
		err = os.WriteFile(*out, b, 0o644)
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
// log and the load and analysis errors, which the log also holds.
func Analyze(a *analysis.Analyzer, dir string, patterns []string, tests bool) (*Log, []string) {
	run := newRun(dir)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		run.fail(err.Error())
		return run.log(), run.errors
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			run.fail(e.Error())
		}
	})
	if len(run.errors) > 0 {
		return run.log(), run.errors
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		run.fail(err.Error())
	}
	if graph == nil {
		return run.log(), run.errors
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			run.fail(fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			run.add(act.Package.Fset, d)
		}
	}
	return run.log(), run.errors
}

// The SARIF 2.1.0 objects jwtlint writes.
type (
	Log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []Run  `json:"runs"`
	}
	Run struct {
		Tool              Tool                   `json:"tool"`
		Invocations       []Invocation           `json:"invocations"`
		OriginalURIBaseID map[string]ArtifactLoc `json:"originalUriBaseIds,omitempty"`
		Results           []Result               `json:"results"`
		ColumnKind        string                 `json:"columnKind"`
	}
	Tool struct {
		Driver Driver `json:"driver"`
	}
	Driver struct {
		Name           string `json:"name"`
		Version        string `json:"version,omitempty"`
		InformationURI string `json:"informationUri"`
		Rules          []Rule `json:"rules"`
	}
	Rule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     Message        `json:"shortDescription"`
		FullDescription      Message        `json:"fullDescription"`
		Help                 Message        `json:"help"`
		HelpURI              string         `json:"helpUri"`
		DefaultConfiguration Configuration  `json:"defaultConfiguration"`
		Properties           RuleProperties `json:"properties"`
	}
	Configuration struct {
		Level string `json:"level"`
	}
	RuleProperties struct {
		Tags []string `json:"tags"`
		// SecuritySeverity is the score GitHub code scanning ranks
		// security alerts by: a number in a string.
		SecuritySeverity string `json:"security-severity"`
		ProblemSeverity  string `json:"problem.severity"`
		Precision        string `json:"precision"`
		CWE              string `json:"cwe,omitempty"`
	}
	Message struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	Invocation struct {
		ExecutionSuccessful bool           `json:"executionSuccessful"`
		Notifications       []Notification `json:"toolExecutionNotifications,omitempty"`
	}
	Notification struct {
		Level   string  `json:"level"`
		Message Message `json:"message"`
	}
	Result struct {
		RuleID           string     `json:"ruleId"`
		RuleIndex        int        `json:"ruleIndex"`
		Level            string     `json:"level"`
		Message          Message    `json:"message"`
		Locations        []Location `json:"locations"`
		RelatedLocations []Location `json:"relatedLocations,omitempty"`
		Fixes            []Fix      `json:"fixes,omitempty"`
	}
	Location struct {
		ID               *int             `json:"id,omitempty"`
		PhysicalLocation PhysicalLocation `json:"physicalLocation"`
		Message          *Message         `json:"message,omitempty"`
	}
	PhysicalLocation struct {
		ArtifactLocation ArtifactLoc `json:"artifactLocation"`
		Region           Region      `json:"region"`
	}
	ArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	Region struct {
		StartLine   int  `json:"startLine,omitempty"`
		StartColumn int  `json:"startColumn,omitempty"`
		EndLine     int  `json:"endLine,omitempty"`
		EndColumn   int  `json:"endColumn,omitempty"`
		CharOffset  *int `json:"charOffset,omitempty"`
		CharLength  *int `json:"charLength,omitempty"`
	}
	Fix struct {
		Description     Message          `json:"description"`
		ArtifactChanges []ArtifactChange `json:"artifactChanges"`
	}
	ArtifactChange struct {
		ArtifactLocation ArtifactLoc   `json:"artifactLocation"`
		Replacements     []Replacement `json:"replacements"`
	}
	Replacement struct {
		DeletedRegion   Region   `json:"deletedRegion"`
		InsertedContent *Content `json:"insertedContent,omitempty"`
	}
	Content struct {
		Text string `json:"text"`
	}
)

// Rules returns the SARIF rules: the analyzer's rules, in documentation
// order, then the suppression directive pseudo-rule.
func Rules() []Rule {
	var rules []Rule
	for _, r := range analyzer.Rules() {
		rules = append(rules, Rule{
			ID:                   r.ID,
			Name:                 name(r.ID),
			ShortDescription:     Message{Text: upperFirst(r.Title)},
			FullDescription:      Message{Text: strings.Join(strings.Fields(r.Doc), " ")},
			Help:                 Message{Text: strings.TrimSpace(r.Doc), Markdown: r.Markdown()},
			HelpURI:              analyzer.URL + "#" + r.ID,
			DefaultConfiguration: Configuration{Level: Level(r.Severity)},
			Properties: RuleProperties{
				Tags:             []string{"security", "jwt", "external/cwe/" + strings.ToLower(r.CWE)},
				SecuritySeverity: strconv.FormatFloat(r.SecuritySeverity, 'f', 1, 64),
				ProblemSeverity:  problemSeverity(r.Severity),
				Precision:        "high",
				CWE:              r.CWE,
			},
		})
	}
	const dirDoc = "A //jwtlint:ignore directive without a reason (-- reason), naming an unknown rule, or suppressing nothing. Every suppression must say why, and stale ones must go, so that suppressions stay reviewed."
	rules = append(rules, Rule{
		ID:                   analyzer.DirectiveCategory,
		Name:                 name(analyzer.DirectiveCategory),
		ShortDescription:     Message{Text: "Malformed or unused jwtlint:ignore directive"},
		FullDescription:      Message{Text: dirDoc},
		Help:                 Message{Text: dirDoc, Markdown: dirDoc},
		HelpURI:              analyzer.URL,
		DefaultConfiguration: Configuration{Level: "warning"},
		Properties:           RuleProperties{Tags: []string{"maintainability"}, SecuritySeverity: "0.0", ProblemSeverity: "warning", Precision: "very-high"},
	})
	return rules
}

// Level maps a rule's severity to a SARIF level.
func Level(severity string) string {
	switch severity {
	case "high":
		return "error"
	case "medium":
		return "warning"
	}
	return "note"
}

func problemSeverity(severity string) string {
	switch severity {
	case "high":
		return "error"
	case "medium":
		return "warning"
	}
	return "recommendation"
}

// name turns a rule ID into a SARIF rule name: hardcoded-key becomes
// HardcodedKey.
func name(id string) string {
	var b strings.Builder
	for _, w := range strings.Split(id, "-") {
		b.WriteString(upperFirst(w))
	}
	return b.String()
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

type builder struct {
	root    string
	rules   []Rule
	results []Result
	errors  []string
	seen    map[string]bool
}

func newRun(root string) *builder {
	return &builder{root: root, rules: Rules(), results: []Result{}, seen: map[string]bool{}}
}

func (b *builder) fail(msg string) {
	if !slices.Contains(b.errors, msg) {
		b.errors = append(b.errors, msg)
	}
}

func (b *builder) log() *Log {
	inv := Invocation{ExecutionSuccessful: len(b.errors) == 0}
	for _, e := range b.errors {
		inv.Notifications = append(inv.Notifications, Notification{Level: "error", Message: Message{Text: e}})
	}
	return &Log{
		Schema:  Schema,
		Version: "2.1.0",
		Runs: []Run{{
			Tool:              Tool{Driver: Driver{Name: "jwtlint", Version: version(), InformationURI: analyzer.URL, Rules: b.rules}},
			Invocations:       []Invocation{inv},
			OriginalURIBaseID: map[string]ArtifactLoc{"%SRCROOT%": {URI: fileURI(b.root)}},
			Results:           b.results,
			ColumnKind:        "unicodeCodePoints",
		}},
	}
}

func fileURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + p
}

// artifact returns the location of a file, relative to the root when it is
// inside it.
func (b *builder) artifact(file string) ArtifactLoc {
	if rel, err := filepath.Rel(b.root, file); err == nil && !strings.HasPrefix(rel, "..") {
		return ArtifactLoc{URI: filepath.ToSlash(rel), URIBaseID: "%SRCROOT%"}
	}
	return ArtifactLoc{URI: fileURI(filepath.Dir(file)) + filepath.Base(file)}
}

func (b *builder) region(fset *token.FileSet, pos, end token.Pos) Region {
	p := fset.Position(pos)
	r := Region{StartLine: p.Line, StartColumn: column(p)}
	if end.IsValid() && end > pos {
		e := fset.Position(end)
		r.EndLine, r.EndColumn = e.Line, column(e)
	}
	return r
}

// column converts go/token's byte column to SARIF's 1-based code point
// column.
func column(p token.Position) int {
	src, err := os.ReadFile(p.Filename)
	if err != nil || p.Offset > len(src) {
		return p.Column
	}
	lineStart := p.Offset - (p.Column - 1)
	if lineStart < 0 {
		return p.Column
	}
	return len([]rune(string(src[lineStart:p.Offset]))) + 1
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
			ID: d.Category, Name: name(d.Category),
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
			start, end := fset.Position(e.Pos), fset.Position(e.End)
			if !e.End.IsValid() {
				end = start
			}
			i, ok := byFile[start.Filename]
			if !ok {
				i = len(fix.ArtifactChanges)
				byFile[start.Filename] = i
				fix.ArtifactChanges = append(fix.ArtifactChanges, ArtifactChange{ArtifactLocation: b.artifact(start.Filename)})
			}
			off, n := start.Offset, end.Offset-start.Offset
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

// version is the jwtlint module version, when known.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}
