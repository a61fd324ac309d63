package scan

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// derived returns n bytes derived from label, hex-encoded: a strong-looking
// secret that is the same on every run (golden files stay stable), made at
// test time rather than pasted.
func derived(label string, n int) string {
	var out []byte
	for i := 0; len(out) < n; i++ {
		s := sha256.Sum256([]byte(label + string(rune('a'+i))))
		out = append(out, s[:]...)
	}
	return hex.EncodeToString(out[:n])
}

// repo is a git repository in a temporary directory, driven by the real git
// with a fixed identity and dates and no user or system configuration.
type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", r.dir}, args...)...)
	cmd.Env = append(os.Environ(),
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Test Author", "GIT_AUTHOR_EMAIL=author@example.com",
		"GIT_COMMITTER_NAME=Test Author", "GIT_COMMITTER_EMAIL=author@example.com",
		"GIT_AUTHOR_DATE=2026-01-02T03:04:05Z", "GIT_COMMITTER_DATE=2026-01-02T03:04:05Z")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *repo) write(files map[string]string) {
	r.t.Helper()
	for name, content := range files {
		p := filepath.Join(r.dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			r.t.Fatal(err)
		}
	}
}

func (r *repo) commit(msg string) string {
	r.t.Helper()
	r.git("add", "-A")
	r.git("commit", "-q", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

// scan runs Main and returns its exit code, stdout and stderr.
func scan(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// secrets of the fixture repository, all generated here.
var (
	strongSecret   = derived("strong committed", 64) // 128 hex characters: 512 bits
	shortSecret    = derived("short for HS512", 32)  // 64 hex characters: 256 bits
	ignoredStrong  = derived("ignored local", 32)
	strongTokenKey = derived("strong token key", 64)
)

// fixture builds the repository of the acceptance test: weak secrets
// in every supported format (some in files deleted since), a secret too
// short for its algorithm, a strong secret committed, placeholders, tokens
// signed with weak and strong secrets, and ignored local files.
func fixture(t *testing.T) *repo {
	r := newRepo(t)
	r.write(map[string]string{
		".gitignore":             ".env.local\nlocal/\n",
		".env.production":        "# production settings\nJWT_SECRET=changeme\nPORT=8080\n",
		"deploy.sh":              "#!/bin/sh\nexport JWT_SECRET=\"s3cr3t\"\nexec ./server\n",
		"config/app.yaml":        "server:\n  port: 8080\njwt:\n  secret: myapp2026\n  algorithm: HS384\n",
		"appsettings.json":       "{\n  \"Logging\": {\"Level\": \"Info\"},\n  \"Jwt\": {\n    \"Key\": \"your-256-bit-secret\",\n    \"Issuer\": \"me\"\n  }\n}\n",
		"config.toml":            "title = \"app\"\n[jwt]\nsecret = \"asdfghjkl\"\n",
		"app.ini":                "[auth]\njwt_secret = aaaaaaaaaaaaaaaa\n",
		"application.properties": "server.port=8080\njwt.secret=supersecret2024\n",
		"docker-compose.yml": "services:\n  api:\n    image: api\n    environment:\n      - JWT_SECRET=secret123\n" +
			"  worker:\n    image: worker\n    environment:\n      TOKEN_SECRET: letmein\n",
		"k8s/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: jwt\ntype: Opaque\ndata:\n  jwt-secret: " +
			base64.StdEncoding.EncodeToString([]byte("keyboard cat")) + "\nstringData:\n  JWT_KEY: password123\n",
		".env.example": "JWT_SECRET=\nAUTH_SECRET=${AUTH_SECRET}\nJWT_KEY=<your-secret>\nJWT_SIGNING_KEY={{ .Values.key }}\n",
		"allowed.env":  "JWT_SECRET=changeme # gitleaks:allow\n",
	})
	r.commit("initial configuration")
	r.git("rm", "-q", ".env.production", "deploy.sh")
	r.write(map[string]string{
		"short.env":  "JWT_ALGORITHM=HS512\nJWT_SECRET=" + shortSecret + "\n",
		"strong.env": "JWT_SECRET=" + strongSecret + "\n",
	})
	r.commit("remove production env, add keys")
	r.write(map[string]string{
		"docs/api.md": "Example:\n\n    Authorization: Bearer " + signHS(t, "HS256", "secret", `{"sub":"42","name":"weak"}`) + "\n\n" +
			"Found value: " + signHS(t, "HS384", "myapp2026", `{"sub":"43"}`) + "\n\n" +
			"Strong: " + signHS(t, "HS512", strongTokenKey, `{"sub":"44"}`) + "\n",
	})
	r.commit("document the API")
	// Local, ignored files.
	r.write(map[string]string{
		".env.local":       "JWT_SECRET=changeme\n",
		"local/strong.env": "JWT_SECRET=" + ignoredStrong + "\n",
	})
	return r
}

// normalize replaces what changes between runs (the temporary directory,
// commit hashes) by stable names.
func normalize(s, dir string) string {
	s = strings.ReplaceAll(s, filepath.ToSlash(dir), "$DIR")
	commits := map[string]string{}
	return regexp.MustCompile(`\b[0-9a-f]{40}\b`).ReplaceAllStringFunc(s, func(c string) string {
		if _, ok := commits[c]; !ok {
			commits[c] = "COMMIT" + string(rune('A'+len(commits)))
		}
		return commits[c]
	})
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", name, got)
	}
}

type jsonFinding struct {
	RuleID, File, Commit, Secret, Name, Algorithm, Fix, Fingerprint string
	StartLine, StartColumn, EndColumn                               int
	Committed                                                       bool
}

func decode(t *testing.T, out string) []jsonFinding {
	t.Helper()
	var fs []jsonFinding
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out)
	}
	return fs
}

