package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gitleaks' flag names mean what they mean in gitleaks.
func TestGitleaksFlagAliases(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".env"), []byte("JWT_SECRET=changeme\nTOKEN_SECRET=letmein\n"), 0o600)
	report := filepath.Join(t.TempDir(), "r.json")

	code, out, errs := scan(t, "--source", dir, "--report-format", "json", "--report-path", report, "--no-banner")
	if b, _ := os.ReadFile(report); code != 1 || out != "" || errs != "" || len(decode(t, string(b))) != 2 {
		t.Fatalf("--source --report-format --report-path: exit %d, stdout %q, stderr %q, report %s", code, out, errs, b)
	}
	if code, _, _ := scan(t, "-s", dir, "--baseline-path", report); code != 0 {
		t.Errorf("--baseline-path: exit %d, want the findings ignored", code)
	}
	ignoreDir := t.TempDir()
	os.WriteFile(filepath.Join(ignoreDir, ".gitleaksignore"), []byte(".env:weak-secret:1\n"), 0o600)
	if _, out, _ := scan(t, "--format", "json", "--gitleaks-ignore-path", ignoreDir, dir); strings.Join(summary(decode(t, out)), ",") != "weak-secret .env:2" {
		t.Errorf("--gitleaks-ignore-path DIR: %v", summary(decode(t, out)))
	}
	// -v: the findings as text too, on stdout beside a report file, on
	// stderr beside another format on stdout.
	code, out, _ = scan(t, "-v", "--report-path", report, dir)
	if code != 1 || !strings.Contains(out, ".env:1:12: weak-secret: JWT_SECRET is a well-known default") {
		t.Errorf("-v with a report file: stdout %q", out)
	}
	_, out, errs = scan(t, "--verbose", "--report-format", "json", dir)
	if len(decode(t, out)) != 2 || !strings.Contains(errs, ".env:2:14: weak-secret: TOKEN_SECRET") {
		t.Errorf("--verbose with JSON on stdout: stderr %q", errs)
	}
	// --redact[=N]: alone, jwtlint's masking; a percentage, gitleaks'.
	for _, tc := range []struct {
		arg, secret string
	}{
		{"--redact", "c*****"},
		{"--redact=true", "c*****"},
		{"--redact=100", "*****"},
		{"--redact=50", "chan*****"},
		{"--redact=0", "changeme"},
		{"--redact=false", "changeme"},
	} {
		_, out, errs := scan(t, "--report-format", "json", tc.arg, dir)
		fs := decode(t, out)
		if len(fs) != 2 || fs[0].Secret != tc.secret {
			t.Errorf("%s: findings %+v, want the secret %q (%s)", tc.arg, fs, tc.secret, errs)
		}
	}
	if code, _, errs := scan(t, "--redact=101", dir); code != 2 || !strings.Contains(errs, "percentage from 0 to 100") {
		t.Errorf("--redact=101: exit %d, %q", code, errs)
	}
	if code, _, errs := scan(t, "--source", dir, dir); code != 2 || !strings.Contains(errs, "too many arguments") {
		t.Errorf("--source and PATH: exit %d, %q", code, errs)
	}
}

// scan FILE scans that file, its findings relative to its directory, the
// fix naming it as given.
func TestScanFile(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		".gitignore":       "*.env\n",
		"config/.env":      "JWT_SECRET=changeme\n",
		"config/other.env": "JWT_SECRET=letmein\n",
		"other.yaml":       "jwt:\n  secret: changeme\n",
	})
	r.commit("ignore")
	t.Chdir(r.dir)
	code, out, errs := scan(t, "--format", "json", "config/.env")
	fs := decode(t, out)
	if code != 1 || len(fs) != 1 || fs[0].File != ".env" || fs[0].Fix != "jwtlint gen --alg HS256 --env-file config/.env --var JWT_SECRET" {
		t.Fatalf("exit %d, findings %+v (%s)", code, fs, errs)
	}
	code, _, errs = scan(t, "--fix", "config/.env")
	if b, _ := os.ReadFile("config/.env"); code != 0 || strings.Contains(string(b), "changeme") || !strings.Contains(errs, "set JWT_SECRET in config/.env (line 1)") {
		t.Errorf("--fix FILE: exit %d, %q, file %q", code, errs, b)
	}
	if b, _ := os.ReadFile("config/other.env"); string(b) != "JWT_SECRET=letmein\n" {
		t.Errorf("--fix FILE changed another file: %q", b)
	}
}
