package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(args ...string) (code int, handled bool, stdout, stderr string) {
	var out, errb bytes.Buffer
	code, handled = Dispatch(args, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, handled, out.String(), errb.String()
}

// A mistyped or borrowed command is a usage error naming the command meant,
// not a package pattern for the driver.
func TestUnknownCommand(t *testing.T) {
	for _, tc := range []struct{ arg, meant string }{
		{"scna", "jwtlint scan"},
		{"sacn", "jwtlint scan"},
		{"Scan", "jwtlint scan"},
		{"gne", "jwtlint gen"},
		{"tokne", "jwtlint token"},
		{"explian", "jwtlint explain"},
		{"hooks", "jwtlint hook"},
		{"detect", "jwtlint scan --git"},
		{"protect", "jwtlint scan --staged"},
		{"generate", "jwtlint gen"},
		{"lint", "jwtlint ./..."},
	} {
		code, handled, out, errs := run(tc.arg, "-v")
		want := `jwtlint: unknown command "` + tc.arg + `": did you mean "` + tc.meant + `"? (jwtlint help lists the commands)` + "\n"
		if !handled || code != 2 || errs != want || out != "" {
			t.Errorf("jwtlint %s: handled %v, exit %d, stderr %q, stdout %q; want exit 2 and %q", tc.arg, handled, code, errs, out, want)
		}
	}
	for _, arg := range []string{"./...", "fmt", "net/http", "std", "all", "example.com/m", "-json", "x.cfg", "unrelated"} {
		if _, handled, _, errs := run(arg); handled {
			t.Errorf("jwtlint %s: handled (%q), want it left to the driver as a pattern", arg, errs)
		}
	}
}

// A module whose path is a typo of a command is analyzed by its path.
func TestUnknownCommandMainModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("// comment\nmodule hooks\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	t.Chdir(sub)
	if _, handled, _, errs := run("hooks"); handled {
		t.Errorf("jwtlint hooks in module hooks: handled (%q)", errs)
	}
	if code, handled, _, _ := run("scna"); !handled || code != 2 {
		t.Errorf("jwtlint scna in module hooks: handled %v exit %d", handled, code)
	}
}

// An unknown rule in -enable or -disable is one line and exit 2 before the
// driver runs; a known one, or what the driver must reject itself, is left
// to the driver. The spellings of the flags are vetflags' tests.
func TestCheckAnalyzerFlags(t *testing.T) {
	code, handled, out, errs := run("-json", "--disable=short-key,hardcoded-keys", "./...")
	want := `jwtlint: -disable: unknown rule "hardcoded-keys": did you mean hardcoded-key? (rules: hardcoded-key, weak-random-key, short-key, missing-alg-check, unverified-parse, none-alg)` + "\n"
	if !handled || code != 2 || errs != want || out != "" {
		t.Errorf("handled %v, exit %d, stderr %q; want exit 2 and %q", handled, code, errs, want)
	}
	for _, args := range [][]string{
		{"-enable", "hardcoded-key,short-key", "./..."},
		{"./...", "-enable", "bogus"},
	} {
		if _, handled, _, errs := run(args...); handled {
			t.Errorf("%q: handled (%q), want it left to the driver", args, errs)
		}
	}
}

func TestExplain(t *testing.T) {
	for _, args := range [][]string{{"explain", "weak-secret"}, {"-explain", "weak-secret"}, {"--explain=weak-secret"}, {"scan", "-explain", "weak-secret"}} {
		code, _, out, errs := run(args...)
		if code != 0 || !strings.HasPrefix(out, "### `weak-secret`\n\nGuessable JWT secret. Reported by jwtlint scan") || errs != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	for _, args := range [][]string{{"explain", "hardcoded-key"}, {"-explain", "hardcoded-key"}, {"scan", "--explain", "hardcoded-key"}} {
		code, _, out, _ := run(args...)
		if code != 0 || !strings.HasPrefix(out, "### `hardcoded-key`\n\nHard-coded JWT signing or verification key. Severity high, CWE-798.") {
			t.Errorf("%q: exit %d, stdout %q", args, code, out)
		}
	}
	if code, _, out, _ := run("explain", "ignore-directive"); code != 0 || !strings.Contains(out, "//jwtlint:ignore hardcoded-key -- key of the local demo server") {
		t.Errorf("explain ignore-directive: exit %d, %q", code, out)
	}
	code, _, out, _ := run("explain")
	for _, want := range []string{"Analyzer rules", "  hardcoded-key      hard-coded JWT", "  ignore-directive", "Scanner rules (jwtlint scan):", "  cracked-token      "} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain: exit %d, list lacks %q:\n%s", code, want, out)
		}
	}
	for _, args := range [][]string{{"explain", "weak-secrt"}, {"scan", "-explain", "weak-secrt"}, {"-explain", "weak-secrt"}} {
		code, _, out, errs := run(args...)
		if code != 2 || out != "" || !strings.HasSuffix(errs, `: unknown rule "weak-secrt": did you mean weak-secret? (jwtlint explain lists the rules)`+"\n") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}

func TestHelpCommand(t *testing.T) {
	code, _, _, errs := run("help", "scan")
	if code != 0 || !strings.Contains(errs, "Usage: jwtlint scan") {
		t.Errorf("help scan: exit %d, %q", code, errs)
	}
	if code, _, out, _ := run("help", "explain"); code != 0 || !strings.Contains(out, "Scanner rules") {
		t.Errorf("help explain: exit %d, %q", code, out)
	}
}