// summary lists "rule file:line" of each finding, sorted.
func summary(fs []jsonFinding) []string {
	var s []string
	for _, f := range fs {
		s = append(s, f.RuleID+" "+f.File+":"+itoa(f.StartLine))
	}
	sort.Strings(s)
	return s
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestScanGitHistory(t *testing.T) {
	r := fixture(t)
	code, out, errs := scan(t, "--git", "--format", "json", r.dir)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", code, errs)
	}
	fs := decode(t, out)
	want := []string{
		"committed-secret strong.env:1",
		"cracked-token docs/api.md:3",
		"cracked-token docs/api.md:5",
		"short-secret short.env:2",
		"weak-secret .env.production:2",
		"weak-secret app.ini:2",
		"weak-secret application.properties:2",
		"weak-secret appsettings.json:4",
		"weak-secret config.toml:3",
		"weak-secret config/app.yaml:4",
		"weak-secret deploy.sh:2",
		"weak-secret docker-compose.yml:5",
		"weak-secret docker-compose.yml:9",
		"weak-secret k8s/secret.yaml:7",
		"weak-secret k8s/secret.yaml:9",
	}
	if got := summary(fs); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range fs {
		if f.Commit == "" || !f.Committed {
			t.Errorf("%s %s: history finding without commit", f.RuleID, f.File)
		}
		switch f.File {
		case "config/app.yaml":
			if f.Algorithm != "HS384" {
				t.Errorf("app.yaml algorithm %q, want HS384", f.Algorithm)
			}
		case "short.env", "strong.env":
			// Committed and still there: untrack the file and rotate the
			// secret where it is deployed; gen --env-file would refuse the
			// tracked file, and --rotate would keep a leaked value.
			want := "git rm --cached " + r.dir + "/" + f.File + ", add it to .gitignore and rotate it where it is deployed (jwtlint gen --alg " + firstNonEmpty(f.Algorithm, "HS256") + "); it stays in git history"
			if !strings.HasPrefix(f.Fix, want) || strings.Contains(f.Fix, "--rotate") {
				t.Errorf("%s: fix %q, want it to start %q", f.File, f.Fix, want)
			}
		case ".env.production", "deploy.sh":
			// Deleted since: rotate where deployed.
			if !strings.HasPrefix(f.Fix, "rotate it where it is deployed (jwtlint gen --alg HS256)") {
				t.Errorf("%s (deleted): fix %q", f.File, f.Fix)
			}
		}
		if f.RuleID != RuleCrackedToken && !strings.Contains(f.Fix, "jwtlint gen --alg HS") {
			t.Errorf("%s %s: fix %q", f.RuleID, f.File, f.Fix)
		}
	}
	golden(t, "history.json", normalize(out, r.dir))

	code, out, _ = scan(t, "--git", "--format", "sarif", r.dir)
	if code != 1 {
		t.Fatalf("sarif: exit code %d", code)
	}
	var sarif struct {
		Version string
		Runs    []struct{ Results []struct{ RuleID string } }
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs[0].Results) != len(want) {
		t.Fatalf("SARIF report: %v, %+v", err, sarif)
	}
	golden(t, "history.sarif", normalize(out, r.dir))
}

