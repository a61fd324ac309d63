package scan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The scanner's SARIF log counts columns in code points, as its columnKind
// says, on lines with text outside ASCII before and in the secret; its
// rules are named like the analyzer's, and its driver has a version.
func TestSARIFShape(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.json": `{"clé": "ééé", "jwt_secret": "changeme"}` + "\n",
		"b.env":  "JWT_SECRET=chângéme # ça\n",
		"c.yaml": "jwt: {note: 日本語, secret: changeme}\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := scan(t, "--format", "sarif", "--no-redact", dir)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var log struct {
		Runs []struct {
			ColumnKind string
			Tool       struct {
				Driver struct {
					Version string
					Rules   []struct{ ID, Name string }
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn, EndColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if run.Tool.Driver.Version == "" {
		t.Error("no driver.version")
	}
	for _, r := range run.Tool.Driver.Rules {
		want := map[string]string{RuleWeakSecret: "WeakSecret", RuleShortSecret: "ShortSecret", RuleCommittedSecret: "CommittedSecret", RuleCrackedToken: "CrackedToken"}[r.ID]
		if r.Name != want {
			t.Errorf("rule %s named %q, want %q (as the analyzer names its rules)", r.ID, r.Name, want)
		}
	}
	if uri := run.OriginalURIBaseIDs["%SRCROOT%"].URI; uri != "file://"+filepath.ToSlash(dir)+"/" {
		t.Errorf("%%SRCROOT%% is %q, want the scanned directory", uri)
	}
	want := map[string]string{"a.json": "changeme", "b.env": "chângéme", "c.yaml": "changeme"}
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		secret, ok := want[loc.ArtifactLocation.URI]
		if !ok || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("unexpected result %+v", loc)
			continue
		}
		delete(want, loc.ArtifactLocation.URI)
		line := []rune(strings.Split(files[loc.ArtifactLocation.URI], "\n")[loc.Region.StartLine-1])
		r := loc.Region
		if r.StartColumn < 1 || r.EndColumn > len(line)+1 || r.StartColumn >= r.EndColumn || string(line[r.StartColumn-1:r.EndColumn-1]) != secret {
			t.Errorf("%s: region columns %d-%d of %q do not select %q", loc.ArtifactLocation.URI, r.StartColumn, r.EndColumn, string(line), secret)
		}
	}
	if len(want) > 0 {
		t.Errorf("no result for %v", want)
	}
}

// A scan of a directory inside a git repository writes SARIF locations
// relative to the repository's top (%SRCROOT%), where code scanning looks
// for them, not to the scanned directory.
func TestSARIFRepositoryRoot(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{".gitignore": "*.env\n", "svc/config/app.env": "JWT_SECRET=changeme\n"})
	r.commit("ignore .env")
	code, out, errs := scan(t, "--format", "sarif", filepath.Join(r.dir, "svc"))
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if uri := run.OriginalURIBaseIDs["%SRCROOT%"].URI; uri != "file://"+filepath.ToSlash(r.dir)+"/" {
		t.Errorf("%%SRCROOT%% is %q, want the repository's top %s", uri, r.dir)
	}
	if len(run.Results) != 1 {
		t.Fatalf("%d results, want 1:\n%s", len(run.Results), out)
	}
	if loc := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "svc/config/app.env" || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("location %+v, want svc/config/app.env relative to %%SRCROOT%%", loc)
	}
	// The text report keeps paths relative to the scanned directory.
	if _, out, _ := scan(t, filepath.Join(r.dir, "svc")); !strings.HasPrefix(out, "config/app.env:1:") {
		t.Errorf("text report:\n%s", out)
	}
}
