package scan

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
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
// and junit.
func writeReport(w io.Writer, format string, fs []Finding, color bool, version string) error {
	switch format {
	case "json":
		if fs == nil {
			fs = []Finding{}
		}
		e := json.NewEncoder(w)
		e.SetIndent("", " ")
		return e.Encode(fs)
	case "sarif":
		return writeSARIF(w, fs, version)
	case "csv":
		return writeCSV(w, fs)
	case "junit":
		return writeJUnit(w, fs)
	case "text":
		return writeText(w, fs, color)
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

func writeText(w io.Writer, fs []Finding, color bool) error {
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
		_, err := fmt.Fprintln(w, "no findings")
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
	_, err := fmt.Fprintf(w, "%d %s: %s\n", len(fs), noun, strings.Join(parts, ", "))
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

// SARIF 2.1.0, the subset code scanning services read.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool    sarifTool     `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     sarifText      `json:"shortDescription"`
		FullDescription      sarifText      `json:"fullDescription"`
		Help                 sarifText      `json:"help"`
		DefaultConfiguration map[string]any `json:"defaultConfiguration"`
		Properties           map[string]any `json:"properties"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          map[string]any    `json:"properties,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn,omitempty"`
				EndLine     int `json:"endLine,omitempty"`
				EndColumn   int `json:"endColumn,omitempty"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
)

func writeSARIF(w io.Writer, fs []Finding, version string) error {
	d := sarifDriver{Name: "jwtlint", Version: version, InformationURI: "https://github.com/jwtlint/jwtlint"}
	known := map[string]bool{}
	for _, r := range Rules() {
		known[r.ID] = true
		d.Rules = append(d.Rules, sarifRule{
			ID: r.ID, Name: r.ID, ShortDescription: sarifText{r.Title}, FullDescription: sarifText{r.Doc},
			Help:                 sarifText{r.Doc + "\n\nBad:\n" + r.Bad + "\n\nGood:\n" + r.Good},
			DefaultConfiguration: map[string]any{"level": r.Severity},
			Properties:           map[string]any{"tags": []string{"security", "external/cwe/" + strings.ToLower(r.CWE)}, "security-severity": r.Score},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: d}, Results: []sarifResult{}}
	for _, f := range fs {
		level := "error"
		if r, ok := ruleByID(f.RuleID); ok {
			level = r.Severity
		} else if !known[f.RuleID] {
			known[f.RuleID] = true
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: f.RuleID, Name: f.RuleID,
				ShortDescription: sarifText{f.Description}, FullDescription: sarifText{f.Description}, Help: sarifText{f.Description},
				DefaultConfiguration: map[string]any{"level": "error"}, Properties: map[string]any{"tags": []string{"security"}}})
		}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = f.File
		loc.PhysicalLocation.Region.StartLine = max(f.StartLine, 1)
		loc.PhysicalLocation.Region.StartColumn = f.StartColumn
		loc.PhysicalLocation.Region.EndLine = f.EndLine
		loc.PhysicalLocation.Region.EndColumn = f.EndColumn
		res := sarifResult{
			RuleID: f.RuleID, Level: level, Message: sarifText{firstNonEmpty(f.Detail, f.Description)},
			Locations:           []sarifLocation{loc},
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
	return e.Encode(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
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
