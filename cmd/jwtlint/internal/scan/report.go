package scan

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/sarif"
)

// Finding is one reported problem. The first fields are gitleaks' JSON
// report fields, with the same names and meanings (File relative to the
// scanned path or the repository root, Commit empty outside history, Secret
// redacted unless --no-redact); the last ones are jwtlint's own.
type Finding struct {
	RuleID      string
	Description string
	StartLine   int
	EndLine     int
	StartColumn int
	EndColumn   int
	Match       string
	Secret      string
	File        string
	SymlinkFile string
	Commit      string
	Entropy     float32 // Shannon entropy of the secret, as gitleaks computes it
	Author      string
	Email       string
	Date        string
	Message     string
	Tags        []string
	Fingerprint string

	// Name is the key the secret is assigned to (JWT_SECRET, jwt.secret).
	Name string `json:",omitempty"`
	// Weakness says why the secret is reported.
	Weakness string `json:",omitempty"`
	// EntropyBits is the secret's estimated entropy in bits.
	EntropyBits float64 `json:",omitempty"`
	// Algorithm is the HMAC algorithm named near the secret or in the token's
	// header, if known.
	Algorithm string `json:",omitempty"`
	// Committed is true when the secret is or was in a file tracked by git.
	Committed bool `json:",omitempty"`
	// Detail is the full explanation, as text and SARIF print it.
	Detail string `json:",omitempty"`
	// Fix is the command that produces a replacement secret.
	Fix string `json:",omitempty"`

	line   string // the source line, for inline allow comments
	envVar string // the variable, in a .env-format file
}

// redact masks s, keeping a short prefix of long values: at most 4
// characters, and never more than a sixth of s.
func redact(s string) string {
	if s == "" {
		return ""
	}
	r := []rune(s)
	keep := min(4, len(r)/6)
	return string(r[:keep]) + "*****"
}

// mask redacts a secret as Options say: jwtlint's way, or gitleaks'
// --redact=N percentage (the end of the secret masked).
func (s *scanner) mask(v string) string {
	if s.o.RedactPercent > 0 {
		return maskPercent(v, s.o.RedactPercent)
	}
	return redact(v)
}

// maskToken redacts a JWT: after its header, or by --redact=N.
func (s *scanner) maskToken(t string) string {
	if s.o.RedactPercent > 0 {
		return maskPercent(t, s.o.RedactPercent)
	}
	return redactToken(t)
}

// maskPercent keeps the first (100-pct)% of v's characters, rounded.
func maskPercent(v string, pct int) string {
	r := []rune(v)
	keep := int(math.Round(float64(len(r)) * float64(100-pct) / 100))
	return string(r[:keep]) + "*****"
}

// redactToken masks a JWT after the start of its header, which is not
// secret ("eyJhbGciOiJI").
func redactToken(s string) string {
	if len(s) < 24 {
		return redact(s)
	}
	return s[:12] + "*****"
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.StartLine != b.StartLine {
			return a.StartLine < b.StartLine
		}
		if a.Commit != b.Commit {
			return a.Commit < b.Commit
		}
		return a.RuleID < b.RuleID
	})
}

// writeReport writes findings in one of the formats text, json, sarif, csv
// and junit. info.root and info.prefix place SARIF's locations; what --fix
// fixed (info.fixed) is listed by the text format only (the others list
// findings, and the fixed ones are gone).
func writeReport(w io.Writer, format string, fs []Finding, info reportInfo, color bool, version string) error {
	switch format {
	case "json":
		if fs == nil {
			fs = []Finding{}
		}
		e := json.NewEncoder(w)
		e.SetIndent("", " ")
		return e.Encode(fs)
	case "sarif":
		return writeSARIF(w, fs, version, info)
	case "csv":
		return writeCSV(w, fs)
	case "junit":
		return writeJUnit(w, fs)
	case "text":
		return writeText(w, fs, info.fixed, color)
	}
	return fmt.Errorf("unknown format %q", format)
}

const (
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiReset  = "\x1b[0m"
)