func TestScanWorkTree(t *testing.T) {
	r := fixture(t)
	code, out, errs := scan(t, "--format", "json", r.dir)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", code, errs)
	}
	fs := decode(t, out)
	want := []string{
		"committed-secret strong.env:1",
		"cracked-token docs/api.md:3",
		"cracked-token docs/api.md:5",
		"short-secret short.env:2",
		"weak-secret .env.local:1",
		"weak-secret app.ini:2",
		"weak-secret application.properties:2",
		"weak-secret appsettings.json:4",
		"weak-secret config.toml:3",
		"weak-secret config/app.yaml:4",
		"weak-secret docker-compose.yml:5",
		"weak-secret docker-compose.yml:9",
		"weak-secret k8s/secret.yaml:7",
		"weak-secret k8s/secret.yaml:9",
	}
	if got := summary(fs); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range fs {
		if f.Commit != "" {
			t.Errorf("%s: work tree finding with commit %s", f.File, f.Commit)
		}
		if want := f.File != ".env.local"; f.Committed != want {
			t.Errorf("%s: Committed = %v, want %v", f.File, f.Committed, want)
		}
	}
	golden(t, "worktree.json", normalize(out, r.dir))
}

// TestNoSecretInReports checks every format for every secret of the fixture:
// none appears in full unless --no-redact.
func TestNoSecretInReports(t *testing.T) {
	r := fixture(t)
	secrets := []string{"changeme", "s3cr3t", "myapp2026", "your-256-bit-secret", "asdfghjkl", "aaaaaaaaaaaaaaaa",
		"supersecret2024", "secret123", "letmein", "keyboard cat", "password123", strongSecret, shortSecret, ignoredStrong}
	for _, format := range []string{"text", "json", "sarif", "csv", "junit"} {
		for _, mode := range [][]string{{"--git"}, {}} {
			args := append(append([]string{"--format", format}, mode...), r.dir)
			code, out, _ := scan(t, args...)
			if code != 1 || out == "" {
				t.Fatalf("%v: exit %d, output %q", args, code, out)
			}
			if format == "sarif" {
				// The rules' documentation quotes weak examples; look at
				// the results only.
				var log struct {
					Runs []struct{ Results json.RawMessage }
				}
				if err := json.Unmarshal([]byte(out), &log); err != nil {
					t.Fatal(err)
				}
				out = string(log.Runs[0].Results)
			}
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("%v: report contains the secret %q", args, s)
				}
			}
		}
	}
	_, out, _ := scan(t, "--format", "json", "--no-redact", "--git", r.dir)
	for _, s := range []string{"changeme", strongSecret, shortSecret, "secret"} {
		if !strings.Contains(out, `"Secret": "`+s+`"`) {
			t.Errorf("--no-redact: secret %q not shown", s)
		}
	}
}

