package analyzer_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the rules section of README.md")

const (
	rulesBegin = "<!-- BEGIN RULES: generated from the rule values by go test ./analyzer -update-readme -->\n"
	rulesEnd   = "<!-- END RULES -->\n"
)

// TestReadmeRules keeps README.md's rule list equal to the rule values, so
// the documentation is never written twice.
func TestReadmeRules(t *testing.T) {
	var b strings.Builder
	b.WriteString("| rule | what it finds | severity | CWE |\n|---|---|---|---|\n")
	for _, r := range analyzer.Rules() {
		b.WriteString("| [`" + r.ID + "`](#" + r.ID + ") | " + r.Title + " | " + r.Severity + " | " + r.CWE + " |\n")
	}
	for _, r := range analyzer.Rules() {
		b.WriteString("\n" + r.Markdown())
	}
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i := strings.Index(readme, rulesBegin)
	j := strings.Index(readme, rulesEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q ... %q markers", rulesBegin, rulesEnd)
	}
	got := readme[i+len(rulesBegin) : j]
	want := b.String()
	if got == want {
		return
	}
	if *updateReadme {
		if err := os.WriteFile(path, []byte(readme[:i+len(rulesBegin)]+want+readme[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's rule list is stale: run go test ./analyzer -run TestReadmeRules -update-readme")
}

// TestRuleValues checks what the README and diagnostics rely on.
func TestRuleValues(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range analyzer.Rules() {
		if seen[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		seen[r.ID] = true
		if r.Title == "" || len(r.Title) >= 60 || strings.ToLower(r.Title[:1]) != r.Title[:1] || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q must be lower case, under 60 characters, without a final period", r.ID, r.Title)
		}
		if r.Doc == "" || r.Bad == "" || r.Good == "" || !strings.HasPrefix(r.CWE, "CWE-") || r.Severity == "" || r.SecuritySeverity <= 0 {
			t.Errorf("%s: incomplete documentation", r.ID)
		}
	}
	for _, id := range []string{"hardcoded-key", "weak-random-key", "short-key", "missing-alg-check", "unverified-parse", "none-alg"} {
		if !seen[id] {
			t.Errorf("rule %s missing", id)
		}
	}
}
