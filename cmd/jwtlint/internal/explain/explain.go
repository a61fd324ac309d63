// Package explain prints the documentation of jwtlint's rules, the
// analyzer's and the scanner's alike, from the rule values: "jwtlint explain
// RULE", "jwtlint -explain RULE" and "jwtlint scan -explain RULE" are this
// one function.
package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/internal/suggest"
)

// A Topic is the documentation of one rule.
type Topic struct {
	ID    string
	Title string // lower case, no period
	// Tool is what reports the rule: ToolAnalyzer or ToolScanner.
	Tool string
	// Markdown is the rule's documentation, as README.md shows it.
	Markdown string
}

// The tools a Topic can belong to.
const (
	ToolAnalyzer = "analyzer"
	ToolScanner  = "scanner"
)

// Analyzer returns the analyzer's rules, in documentation order, then the
// ignore-directive pseudo-rule.
func Analyzer() []Topic {
	var ts []Topic
	for _, r := range append(analyzer.Rules(), analyzer.DirectiveRule()) {
		ts = append(ts, Topic{ID: r.ID, Title: r.Title, Tool: ToolAnalyzer, Markdown: r.Markdown()})
	}
	return ts
}

// Run prints the documentation of each rule named by ids, or the list of
// topics when ids is empty, to stdout and returns the exit code: 0, or 2
// when an ID is unknown (named on stderr with the ID most likely meant).
// prog prefixes error messages ("jwtlint explain").
func Run(stdout, stderr io.Writer, prog string, ids []string, topics []Topic) int {
	if len(ids) == 0 {
		List(stdout, topics)
		return 0
	}
	code := 0
	for i, id := range ids {
		t, ok := find(topics, id)
		if !ok {
			fmt.Fprintf(stderr, "%s: %s\n", prog, unknown(id, topics))
			code = 2
			continue
		}
		if i > 0 {
			io.WriteString(stdout, "\n")
		}
		io.WriteString(stdout, t.Markdown)
	}
	return code
}

// List writes the topics, one a line, grouped by tool.
func List(w io.Writer, topics []Topic) {
	var b strings.Builder
	for _, g := range []struct{ tool, heading string }{
		{ToolAnalyzer, "Analyzer rules (jwtlint packages, go vet -vettool, golangci-lint):"},
		{ToolScanner, "Scanner rules (jwtlint scan):"},
	} {
		first := true
		for _, t := range topics {
			if t.Tool != g.tool {
				continue
			}
			if first {
				if b.Len() > 0 {
					b.WriteString("\n")
				}
				b.WriteString(g.heading + "\n")
				first = false
			}
			fmt.Fprintf(&b, "  %-18s %s\n", t.ID, t.Title)
		}
	}
	b.WriteString("\njwtlint explain RULE prints a rule's documentation.\n")
	io.WriteString(w, b.String())
}

func find(topics []Topic, id string) (Topic, bool) {
	for _, t := range topics {
		if t.ID == id {
			return t, true
		}
	}
	return Topic{}, false
}

// unknown describes an ID that no topic has.
func unknown(id string, topics []Topic) string {
	var ids []string
	for _, t := range topics {
		ids = append(ids, t.ID)
	}
	msg := fmt.Sprintf("unknown rule %q", id)
	if s := suggest.Closest(id, ids); s != "" {
		msg += ": did you mean " + s + "?"
	}
	return msg + " (jwtlint explain lists the rules)"
}
