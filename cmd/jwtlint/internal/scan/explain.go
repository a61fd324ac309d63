package scan

import (
	"fmt"
	"strings"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/explain"
)

// Topics returns the documentation of the scanner's rules for "jwtlint
// explain", from the rule values.
func Topics() []explain.Topic {
	var ts []explain.Topic
	for _, r := range Rules() {
		ts = append(ts, explain.Topic{ID: r.ID, Title: r.Title, Tool: explain.ToolScanner, Markdown: r.Markdown()})
	}
	return ts
}

// Markdown renders the rule's documentation like the analyzer's rules'.
func (r Rule) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "### `%s`\n\n%s. Reported by jwtlint scan, SARIF level %s, %s.\n\n%s\n\n",
		r.ID, strings.ToUpper(r.Title[:1])+r.Title[1:], r.Severity, r.CWE, wrap(r.Doc, 80))
	fmt.Fprintf(&b, "Reported:\n\n```\n%s\n```\n\nInstead:\n\n```\n%s\n```\n", strings.TrimSpace(r.Bad), strings.TrimSpace(r.Good))
	return b.String()
}

// wrap breaks s into lines of at most width bytes at blanks.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		switch {
		case n == 0:
		case n+1+len(w) > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
