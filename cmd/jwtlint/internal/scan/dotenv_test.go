package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
)

// dotEnvLines are .env lines on which a shell-like reading and the dotenv
// loaders' (envfile's) disagree.
var dotEnvLines = []string{
	"JWT_SECRET=changeme\t# a tab, then a comment",
	"JWT_SECRET=`backticks`",
	`JWT_SECRET="esc\rape"`,
	`JWT_SECRET='it\'s'`,
	"JWT_SECRET = spaced # c",
	"export JWT_SECRET=exported",
	`JWT_SECRET="multi` + "\n" + `line"`,
	"JWT_SECRET=a#b",
	`JWT_SECRET="unterminated`,
	"declare -x JWT_SECRET=declared",
	"JWT_SECRET=\"a\" trailing",
}

// The scanner reads every .env line as the fixer does: where both read an
// assignment, the name, value and line are envfile's; a line only the
// shell-like reading understands is marked unread, so --fix leaves it.
func TestDotEnvAgreesWithFixer(t *testing.T) {
	for _, l := range dotEnvLines {
		checkAgreement(t, []byte("A=1\n"+l+"\nB=2\n"))
	}
}

func FuzzDotEnvAgreement(f *testing.F) {
	for _, l := range dotEnvLines {
		f.Add([]byte(l))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkAgreement(t, b) })
}

func checkAgreement(t *testing.T, content []byte) {
	t.Helper()
	as, unread := parseDotEnv(content)
	entries := map[int]envfile.Entry{}
	for _, e := range envfile.Parse(content) {
		entries[e.Line] = e
	}
	for _, a := range as {
		e, ok := entries[a.line]
		switch {
		case unread[a.line]:
			if ok {
				t.Errorf("%q: line %d marked unread, but envfile reads it", content, a.line)
			}
		case !ok:
			t.Errorf("%q: line %d: scanner reads %q, envfile nothing", content, a.line, a.path)
		case len(a.path) != 1 || a.path[0] != e.Name || a.value != e.Value:
			t.Errorf("%q: line %d: scanner reads %q=%q, envfile %q=%q", content, a.line, a.path, a.value, e.Name, e.Value)
		}
	}
	if len(entries) > len(as)-len(unread) {
		t.Errorf("%q: envfile reads %d assignments, the scanner %d", content, len(entries), len(as)-len(unread))
	}
}

// --fix replaces exactly the value the scan reported, and notes the line it
// cannot read the way .env loaders do.
func TestFixReplacesWhatScanRead(t *testing.T) {
	dir := t.TempDir()
	env := "JWT_SECRET=changeme\t# set by hand\nAUTH_SECRET=\"letmein\nOTHER=1\n"
	os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o600)
	code, out, errs := scan(t, "--format", "json", "--fix", dir)
	got := summary(decode(t, out))
	if code != 1 || strings.Join(got, ",") != "weak-secret .env:2" {
		t.Fatalf("exit %d, findings %v (%s)", code, got, errs)
	}
	if !strings.Contains(errs, "note: .env:2: weak-secret: not fixed: the line is not an assignment .env loaders read") {
		t.Errorf("stderr %q lacks the note on line 2", errs)
	}
	b, _ := os.ReadFile(filepath.Join(dir, ".env"))
	lines := strings.Split(string(b), "\n")
	if !strings.HasPrefix(lines[0], "JWT_SECRET=") || !strings.HasSuffix(lines[0], "\t# set by hand") || len(lines[0]) != len("JWT_SECRET=")+64+len("\t# set by hand") ||
		strings.Join(lines[1:], "\n") != "AUTH_SECRET=\"letmein\nOTHER=1\n" {
		t.Errorf(".env after --fix:\n%q", b)
	}
}