func TestExitCodesAndErrors(t *testing.T) {
	clean := newRepo(t)
	clean.write(map[string]string{"README": "nothing here\n", ".env": "JWT_SECRET=\n"})
	clean.commit("clean")
	notRepo := t.TempDir()
	dirty := t.TempDir()
	os.WriteFile(filepath.Join(dirty, ".env"), []byte("JWT_SECRET=changeme\n"), 0o600)

	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"clean tree", []string{clean.dir}, 0, ""},
		{"clean history", []string{"--git", clean.dir}, 0, ""},
		{"findings", []string{dirty}, 1, ""},
		{"exit-code", []string{"--exit-code", "7", dirty}, 7, ""},
		{"flags after path", []string{dirty, "--exit-code", "3"}, 3, ""},
		{"bad flag", []string{"--bogus"}, 2, "flag provided but not defined"},
		{"bad format", []string{"--format", "xml", dirty}, 2, `unknown --format "xml"`},
		{"two paths", []string{dirty, dirty}, 2, "too many arguments"},
		{"missing path", []string{filepath.Join(notRepo, "nope")}, 2, "no such file or directory"},
		{"file path", []string{filepath.Join(dirty, ".env")}, 1, ""},
		{"file path with --git", []string{"--git", filepath.Join(clean.dir, ".env")}, 2, "it is a file, and --git scans a repository"},
		{"device", []string{os.DevNull}, 2, "not a directory or a regular file"},
		{"not a repository", []string{"--git", notRepo}, 2, "is not a git repository"},
		{"staged not a repository", []string{"--staged", notRepo}, 2, "is not a git repository"},
		{"git and staged", []string{"--git", "--staged", clean.dir}, 2, "cannot be used together"},
		{"missing baseline", []string{"--baseline", filepath.Join(notRepo, "b.json"), dirty}, 2, "reading baseline"},
		{"missing wordlist", []string{"--wordlist", filepath.Join(notRepo, "w.txt"), dirty}, 2, "reading word list"},
		{"bad config", []string{"--config", filepath.Join(notRepo, "none.toml"), dirty}, 2, "gitleaks config"},
		{"bad log-opts", []string{"--git", "--log-opts", "--no-such-option", clean.dir}, 2, `--log-opts: "--no-such-option" is not allowed`},
		{"git log fails", []string{"--git", "--log-opts", "no-such-branch", clean.dir}, 2, "git log failed"},
		{"report to unwritable place", []string{"--report", filepath.Join(notRepo, "no", "dir", "r.json"), dirty}, 2, "writing report"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := scan(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tc.code, errs)
			}
			if tc.stderr != "" && !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr %q does not contain %q", errs, tc.stderr)
			}
			if tc.code == 2 && strings.Count(strings.TrimSpace(errs), "\n") > 0 && !strings.Contains(errs, "Usage") {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}

func TestBaselineIgnoreAndAllow(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		"a.env": "JWT_SECRET=changeme\nJWT_KEY=hunter2 # jwtlint:allow\n",
		"b.env": "TOKEN_SECRET=letmein\n",
	})
	r.commit("weak")
	report := filepath.Join(t.TempDir(), "baseline.json")
	code, _, _ := scan(t, "--format", "json", "--report", report, r.dir)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	b, _ := os.ReadFile(report)
	fs := decode(t, string(b))
	if got := summary(fs); strings.Join(got, ",") != "weak-secret a.env:1,weak-secret b.env:1" {
		t.Fatalf("findings %v (the jwtlint:allow line must be skipped)", got)
	}
	if code, out, _ := scan(t, "--format", "json", "--baseline", report, r.dir); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("with baseline: exit %d, %s", code, out)
	}
	// A .gitleaksignore entry (global fingerprint) drops one finding.
	r.write(map[string]string{".gitleaksignore": "# known\nb.env:weak-secret:1\n"})
	_, out, _ := scan(t, "--format", "json", r.dir)
	if got := summary(decode(t, out)); strings.Join(got, ",") != "weak-secret a.env:1" {
		t.Errorf("with .gitleaksignore: %v", got)
	}
	// A commit fingerprint works in history.
	_, out, _ = scan(t, "--format", "json", "--git", r.dir)
	hist := decode(t, out)
	if len(hist) != 1 {
		t.Fatalf("history: %v", summary(hist))
	}
	r.write(map[string]string{".gitleaksignore": "b.env:weak-secret:1\n" + hist[0].Fingerprint + "\n"})
	if code, out, _ := scan(t, "--format", "json", "--git", r.dir); code != 0 {
		t.Errorf("history with commit fingerprint ignored: exit %d %s", code, out)
	}
}

