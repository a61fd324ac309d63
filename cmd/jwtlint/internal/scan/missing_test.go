package scan

import (
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readReport reads the findings of a JSON report.
func readReport(t *testing.T, path string) []Finding {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fs []Finding
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	return fs
}

// dropBlob deletes the loose object of the blob at rev:path, as a copy of a
// repository made without its largest files lacks it.
func (r *repo) dropBlob(rev, path string) {
	r.t.Helper()
	sha := r.git("rev-parse", rev+":"+path)
	if err := os.Remove(filepath.Join(r.dir, ".git", "objects", sha[:2], sha[2:])); err != nil {
		r.t.Fatal(err)
	}
}

// TestGitMissingBlobs: sweep 3's go-zero-looklook, iris-admin, Petstore and
// authorizer mirrors lack a few large blobs (pictures, binaries, vendored
// bundles); `git log -p` stops at the first ("unable to read SHA") and the
// history scan exited 2 without a finding. The scan skips those files, says
// so, and reports the secrets of the rest of the history.
func TestGitMissingBlobs(t *testing.T) {
	r := newRepo(t)
	big := make([]byte, 4096)
	rand.Read(big)
	r.write(map[string]string{
		".env":               "JWT_SECRET=changeme\n",
		"docs/shot [1].png":  string(big),
		"docs/copy/shot.png": string(big),
	})
	r.commit("one")
	r.write(map[string]string{"config/app.yaml": "jwt:\n  secret: secret\n"})
	r.commit("two")
	r.dropBlob("HEAD", "docs/shot [1].png")
	if out, err := gitOutput(t.Context(), r.dir, "log", "-p", "--all"); err == nil || !strings.Contains(err.Error(), "unable to read") {
		t.Fatalf("git log -p on the damaged repository: %v, want unable to read (output %d bytes)", err, len(out))
	}

	report := filepath.Join(t.TempDir(), "r.json")
	code, _, errs := scan(t, "--git", "--format", "json", "--report", report, r.dir)
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (stderr %q)", code, errs)
	}
	for _, want := range []string{"lacks blobs of 2 file(s)", "docs/copy/shot.png, docs/shot [1].png", "git fsck"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q does not contain %q", errs, want)
		}
	}
	fs := readReport(t, report)
	var got []string
	for _, f := range fs {
		got = append(got, f.RuleID+" "+f.File+":"+f.Name)
	}
	slices.Sort(got)
	want := []string{"weak-secret .env:JWT_SECRET", "weak-secret config/app.yaml:jwt.secret"}
	if !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q (each once: the first, stopped scan's are dropped)", got, want)
	}
}

// TestGitMissingBlobsLogOpts: the skipped paths are added to the user's own
// pathspecs, and a scan limited to files that are all there is unchanged.
func TestGitMissingBlobsLogOpts(t *testing.T) {
	for _, tc := range []struct {
		opts, paths, want []string
	}{
		{[]string{"--all"}, []string{"a b.png"}, []string{"--all", "--", ":(exclude,literal)a b.png"}},
		{[]string{"main", "--", "config/"}, []string{"*.png"}, []string{"main", "--", "config/", ":(exclude,literal)*.png"}},
	} {
		if got := withoutPaths(tc.opts, tc.paths); !slices.Equal(got, tc.want) {
			t.Errorf("withoutPaths(%q, %q) = %q, want %q", tc.opts, tc.paths, got, tc.want)
		}
	}

	r := newRepo(t)
	r.write(map[string]string{"config/.env": "JWT_SECRET=changeme\n", "bin/tool": "\x00binary"})
	r.commit("one")
	r.dropBlob("HEAD", "bin/tool")
	code, _, errs := scan(t, "--git", "--log-opts", "--all -- config/", r.dir)
	if code != 1 || strings.Contains(errs, "lacks blobs") {
		t.Errorf("scan of config/ only: exit %d, stderr %q; want 1 and no note (nothing missing there)", code, errs)
	}
	code, _, errs = scan(t, "--git", r.dir)
	if code != 1 || !strings.Contains(errs, "skipped in every commit: bin/tool") {
		t.Errorf("scan of all: exit %d, stderr %q; want 1 and bin/tool skipped", code, errs)
	}
}

// TestGitSkipsVendor: the history scan leaves other people's code alone as
// the file scan does (sweep 2's envsecrets: vendor/github.com/labstack/
// echo-jwt/README.md's example tokens, signed with "secret", were two
// cracked-token findings of the history only).
func TestGitSkipsVendor(t *testing.T) {
	r := newRepo(t)
	tok := signHS(t, "HS256", "secret", `{"sub":"42"}`)
	r.write(map[string]string{
		".env":                             "JWT_SECRET=changeme\n",
		"vendor/example.com/lib/README.md": "Authorization: Bearer " + tok + "\n",
		"node_modules/lib/.env":            "JWT_SECRET=secret\n",
	})
	r.commit("one")
	for _, args := range [][]string{{r.dir}, {"--git", r.dir}} {
		report := filepath.Join(t.TempDir(), "r.json")
		code, _, errs := scan(t, append([]string{"--format", "json", "--report", report}, args...)...)
		if code != 1 {
			t.Fatalf("%v: exit code %d, want 1 (stderr %q)", args, code, errs)
		}
		for _, f := range readReport(t, report) {
			if f.File != ".env" {
				t.Errorf("%v: finding in %s (%s), want only .env's", args, f.File, f.RuleID)
			}
		}
	}
}
