package sarif

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
)

// The SARIF rules are the analyzer's rule values, field by field.
func TestRulesFromRuleValues(t *testing.T) {
	rules := Rules()
	all := analyzer.Rules()
	if len(rules) != len(all)+1 || rules[len(rules)-1].ID != analyzer.DirectiveCategory {
		t.Fatalf("%d SARIF rules for %d analyzer rules, the last %q", len(rules), len(all), rules[len(rules)-1].ID)
	}
	for i, r := range all {
		s := rules[i]
		if s.ID != r.ID || s.HelpURI != analyzer.URL+"#"+r.ID || s.Help.Markdown != r.Markdown() {
			t.Errorf("%s: id/helpUri/help: %+v", r.ID, s)
		}
		if !strings.EqualFold(s.ShortDescription.Text, r.Title) {
			t.Errorf("%s: shortDescription %q, title %q", r.ID, s.ShortDescription.Text, r.Title)
		}
		if s.Properties.CWE != r.CWE || s.Properties.Tags[len(s.Properties.Tags)-1] != "external/cwe/"+strings.ToLower(r.CWE) {
			t.Errorf("%s: CWE properties %+v", r.ID, s.Properties)
		}
		if v, err := strconv.ParseFloat(s.Properties.SecuritySeverity, 64); err != nil || v != r.SecuritySeverity {
			t.Errorf("%s: security-severity %q, want %v", r.ID, s.Properties.SecuritySeverity, r.SecuritySeverity)
		}
		if s.DefaultConfiguration.Level != Level(r.Severity) {
			t.Errorf("%s: level %q", r.ID, s.DefaultConfiguration.Level)
		}
	}
}

func TestLevel(t *testing.T) {
	for sev, want := range map[string]string{"high": "error", "medium": "warning", "low": "note", "": "note"} {
		if got := Level(sev); got != want {
			t.Errorf("Level(%q) = %q, want %q", sev, got, want)
		}
	}
}

func TestName(t *testing.T) {
	if got := RuleName("missing-alg-check"); got != "MissingAlgCheck" {
		t.Errorf("name = %q", got)
	}
}

func TestUnknownRuleFlag(t *testing.T) {
	var out, errb strings.Builder
	if code := Main([]string{"-disable", "short-key,hardcoded-keys", "./..."}, &out, &errb); code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if want := `-disable: unknown rule "hardcoded-keys"`; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr %q does not say %q", errb.String(), want)
	}
	if out.Len() != 0 {
		t.Errorf("wrote a log: %s", out.String())
	}
}

// The log always says which jwtlint wrote it, and counts columns in code
// points.
func TestLogShape(t *testing.T) {
	log := newRun(t.TempDir()).log()
	run := log.Runs[0]
	if run.Tool.Driver.Version == "" || run.ColumnKind != "unicodeCodePoints" || log.Version != "2.1.0" {
		t.Errorf("driver.version %q, columnKind %q, version %q", run.Tool.Driver.Version, run.ColumnKind, log.Version)
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.Name != RuleName(r.ID) {
			t.Errorf("rule %s named %q", r.ID, r.Name)
		}
	}
}

// A package that does not type-check never empties the log: the results of
// the other packages, and of its own declarations that type-check, are
// written, its errors are error notifications, executionSuccessful is
// false and the exit code is 1 (issue 13 item 2).
func TestLoadErrorsKeepResults(t *testing.T) {
	app := gopath(t, nonASCII)
	broken := filepath.Join(filepath.Dir(app), "broken")
	const brokenSrc = `package broken

import "github.com/golang-jwt/jwt/v5"

func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("broken-package-but-typed"))
}

func Broken() int { return undefinedName }
`
	if err := os.MkdirAll(broken, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "broken.go"), []byte(brokenSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	// A package that imports no JWT library and does not type-check: the
	// analyzer runs on it too (the driver's AllRoots), for its note.
	plain := filepath.Join(filepath.Dir(app), "example.com", "plain") // a dot: not judged the standard library
	if err := os.MkdirAll(plain, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(plain, "plain.go"), []byte("package plain\n\nfunc Plain() int { return alsoUndefined }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(app))
	var out, errb strings.Builder
	code := Main([]string{"-enable", "hardcoded-key", "./..."}, &out, &errb)
	if code != ExitFailed {
		t.Errorf("exit %d, want %d\n%s", code, ExitFailed, errb.String())
	}
	if !strings.Contains(errb.String(), "undefined: undefinedName") {
		t.Errorf("stderr does not name the load error:\n%s", errb.String())
	}
	var log Log
	if err := json.Unmarshal([]byte(out.String()), &log); err != nil {
		t.Fatalf("log: %v\n%s", err, out.String())
	}
	run := log.Runs[0]
	files := map[string]int{}
	for _, r := range run.Results {
		files[r.Locations[0].PhysicalLocation.ArtifactLocation.URI]++
	}
	if files["app/app.go"] < 2 || files["broken/broken.go"] != 1 {
		t.Errorf("results per file %v, want app/app.go's (2 or more) and broken/broken.go's Sign (1)", files)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful {
		t.Error("executionSuccessful is true")
	}
	var errs, notes int
	for _, n := range inv.Notifications {
		switch {
		case n.Level == "error" && (strings.Contains(n.Message.Text, "undefined: undefinedName") || strings.Contains(n.Message.Text, "undefined: alsoUndefined")):
			errs++
		case n.Level == "note" && strings.HasPrefix(n.Message.Text, "broken was analyzed in part") && strings.Contains(n.Message.Text, "(Broken)"),
			n.Level == "note" && strings.HasPrefix(n.Message.Text, "example.com/plain was analyzed in part") && strings.Contains(n.Message.Text, "(Plain)"):
			notes++
		}
	}
	if errs != 2 || notes != 2 {
		t.Errorf("notifications %+v: want both load errors and the notes on Broken and Plain", inv.Notifications)
	}
}