func TestStaged(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{"README": "x\n", "old.env": "JWT_SECRET=changeme\n"})
	r.commit("first")
	r.write(map[string]string{"config.yaml": "jwt:\n  algorithm: HS512\n  secret: " + shortSecret + "\n", "unstaged.env": "JWT_SECRET=letmein\n"})
	r.git("add", "config.yaml")
	code, out, errs := scan(t, "--staged", "--format", "json", r.dir)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	fs := decode(t, out)
	if got := summary(fs); strings.Join(got, ",") != "short-secret config.yaml:3" {
		t.Errorf("staged findings %v", got)
	}
	if len(fs) == 1 && (fs[0].Algorithm != "HS512" || !fs[0].Committed) {
		t.Errorf("staged finding %+v", fs[0])
	}
}

func TestConfigWordlistAndLogOpts(t *testing.T) {
	r := newRepo(t)
	custom := "CUSTOM_" + derived("custom", 4)
	listed := "Zq8-vX2m-Lp4s" // a value only the word list knows
	r.write(map[string]string{"a.txt": "key " + custom + "\n"})
	r.commit("one")
	r.write(map[string]string{
		"b.env":      "JWT_SECRET=" + listed + "\n",
		"tokens.txt": signHS(t, "HS256", "from-the-list-"+listed, `{"sub":"1"}`) + "\n",
	})
	r.commit("two")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "extra.toml")
	os.WriteFile(cfg, []byte("[[rules]]\nid = \"custom-key\"\ndescription = \"Custom key\"\nregex = '''CUSTOM_[0-9a-f]{8}'''\nkeywords = [\"custom_\"]\n"), 0o600)
	wl := filepath.Join(dir, "words.txt")
	os.WriteFile(wl, []byte("\n"+listed+"\nfrom-the-list-"+listed+"\n"), 0o600)

	_, out, errs := scan(t, "--git", "--format", "json", "--config", cfg, "--wordlist", wl, r.dir)
	got := summary(decode(t, out))
	want := "cracked-token tokens.txt:1,custom-key a.txt:1,weak-secret b.env:1"
	if strings.Join(got, ",") != want {
		t.Errorf("findings %v, want %s (stderr %s)", got, want, errs)
	}
	if strings.Contains(out, custom) {
		t.Error("custom rule's secret not redacted")
	}
	// Only the last commit.
	_, out, _ = scan(t, "--git", "--format", "json", "--config", cfg, "--log-opts", "HEAD~1..HEAD", r.dir)
	if got := summary(decode(t, out)); strings.Join(got, ",") != "short-secret b.env:1" {
		t.Errorf("--log-opts HEAD~1..HEAD without word list: %v", got)
	}
	_, out, _ = scan(t, "--git", "--format", "json", "--config", cfg, "--log-opts", "HEAD~1", r.dir)
	if got := summary(decode(t, out)); strings.Join(got, ",") != "custom-key a.txt:1" {
		t.Errorf("--log-opts HEAD~1: %v", got)
	}
}

func TestFormats(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{".env": "JWT_SECRET=changeme\n"})
	for _, tc := range []struct{ format, want string }{
		{"text", ".env:1:12: weak-secret: JWT_SECRET is a well-known default"},
		{"csv", "RuleID,Commit,File,SymlinkFile,Secret,Match,StartLine"},
		{"junit", `<testsuite name="jwtlint scan" tests="1" failures="1">`},
		{"sarif", `"ruleId": "weak-secret"`},
	} {
		code, out, _ := scan(t, "--format", tc.format, r.dir)
		if code != 1 || !strings.Contains(out, tc.want) {
			t.Errorf("%s: exit %d, output lacks %q:\n%s", tc.format, code, tc.want, out)
		}
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%s: colour codes in output to a pipe", tc.format)
		}
	}
	_, out, _ := scan(t, "--explain", "short-secret")
	if !strings.Contains(out, "RFC 7518") {
		t.Errorf("--explain: %s", out)
	}
	_, _, errs := scan(t, "--progress", r.dir)
	if !strings.Contains(errs, "files") {
		t.Errorf("--progress printed %q", errs)
	}
	if _, _, errs := scan(t, r.dir); errs != "" {
		t.Errorf("progress or noise on a pipe without --progress: %q", errs)
	}
}

