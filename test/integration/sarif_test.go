package integration

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The SARIF 2.1.0 schema (2.1.0-rtm.5, the schema of the OASIS standard),
// as the npm package @microsoft/jest-sarif 1.0.0-beta.0 ships it in
// lib/schemas/sarif-2.1.0-rtm.5.json.
const schemaFile = "testdata/sarif-2.1.0-rtm.5.json"

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validate checks log against the schema and returns it decoded.
func validate(t *testing.T, log []byte) map[string]any {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, log)
	}
	if err := sarifSchema(t).Validate(inst); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(log, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The schema check has teeth: it rejects a log with a result whose level
// SARIF does not know.
func TestSchemaRejects(t *testing.T) {
	bad := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"high"}]}]}`
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t).Validate(inst); err == nil {
		t.Fatal("schema accepted level \"high\"")
	}
}

type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name  string
				Rules []struct {
					ID, Name, HelpURI    string
					ShortDescription     struct{ Text string }
					Help                 struct{ Text, Markdown string }
					Properties           map[string]any
					DefaultConfiguration struct{ Level string }
				}
			}
		}
		Results []struct {
			RuleID, Level string
			Message       struct{ Text string }
			Locations     []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string }
					Region           struct{ StartLine, StartColumn int }
				}
			}
		}
	}
}

func TestAnalyzerSARIF(t *testing.T) {
	c := exec.Command(jwtlint, "sarif", "./...")
	c.Dir = filepath.Join(root, "testdata", "example")
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		t.Fatalf("jwtlint sarif: %v\n%s", err, stderr.String())
	}
	validate(t, out)
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	rules := map[string]int{}
	for i, r := range run.Tool.Driver.Rules {
		rules[r.ID] = i
	}
	r := run.Tool.Driver.Rules[rules["hardcoded-key"]]
	if r.Name != "HardcodedKey" || r.HelpURI != "https://github.com/jwtlint/jwtlint#hardcoded-key" ||
		r.DefaultConfiguration.Level != "error" || r.Properties["security-severity"] != "9.1" ||
		!strings.HasPrefix(r.Help.Markdown, "### `hardcoded-key`") {
		t.Errorf("hardcoded-key rule: %+v", r)
	}
	if tags, _ := r.Properties["tags"].([]any); len(tags) == 0 || !strings.Contains(strings.Join(anyStrings(tags), ","), "external/cwe/cwe-798") {
		t.Errorf("hardcoded-key tags: %v", r.Properties["tags"])
	}
	// The results are the example's golden findings. The golden messages end
	// with the rule ID, as the text output does; SARIF carries it as ruleId
	// only. Their paths are relative to the top of the git work tree (code
	// scanning's checkout), where the example is testdata/example/ (in a
	// copy of the tree outside git, to the example itself).
	prefix := ""
	if out, err := exec.Command("git", "-C", c.Dir, "rev-parse", "--show-prefix").Output(); err == nil {
		prefix = strings.TrimSpace(string(out))
	}
	golden := strings.Split(strings.TrimSpace(read(t, filepath.Join(root, "testdata", "example", "expected.golden"))), "\n")
	for i := range golden {
		golden[i] = prefix + golden[i]
	}
	if got := resultLines(t, log); strings.Join(got, "\n") != strings.Join(golden, "\n") {
		t.Errorf("SARIF results:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(golden, "\n"))
	}
}

// resultLines returns the results of the log's run in expected.golden's
// form.
func resultLines(t *testing.T, log sarifLog) []string {
	t.Helper()
	var got []string
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		if suffix := " (" + res.RuleID + ")"; strings.HasSuffix(res.Message.Text, suffix) {
			t.Errorf("SARIF message repeats the rule ID: %q", res.Message.Text)
		}
		got = append(got, loc.ArtifactLocation.URI+":"+itoa(loc.Region.StartLine)+":"+itoa(loc.Region.StartColumn)+": "+res.RuleID+": "+res.Message.Text+" ("+res.RuleID+")")
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result location %+v is not relative to %%SRCROOT%%", loc.ArtifactLocation)
		}
	}
	return got
}

// One package that does not type-check does not empty the log: uploaded to
// code scanning, an empty log closes every open alert. The other packages'
// results are all there, the error is a tool notification, the run did not
// succeed, and the exit code is 1 (README).
func TestAnalyzerSARIFLoadError(t *testing.T) {
	dir := copyExample(t)
	write(t, filepath.Join(dir, "broken", "broken.go"), "package broken\n\nfunc F() int { return notDefined }\n")
	c := exec.Command(jwtlint, "sarif", "./...")
	c.Dir = dir
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if code := exitCode(err); code != 1 {
		t.Errorf("jwtlint sarif with a package that does not type-check: exit %d, want 1\n%s", code, stderr.String())
	}
	m := validate(t, out)
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	golden := strings.Split(strings.TrimSpace(read(t, filepath.Join(root, "testdata", "example", "expected.golden"))), "\n")
	if got := resultLines(t, log); strings.Join(got, "\n") != strings.Join(golden, "\n") {
		t.Errorf("SARIF results:\n%s\nwant the example's:\n%s", strings.Join(got, "\n"), strings.Join(golden, "\n"))
	}
	inv := m["runs"].([]any)[0].(map[string]any)["invocations"].([]any)[0].(map[string]any)
	if inv["executionSuccessful"] != false {
		t.Errorf("executionSuccessful %v, want false", inv["executionSuccessful"])
	}
	b, _ := json.Marshal(inv["toolExecutionNotifications"])
	if !strings.Contains(string(b), `"level":"error"`) || !strings.Contains(string(b), "undefined: notDefined") {
		t.Errorf("toolExecutionNotifications do not hold the load error: %s", b)
	}
}

// Both SARIF logs, the analyzer's and the scanner's, say which jwtlint wrote
// them (driver.version, as "jwtlint version" prints it) and name their
// rules alike: the rule ID in CamelCase.
func TestSARIFDrivers(t *testing.T) {
	fields := strings.Fields(must(t, t.TempDir(), nil, jwtlint, "version"))
	if len(fields) != 2 || fields[1] == "" {
		t.Fatalf("jwtlint version: %q", fields)
	}
	version := fields[1]
	analyzerLog, _ := exec.Command(jwtlint, "sarif", "-o", "-", "./...").Output()
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".env"), "JWT_SECRET=changeme\n")
	c := exec.Command(jwtlint, "scan", "--format", "sarif", dir)
	scanLog, _ := c.Output()
	camel := regexp.MustCompile(`^([A-Z][a-z0-9]*)+$`)
	for name, out := range map[string][]byte{"analyzer": analyzerLog, "scanner": scanLog} {
		validate(t, out)
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct {
						Name, Version string
						Rules         []struct{ ID, Name string }
					}
				}
			}
		}
		if err := json.Unmarshal(out, &log); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d := log.Runs[0].Tool.Driver
		if d.Name != "jwtlint" || d.Version != version {
			t.Errorf("%s log: driver %q version %q, want jwtlint %q", name, d.Name, d.Version, version)
		}
		if len(d.Rules) == 0 {
			t.Errorf("%s log has no rules", name)
		}
		for _, r := range d.Rules {
			want := ""
			for _, w := range strings.Split(r.ID, "-") {
				want += strings.ToUpper(w[:1]) + w[1:]
			}
			if r.Name != want || !camel.MatchString(r.Name) {
				t.Errorf("%s log: rule %s named %q, want %q", name, r.ID, r.Name, want)
			}
		}
	}
}

func TestScannerSARIF(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".env"), "JWT_SECRET=changeme\nAPP_NAME=demo\n")
	c := exec.Command(jwtlint, "scan", "--format", "sarif", dir)
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() != 1 || err != nil && !ok {
		t.Fatalf("jwtlint scan: %v\n%s", err, stderr.String())
	}
	validate(t, out)
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Fatalf("no results in the scanner's SARIF:\n%s", out)
	}
	// The rules' help names "changeme" as an example; the results must not
	// show the secret.
	var raw struct {
		Runs []struct{ Results json.RawMessage }
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw.Runs[0].Results), "changeme") {
		t.Errorf("the scanner's SARIF results show the secret:\n%s", raw.Runs[0].Results)
	}
}

func anyStrings(a []any) []string {
	var s []string
	for _, v := range a {
		s = append(s, v.(string))
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }
