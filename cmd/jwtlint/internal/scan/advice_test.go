package scan

import (
	"encoding/json"
	"strings"
	"testing"
)

type adviceFinding struct {
	RuleID, File, Detail, Fix string
	StartLine                 int
}

func findingsOf(t *testing.T, args ...string) []adviceFinding {
	t.Helper()
	code, out, errs := scan(t, append([]string{"--format", "json"}, args...)...)
	if code > 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var fs []adviceFinding
	for _, f := range decode(t, out) {
		fs = append(fs, adviceFinding{RuleID: f.RuleID, File: f.File, Fix: f.Fix, StartLine: f.StartLine})
	}
	// decode drops Detail; read it again.
	for i, d := range decodeDetails(t, out) {
		fs[i].Detail = d
	}
	return fs
}

func byFile(fs []adviceFinding) map[string]adviceFinding {
	m := map[string]adviceFinding{}
	for _, f := range fs {
		m[f.File] = f
	}
	return m
}

// What the advice says follows how far the secret went into git: committed
// (rotate where deployed; it stays in the history), only staged or only in
// the work tree of a tracked file (never committed: a new value is enough),
// not tracked (gen writes the new one). None of them says "history" unless
// the secret is in it, and none proposes gen --env-file on a file gen
// refuses.
func TestAdviceFollowsExposure(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		"committed.env": "JWT_SECRET=changeme\n",
		"edited.env":    "JWT_SECRET=\n",
		"strong.env":    "JWT_SECRET=" + strongSecret + "\n",
		"config.yaml":   "jwt:\n  secret: changeme\n",
	})
	r.commit("config")
	r.write(map[string]string{
		"edited.env":    "JWT_SECRET=letmein\n",                              // tracked, changed in the work tree only
		"staged.env":    "JWT_SECRET=password123\n",                          // added, never committed
		"new.env":       "JWT_SECRET=hunter2\n",                              // untracked
		"stagedstr.env": "JWT_SECRET=" + derived("staged strong", 32) + "\n", // strong, staged only
	})
	r.git("add", "staged.env", "stagedstr.env")
	fs := byFile(findingsOf(t, r.dir))
	dir := r.dir + "/"
	for file, want := range map[string]struct{ detail, fix string }{
		"committed.env": {"; it is committed, so it must also be rotated", "git rm --cached " + dir + "committed.env, add it to .gitignore and rotate it where it is deployed (jwtlint gen --alg HS256); it stays in git history"},
		"config.yaml":   {"; it is committed, so it must also be rotated", "move the secret out of " + dir + "config.yaml (read it from the environment or a secret manager) and rotate it where it is deployed"},
		"strong.env":    {"JWT_SECRET is committed: everyone with a clone can sign tokens with it", "git rm --cached " + dir + "strong.env, add it to .gitignore and rotate it"},
		"edited.env":    {"; git tracks edited.env, so its next commit publishes it", "git rm --cached " + dir + "edited.env and add it to .gitignore; it was never committed, so a new value is enough: jwtlint gen --alg HS256"},
		"staged.env":    {"; it is staged for commit", "git rm --cached " + dir + "staged.env and add it to .gitignore; it was never committed, so a new value is enough"},
		"stagedstr.env": {"JWT_SECRET is staged for commit: once committed, everyone with a clone can sign tokens with it; keep it out of git", "; it was never committed, so a new value is enough"},
		"new.env":       {"sign tokens for any user", "jwtlint gen --alg HS256 --env-file " + dir + "new.env --var JWT_SECRET"},
	} {
		f, ok := fs[file]
		if !ok {
			t.Errorf("%s: no finding", file)
			continue
		}
		if !strings.Contains(f.Detail, want.detail) || !strings.Contains(f.Fix, want.fix) {
			t.Errorf("%s: detail %q\nfix %q\nwant detail with %q, fix with %q", file, f.Detail, f.Fix, want.detail, want.fix)
		}
		if file != "committed.env" && file != "config.yaml" && file != "strong.env" && (strings.Contains(f.Detail+f.Fix, "history") || strings.Contains(f.Fix, "rotate")) {
			t.Errorf("%s, never committed: %q / %q speaks of history or rotation", file, f.Detail, f.Fix)
		}
	}

	// Scanning what is staged: the same, in the hook's words.
	fs = byFile(findingsOf(t, "--staged", r.dir))
	if f := fs["staged.env"]; !strings.Contains(f.Detail, "; it is staged for commit") || !strings.HasPrefix(f.Fix, "unstage it (git restore --staged "+dir+"staged.env, or git rm --cached for a new file) and add it to .gitignore; it was never committed") {
		t.Errorf("--staged: %+v", f)
	}
}

// A committed token that verifies with a strong secret found elsewhere in
// the scan is not signed with a guessable secret: it is a live token signed
// with the real key, committed. Not committed, or expired, it is nothing.
func TestTokenSignedWithRealKey(t *testing.T) {
	r := newRepo(t)
	live := signHS(t, "HS256", ignoredStrong, `{"sub":"1"}`)
	dead := signHS(t, "HS256", ignoredStrong, `{"sub":"2","exp":1000000000}`)
	local := signHS(t, "HS256", ignoredStrong, `{"sub":"3"}`)
	r.write(map[string]string{
		".gitignore": ".env\nlocal.txt\n",
		".env":       "JWT_SECRET=" + ignoredStrong + "\n",
		"docs.md":    "live: " + live + "\nexpired: " + dead + "\n",
		"local.txt":  local + "\n",
	})
	r.commit("docs")
	// The history has the token but not the key: nothing verifies it.
	if fs := findingsOf(t, "--git", r.dir); len(fs) != 0 {
		t.Errorf("--git: %+v", fs)
	}
	fs := findingsOf(t, r.dir)
	if len(fs) != 1 || fs[0].File != "docs.md" || fs[0].StartLine != 1 || fs[0].RuleID != RuleCrackedToken {
		t.Fatalf("findings %+v, want the live committed token only", fs)
	}
	f := fs[0]
	if strings.Contains(f.Detail, "guessable") || !strings.Contains(f.Detail, "HS256 token signed with JWT_SECRET (.env:1), a strong secret found in this scan: it is a live token signed with the real key, committed, which anyone with a clone can present for ever (it has no exp)") {
		t.Errorf("detail %q", f.Detail)
	}
	if !strings.HasPrefix(f.Fix, "remove the token from "+r.dir+"/docs.md, and revoke it by rotating JWT_SECRET") {
		t.Errorf("fix %q", f.Fix)
	}
}

func decodeDetails(t *testing.T, out string) []string {
	t.Helper()
	var fs []struct{ Detail string }
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatal(err)
	}
	var ds []string
	for _, f := range fs {
		ds = append(ds, f.Detail)
	}
	return ds
}
