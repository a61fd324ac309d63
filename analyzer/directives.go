package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// DirectiveCategory is the category of diagnostics about suppression
// directives themselves (missing reason, nothing suppressed, unknown rule).
const DirectiveCategory = "ignore-directive"

// A directive is a "//jwtlint:ignore RULE[,RULE] -- reason" comment. It
// suppresses the named rules' diagnostics on its own line and the next.
type directive struct {
	pos    token.Pos
	file   *token.File
	line   int
	rules  []string
	reason string
	used   bool
}

// reporter applies the test-code policy and the suppression directives to
// the diagnostics of one package, then reports directives that are malformed
// or suppress nothing.
type reporter struct {
	pass       *analysis.Pass
	cfg        *Config
	testFiles  map[*token.File]bool
	directives []*directive
	diags      []analysis.Diagnostic
}

func newReporter(pass *analysis.Pass, cfg *Config, testFiles map[*token.File]bool) *reporter {
	r := &reporter{pass: pass, cfg: cfg, testFiles: testFiles}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				if d := parseDirective(cm); d != nil {
					d.file = tf
					d.line = tf.Line(cm.Pos())
					r.directives = append(r.directives, d)
				}
			}
		}
	}
	return r
}

func parseDirective(cm *ast.Comment) *directive {
	text, ok := strings.CutPrefix(cm.Text, "//jwtlint:ignore")
	if !ok || (text != "" && text[0] != ' ' && text[0] != '\t') {
		return nil
	}
	d := &directive{pos: cm.Pos()}
	ids, reason, _ := strings.Cut(text, "--")
	d.reason = strings.TrimSpace(reason)
	fields := strings.Fields(ids)
	if len(fields) == 0 {
		return d
	}
	for _, id := range strings.Split(fields[0], ",") {
		if id = strings.TrimSpace(id); id != "" {
			d.rules = append(d.rules, id)
		}
	}
	return d
}

func (r *reporter) add(rule *Rule, test bool, d analysis.Diagnostic) {
	if test && !rule.TestCode && !r.cfg.IncludeTests {
		return
	}
	tf := r.pass.Fset.File(d.Pos)
	line := tf.Line(d.Pos)
	for _, dir := range r.directives {
		if dir.file == tf && (dir.line == line || dir.line == line-1) && slices.Contains(dir.rules, rule.ID) {
			dir.used = true
			if dir.reason != "" {
				return
			}
		}
	}
	for _, prev := range r.diags {
		if prev.Pos == d.Pos && prev.Category == d.Category && prev.Message == d.Message {
			return
		}
	}
	r.diags = append(r.diags, d)
}

func (r *reporter) flush() {
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for _, d := range r.diags {
		r.pass.Report(d)
	}
	for _, dir := range r.directives {
		bad := func(msg string) {
			r.pass.Report(analysis.Diagnostic{Pos: dir.pos, Category: DirectiveCategory, Message: msg})
		}
		switch {
		case len(dir.rules) == 0:
			bad("jwtlint:ignore directive names no rule: write //jwtlint:ignore RULE -- reason")
		case slices.ContainsFunc(dir.rules, func(id string) bool { return ruleByID(id) == nil }):
			bad("jwtlint:ignore directive names an unknown rule (rules: " + strings.Join(RuleIDs(), ", ") + ")")
		case dir.reason == "":
			bad("jwtlint:ignore directive needs a reason after \"--\": say why this finding is safe")
		case !dir.used && r.checks(dir):
			bad("jwtlint:ignore directive suppresses nothing: remove it")
		}
	}
}

// checks reports whether every rule the directive names ran on its file, so
// that "suppresses nothing" is a fact and not an artefact of configuration.
func (r *reporter) checks(dir *directive) bool {
	for _, id := range dir.rules {
		rule := ruleByID(id)
		if !r.cfg.enabled(id) || (rule.checkKey == nil && rule.check == nil) {
			return false
		}
		if r.testFiles[dir.file] && !rule.TestCode && !r.cfg.IncludeTests {
			return false
		}
	}
	return true
}
