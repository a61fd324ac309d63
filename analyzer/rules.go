package analyzer

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/suggest"
	"golang.org/x/tools/go/analysis"
)

// A Rule is one kind of finding. Its ID is the diagnostics' Category and
// the anchor of its documentation; its fields are the documentation itself,
// from which README.md and "jwtlint explain" are generated.
type Rule struct {
	// ID is stable: users configure and suppress rules by it.
	ID string
	// Title is a lower-case summary under 60 characters.
	Title string
	// Doc says why the code is dangerous and what to write instead.
	Doc string
	// Bad and Good are short examples.
	Bad, Good string
	// CWE is the weakness, e.g. "CWE-798".
	CWE string
	// Severity is "high", "medium" or "low"; SecuritySeverity is the
	// CVSS-like score GitHub code scanning sorts by.
	Severity         string
	SecuritySeverity float64

	// checkKey is called for every key use of a package that uses a JWT
	// library; check once per such package, for rules that look at other
	// things than keys (parse calls, algorithms). A rule sets either or both.
	checkKey func(c *checker, r *Rule, u *KeyUse)
	check    func(c *checker, r *Rule)
}

// rules is the registry: one entry per rule file.
var rules = []*Rule{
	ruleHardcodedKey,
	ruleWeakRandomKey,
	ruleShortKey,
	ruleMissingAlgCheck,
	ruleUnverifiedParse,
	ruleNoneAlg,
}

// Rules returns the rules, in documentation order.
func Rules() []*Rule { return slices.Clone(rules) }

// RuleIDs returns the rule IDs.
func RuleIDs() []string {
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.ID)
	}
	return ids
}

// UnknownRule describes id, which is no rule's ID, for an error message:
// `unknown rule "hardcoded-keys": did you mean hardcoded-key? (rules: ...)`.
func UnknownRule(id string) string {
	msg := fmt.Sprintf("unknown rule %q", id)
	if s := suggest.Closest(id, RuleIDs()); s != "" {
		msg += ": did you mean " + s + "?"
	}
	return msg + " (rules: " + strings.Join(RuleIDs(), ", ") + ")"
}

// RuleByID returns the rule with the given ID, or nil.
func RuleByID(id string) *Rule { return ruleByID(id) }

func ruleByID(id string) *Rule {
	for _, r := range rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Markdown renders the rule's documentation.
func (r *Rule) Markdown() string {
	var b strings.Builder
	cwe := ""
	if r.CWE != "" {
		cwe = ", " + r.CWE
	}
	fmt.Fprintf(&b, "### `%s`\n\n%s. Severity %s%s.\n\n%s\n\n", r.ID, upperFirst(r.Title), r.Severity, cwe, strings.TrimSpace(r.Doc))
	fmt.Fprintf(&b, "Bad:\n\n```go\n%s\n```\n\nGood:\n\n```go\n%s\n```\n", strings.TrimSpace(r.Bad), strings.TrimSpace(r.Good))
	return b.String()
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// report sends a diagnostic of rule r, subject to suppression.
func (c *checker) report(r *Rule, pos, end token.Pos, test bool, msg string, related ...analysis.RelatedInformation) {
	c.reportFix(r, pos, end, test, msg, nil, related...)
}

// reportUse reports a finding at key use u, with related information at
// its sink in package code when u is reported at its origin in a test
// (KeyUse.Sink).
func (c *checker) reportUse(r *Rule, u *KeyUse, msg string, fixes []analysis.SuggestedFix, related ...analysis.RelatedInformation) {
	if u.Sink.IsValid() {
		related = append(related, analysis.RelatedInformation{Pos: u.Sink, Message: "the key is used here, in package code"})
	}
	c.reportFix(r, u.Pos, u.End, u.Test, msg, fixes, related...)
}

// reportFix is report with suggested fixes.
func (c *checker) reportFix(r *Rule, pos, end token.Pos, test bool, msg string, fixes []analysis.SuggestedFix, related ...analysis.RelatedInformation) {
	c.reporter.add(r, test, analysis.Diagnostic{Pos: pos, End: end, Category: r.ID, Message: msg, Related: related, SuggestedFixes: fixes})
}