func TestFix(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		".gitignore":  ".env\nlocal.env\n",
		"tracked.env": "JWT_SECRET=letmein\n",
	})
	r.commit("tracked")
	env := "# app\nexport JWT_ALGORITHM=HS512\nJWT_SECRET=\"changeme\" # weak\r\nOTHER=1\n"
	r.write(map[string]string{".env": env, "local.env": "TOKEN_SECRET=" + shortSecret[:40] + "\n"})

	code, out, errs := scan(t, "--fix", "--format", "json", r.dir)
	if code != 1 {
		t.Fatalf("exit %d (tracked.env must remain): %s", code, errs)
	}
	if got := summary(decode(t, out)); strings.Join(got, ",") != "weak-secret tracked.env:1" {
		t.Errorf("findings after --fix: %v", got)
	}
	b, _ := os.ReadFile(filepath.Join(r.dir, ".env"))
	m := regexp.MustCompile(`(?m)^JWT_SECRET="([0-9a-f]+)" # weak\r$`).FindStringSubmatch(string(b))
	if m == nil || len(m[1]) != 128 {
		t.Fatalf(".env after --fix (want 512 bits, as JWT_ALGORITHM says):\n%q", b)
	}
	if want := strings.Replace(env, "changeme", m[1], 1); string(b) != want {
		t.Errorf(".env after --fix:\n%q\nwant every other byte kept:\n%q", b, want)
	}
	if strings.Contains(errs, m[1]) || !strings.Contains(errs, "set JWT_SECRET in "+r.dir+"/.env (line 3)") {
		t.Errorf("stderr: %q (must name the change, never the secret)", errs)
	}
	// Every finding left is noted, with why.
	if want := "note: tracked.env:1: weak-secret: not fixed: git tracks tracked.env, so the new secret would be committed too: git rm --cached"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
	b, _ = os.ReadFile(filepath.Join(r.dir, "local.env"))
	if !regexp.MustCompile(`^TOKEN_SECRET=[0-9a-f]{64}\n$`).Match(b) {
		t.Errorf("local.env after --fix: %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(r.dir, "tracked.env")); string(b) != "JWT_SECRET=letmein\n" {
		t.Errorf("tracked file changed: %q", b)
	}
	// Fixed: only the tracked file is left.
	_, out, _ = scan(t, "--format", "json", r.dir)
	if got := summary(decode(t, out)); strings.Join(got, ",") != "weak-secret tracked.env:1" {
		t.Errorf("after --fix: %v", got)
	}

	// --rotate would keep the guessable value valid: deprecated with --fix,
	// warned about and ignored (the scripts that pass it keep working).
	r.write(map[string]string{".env": "JWT_SECRET=changeme\n"})
	if code, _, errs := scan(t, "--fix", "--rotate", r.dir); code != 1 || !strings.Contains(errs, "--rotate is deprecated with --fix and ignored") {
		t.Errorf("--fix --rotate: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(r.dir, ".env")); !regexp.MustCompile(`^JWT_SECRET=[0-9a-f]{64}\n$`).Match(b) {
		t.Errorf(".env after --fix --rotate: %q, want the secret replaced and no JWT_SECRET_PREVIOUS", b)
	}
	if code, _, errs := scan(t, "--fix", "--git", r.dir); code != 2 || !strings.Contains(errs, "--fix") {
		t.Errorf("--fix --git: exit %d, %q", code, errs)
	}
}

// A guessable NAME_PREVIOUS (kept by an earlier rotation) is deleted, not
// replaced nor rotated again: a previous secret only verifies old tokens,
// and a guessable one verifies forged ones.
func TestFixPrevious(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		".gitignore": ".env\n",
		".env":       "JWT_SECRET=changeme\nJWT_SECRET_PREVIOUS=letmein\nAUTH_SECRET=" + strongSecret + "\nAUTH_SECRET_PREVIOUS=" + ignoredStrong + "\nOTHER=1\n",
	})
	r.commit("ignore .env")
	_, out, _ := scan(t, "--format", "json", r.dir)
	fs := decode(t, out)
	if got := summary(fs); strings.Join(got, ",") != "weak-secret .env:1,weak-secret .env:2" {
		t.Fatalf("findings %v", got)
	}
	if want := "delete JWT_SECRET_PREVIOUS from " + r.dir + "/.env (jwtlint scan --fix does)"; !strings.HasPrefix(fs[1].Fix, want) {
		t.Errorf("fix of the previous secret %q, want %q", fs[1].Fix, want)
	}
	code, _, errs := scan(t, "--fix", r.dir)
	if code != 0 || !strings.Contains(errs, "deleted JWT_SECRET_PREVIOUS from "+r.dir+"/.env (line 2)") || strings.Contains(errs, "note:") {
		t.Errorf("--fix: exit %d, stderr %q", code, errs)
	}
	b, _ := os.ReadFile(filepath.Join(r.dir, ".env"))
	if !regexp.MustCompile(`^JWT_SECRET=[0-9a-f]{64}\nAUTH_SECRET=` + strongSecret + `\nAUTH_SECRET_PREVIOUS=` + ignoredStrong + `\nOTHER=1\n$`).Match(b) {
		t.Errorf(".env after --fix:\n%s", b)
	}
	// Nothing is left to fix, and nothing is rotated again.
	if code, _, errs := scan(t, "--fix", r.dir); code != 0 || errs != "" {
		t.Errorf("second --fix: exit %d, stderr %q", code, errs)
	}
	if b2, _ := os.ReadFile(filepath.Join(r.dir, ".env")); string(b2) != string(b) || strings.Contains(string(b2), "_PREVIOUS_PREVIOUS") {
		t.Errorf("second --fix changed .env:\n%s", b2)
	}
}