// writeText writes the text report: what --fix fixed (if it ran), each
// finding with its fix, and a summary line ("no findings", or after --fix
// "N fixed; no findings left").
func writeText(w io.Writer, fs []Finding, fixed []fixedSecret, color bool) error {
	summary, left := "", ""
	if len(fixed) > 0 {
		var err error
		if summary, err = writeFixed(w, fixed); err != nil {
			return err
		}
		left = " left"
	}
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	counts := map[string]int{}
	for _, f := range fs {
		counts[f.RuleID]++
		loc := fmt.Sprintf("%s:%d:%d", f.File, f.StartLine, f.StartColumn)
		if f.Commit != "" {
			loc += fmt.Sprintf(" (commit %.8s)", f.Commit)
		}
		code := ansiRed
		if r, ok := ruleByID(f.RuleID); ok && r.Severity == "warning" {
			code = ansiYellow
		}
		detail := f.Detail
		if detail == "" {
			detail = f.Description
		}
		if _, err := fmt.Fprintf(w, "%s: %s: %s\n", paint(ansiBold, loc), paint(code, f.RuleID), detail); err != nil {
			return err
		}
		if f.Fix != "" {
			fmt.Fprintf(w, "    %s %s\n", paint(ansiDim, "fix:"), f.Fix)
		}
	}
	if len(fs) == 0 {
		_, err := fmt.Fprintf(w, "%sno findings%s\n", summary, left)
		return err
	}
	var parts []string
	for _, r := range Rules() {
		if n := counts[r.ID]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, r.ID))
			delete(counts, r.ID)
		}
	}
	var others []string
	for id, n := range counts {
		others = append(others, fmt.Sprintf("%d %s", n, id))
	}
	sort.Strings(others)
	parts = append(parts, others...)
	noun := "findings"
	if len(fs) == 1 {
		noun = "finding"
	}
	_, err := fmt.Fprintf(w, "%s%d %s%s: %s\n", summary, len(fs), noun, left, strings.Join(parts, ", "))
	return err
}

func writeCSV(w io.Writer, fs []Finding) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"RuleID", "Commit", "File", "SymlinkFile", "Secret", "Match", "StartLine", "EndLine",
		"StartColumn", "EndColumn", "Author", "Message", "Date", "Email", "Fingerprint", "Tags",
		"Name", "Weakness", "EntropyBits", "Algorithm", "Committed", "Fix"})
	for _, f := range fs {
		cw.Write([]string{f.RuleID, f.Commit, f.File, f.SymlinkFile, f.Secret, f.Match,
			strconv.Itoa(f.StartLine), strconv.Itoa(f.EndLine), strconv.Itoa(f.StartColumn), strconv.Itoa(f.EndColumn),
			f.Author, f.Message, f.Date, f.Email, f.Fingerprint, strings.Join(f.Tags, " "),
			f.Name, f.Weakness, strconv.FormatFloat(f.EntropyBits, 'f', 0, 64), f.Algorithm, strconv.FormatBool(f.Committed), f.Fix})
	}
	cw.Flush()
	return cw.Error()
}

