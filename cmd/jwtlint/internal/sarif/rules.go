package sarif

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
)

// SrcRoot is the base of the logs' relative artifact locations: the
// directory the log was made in (the scanned path, for the scanner).
const SrcRoot = "%SRCROOT%"

// Rules returns the SARIF rules of the analyzer: its rules, in
// documentation order, then the ignore-directive pseudo-rule.
func Rules() []Rule {
	var rules []Rule
	for _, r := range append(analyzer.Rules(), analyzer.DirectiveRule()) {
		rule := Rule{
			ID:                   r.ID,
			Name:                 RuleName(r.ID),
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
		}
		if r.ID == analyzer.DirectiveCategory {
			// Not a security finding: code scanning files it apart.
			rule.HelpURI = analyzer.URL + "#using-the-analyzer"
			rule.Properties = RuleProperties{Tags: []string{"maintainability"}, SecuritySeverity: "0.0", ProblemSeverity: "warning", Precision: "very-high"}
		}
		rules = append(rules, rule)
	}
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

// RuleName turns a rule ID into the rule's SARIF name, as both logs write
// it: hardcoded-key becomes HardcodedKey, weak-secret WeakSecret.
func RuleName(id string) string {
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

// FileURI is the file: URI of the directory dir, with a final slash.
func FileURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + p
}