// TestHistoryNestedKey: a commit that changes only the nested line of a
// secret ("  key: …" under "jwt:") is judged with the whole file's context.
func TestHistoryNestedKey(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{"config.yaml": "jwt:\n  algorithm: HS512\n  key: " + strongSecret + "\n", ".gitignore": ""})
	r.commit("strong")
	r.write(map[string]string{"config.yaml": "jwt:\n  algorithm: HS512\n  key: letmein\n"})
	weakCommit := r.commit("weak")
	_, out, _ := scan(t, "--git", "--format", "json", r.dir)
	fs := decode(t, out)
	if got := summary(fs); strings.Join(got, ",") != "committed-secret config.yaml:3,weak-secret config.yaml:3" {
		t.Fatalf("findings %v", got)
	}
	for _, f := range fs {
		if f.RuleID == RuleWeakSecret && (f.Commit != weakCommit || f.Name != "jwt.key" || f.Algorithm != "HS512") {
			t.Errorf("weak finding %+v", f)
		}
	}
}

// TestWellKnownDetail: a well-known secret is described as such, with its
// publisher when known, and without an entropy figure (an estimate of its
// characters says nothing about a value attackers try first); a secret
// that is weak by its shape keeps its estimate.
func TestWellKnownDetail(t *testing.T) {
	dir := t.TempDir()
	env := "JWT_SECRET=a-string-secret-at-least-256-bits-long\nAUTH_SECRET=changeme\nAPP_JWT_KEY=mysupersecretpassword2026\n"
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o600); err != nil {
		t.Fatal(err)
	}
	_, out, _ := scan(t, "--no-color", dir)
	lines := strings.Split(out, "\n")
	find := func(name string) string {
		for _, l := range lines {
			if strings.Contains(l, "weak-secret: "+name+" ") {
				return l
			}
		}
		t.Fatalf("no weak-secret finding for %s in:\n%s", name, out)
		return ""
	}
	if l := find("JWT_SECRET"); !strings.Contains(l, "JWT_SECRET is jwt.io's sample key") || strings.Contains(l, "bits") {
		t.Errorf("jwt.io's sample: %s", l)
	}
	if l := find("AUTH_SECRET"); !strings.Contains(l, "AUTH_SECRET is a well-known default, sample or word-list secret") || strings.Contains(l, "bits") {
		t.Errorf("dictionary secret: %s", l)
	}
	if l := find("APP_JWT_KEY"); !strings.Contains(l, "APP_JWT_KEY is guessable, a word or words with digits or a year") || !strings.Contains(l, "bits of entropy") {
		t.Errorf("words: %s", l)
	}
}