func writeJUnit(w io.Writer, fs []Finding) error {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type testcase struct {
		Classname string   `xml:"classname,attr"`
		Name      string   `xml:"name,attr"`
		File      string   `xml:"file,attr"`
		Failure   *failure `xml:"failure"`
	}
	type testsuite struct {
		XMLName   xml.Name   `xml:"testsuite"`
		Name      string     `xml:"name,attr"`
		Tests     int        `xml:"tests,attr"`
		Failures  int        `xml:"failures,attr"`
		Testcases []testcase `xml:"testcase"`
	}
	type testsuites struct {
		XMLName xml.Name    `xml:"testsuites"`
		Suites  []testsuite `xml:"testsuite"`
	}
	s := testsuite{Name: "jwtlint scan", Tests: len(fs), Failures: len(fs)}
	for _, f := range fs {
		text, _ := json.MarshalIndent(f, "", "  ")
		name := fmt.Sprintf("%s has %s at line %d", f.File, f.RuleID, f.StartLine)
		if f.Commit != "" {
			name += " in commit " + f.Commit
		}
		s.Testcases = append(s.Testcases, testcase{Classname: f.Description, Name: name, File: f.File,
			Failure: &failure{Message: firstNonEmpty(f.Detail, f.Description), Type: f.RuleID, Text: string(text)}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	e := xml.NewEncoder(w)
	e.Indent("", "  ")
	if err := e.Encode(testsuites{Suites: []testsuite{s}}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// sarifRules returns the SARIF rules of the scanner, from its rule values.
func sarifRules() []sarif.Rule {
	var rules []sarif.Rule
	for _, r := range Rules() {
		rules = append(rules, sarif.Rule{
			ID:                   r.ID,
			Name:                 sarif.RuleName(r.ID),
			ShortDescription:     sarif.Message{Text: strings.ToUpper(r.Title[:1]) + r.Title[1:]},
			FullDescription:      sarif.Message{Text: r.Doc},
			Help:                 sarif.Message{Text: r.Doc + "\n\nReported:\n" + r.Bad + "\n\nInstead:\n" + r.Good, Markdown: r.Markdown()},
			HelpURI:              helpURI,
			DefaultConfiguration: sarif.Configuration{Level: r.Severity},
			Properties: sarif.RuleProperties{
				Tags:             []string{"security", "jwt", "external/cwe/" + strings.ToLower(r.CWE)},
				SecuritySeverity: r.Score,
				ProblemSeverity:  r.Severity,
				Precision:        "high",
				CWE:              r.CWE,
			},
		})
	}
	return rules
}

// helpURI documents the scanner's rules.
const helpURI = "https://github.com/jwtlint/jwtlint#scanning-files-and-history-jwtlint-scan"

// writeSARIF writes the findings as a SARIF log in the analyzer's model,
// with columns in code points (the scanner's are bytes) and locations
// info.prefix/File relative to info.root, the log's %SRCROOT%.
func writeSARIF(w io.Writer, fs []Finding, version string, info reportInfo) error {
	root := info.root
	rules := sarifRules()
	run := sarif.Run{
		Tool:        sarif.Tool{Driver: sarif.Driver{Name: "jwtlint", Version: version, InformationURI: "https://github.com/jwtlint/jwtlint", Rules: rules}},
		Invocations: []sarif.Invocation{{ExecutionSuccessful: true}},
		Results:     []sarif.Result{},
	}
	if root != "" {
		run.OriginalURIBaseID = map[string]sarif.ArtifactLoc{sarif.SrcRoot: {URI: sarif.FileURI(root)}}
	}
	for _, f := range fs {
		idx := slices.IndexFunc(rules, func(r sarif.Rule) bool { return r.ID == f.RuleID })
		if idx < 0 {
			// A rule of --config.
			rules = append(rules, sarif.Rule{ID: f.RuleID, Name: sarif.RuleName(f.RuleID),
				ShortDescription: sarif.Message{Text: f.Description}, FullDescription: sarif.Message{Text: f.Description}, Help: sarif.Message{Text: f.Description},
				HelpURI: helpURI, DefaultConfiguration: sarif.Configuration{Level: "error"},
				Properties: sarif.RuleProperties{Tags: []string{"security"}, SecuritySeverity: "7.0", ProblemSeverity: "error", Precision: "medium"}})
			idx = len(rules) - 1
			run.Tool.Driver.Rules = rules
		}
		loc := sarif.ArtifactLoc{URI: f.File}
		if info.prefix != "" {
			loc.URI = info.prefix + "/" + f.File
		}
		if root != "" {
			loc.URIBaseID = sarif.SrcRoot
		}
		region := sarif.Region{StartLine: max(f.StartLine, 1), StartColumn: sarif.CodePointColumn(f.line, f.StartColumn), EndLine: f.EndLine}
		if f.EndColumn > 0 {
			// The scanner's end column is the region's last byte, SARIF's
			// the character after it.
			region.EndColumn = sarif.CodePointColumn(f.line, f.EndColumn+1)
		}
		res := sarif.Result{
			RuleID: f.RuleID, RuleIndex: idx, Level: rules[idx].DefaultConfiguration.Level,
			Message:             sarif.Message{Text: firstNonEmpty(f.Detail, f.Description)},
			Locations:           []sarif.Location{{PhysicalLocation: sarif.PhysicalLocation{ArtifactLocation: loc, Region: region}}},
			PartialFingerprints: map[string]string{"jwtlint/v1": f.Fingerprint},
		}
		props := map[string]any{}
		if f.Commit != "" {
			res.PartialFingerprints["commitSha"] = f.Commit
			props["commit"] = f.Commit
		}
		if f.Fix != "" {
			props["fix"] = f.Fix
		}
		if f.Algorithm != "" {
			props["algorithm"] = f.Algorithm
		}
		if f.EntropyBits > 0 {
			props["entropyBits"] = f.EntropyBits
		}
		if len(props) > 0 {
			res.Properties = props
		}
		run.Results = append(run.Results, res)
	}
	e := json.NewEncoder(w)
	e.SetIndent("", " ")
	return e.Encode(sarif.NewLog(run))
}

// shannon is gitleaks' entropy measure (bits per character), for its
// Entropy field.
func shannon(s string) float32 {
	if s == "" {
		return 0
	}
	counts := map[rune]int{}
	for _, r := range s {
		counts[r]++
	}
	n := float64(utf8.RuneCountInString(s))
	var e float64
	for _, c := range counts {
		p := float64(c) / n
		e -= p * math.Log2(p)
	}
	return float32(e)
}