// After --fix the text report says what was fixed (rule, variable, file,
// never the secret) and what is left, not a bare "no findings".
func TestFixTextReport(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		".gitignore":  ".env\n",
		"tracked.env": "JWT_SECRET=letmein\n",
	})
	r.commit("tracked")
	r.write(map[string]string{".env": "JWT_SECRET=changeme\nTOKEN_SECRET=" + shortSecret[:40] + "\n"})
	code, out, errs := scan(t, "--fix", r.dir)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"fixed: .env:1: weak-secret: JWT_SECRET replaced by a new random secret\n",
		"fixed: .env:2: short-secret: TOKEN_SECRET replaced by a new random secret\n",
		"tracked.env:1:12: weak-secret: ",
		"2 fixed; 1 finding left: 1 weak-secret\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "changeme") || strings.Contains(out, shortSecret[:40]) {
		t.Errorf("stdout shows a secret:\n%s", out)
	}
	if err := os.Remove(filepath.Join(r.dir, "tracked.env")); err != nil {
		t.Fatal(err)
	}
	r.write(map[string]string{".env": "JWT_SECRET=changeme\n"})
	if code, out, errs := scan(t, "--fix", r.dir); code != 0 || !strings.HasSuffix(out, "1 fixed; no findings left\n") || strings.Contains(out, "\nno findings\n") {
		t.Errorf("all fixed: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// Hasura's JWT secret is a JSON object ({"type":"HS256","key":"…"}) held in
// one variable (envsecrets' NHOST_JWT_SECRET, testdata/realworld.md): the
// key inside it is judged, at its own column, not the JSON text as a whole.
func TestJSONValueKey(t *testing.T) {
	dir := t.TempDir()
	env := "HASURA_GRAPHQL_JWT_SECRET={\"type\":\"HS256\",\"key\":\"changeme\"}\n" +
		"NHOST_JWT_SECRET='{\"type\":\"HS256\", \"key\":\"" + strongSecret + "\"}'\n"
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o600); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	fs := decode(t, out)
	if len(fs) != 1 || fs[0].RuleID != RuleWeakSecret || fs[0].StartLine != 1 || fs[0].StartColumn != strings.Index(env, "changeme")+1 {
		t.Errorf("findings %+v (stderr %s), want one weak-secret at the key's column %d", fs, errs, strings.Index(env, "changeme")+1)
	}

	// The type is the key's algorithm: 256 random bits are too short for
	// HS512, and an asymmetric type's key is a public key, not a secret.
	typed := "HASURA_GRAPHQL_JWT_SECRET={\"type\":\"HS512\",\"key\":\"" + derived("hasura typed", 32) + "\"}\n" +
		"AUTH_JWT_SECRET={\"type\":\"RS256\",\"key\":\"MIIBCgKCAQEA0vx7agoebGcQSuuPiLJXZpt\"}\n"
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(typed), 0o600); err != nil {
		t.Fatal(err)
	}
	_, out, errs = scan(t, "--format", "json", dir)
	if fs := decode(t, out); len(fs) != 1 || fs[0].RuleID != RuleShortSecret || fs[0].Algorithm != "HS512" || fs[0].StartLine != 1 {
		t.Errorf("typed: findings %+v (stderr %s), want one short-secret for HS512 on line 1", fs, errs)
	}
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o600); err != nil {
		t.Fatal(err)
	}
	// --fix would replace the whole JSON: it leaves the file and says why.
	if _, _, errs := scan(t, "--fix", dir); !strings.Contains(errs, "not fixed: the secret is the \"key\" inside HASURA_GRAPHQL_JWT_SECRET's JSON value") {
		t.Errorf("--fix note: %q", errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, ".env")); string(b) != env {
		t.Errorf(".env after --fix: %q", b)
	}
}
