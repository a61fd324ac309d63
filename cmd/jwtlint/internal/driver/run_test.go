package driver

import (
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
)

func TestHandles(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"./..."}, true},
		{[]string{"-json", "-include-tests", "./..."}, true},
		{[]string{"-c", "2", "./pkg"}, true},
		// go vet's protocol and the fixes stay with singlechecker.
		{[]string{"-V=full"}, false},
		{[]string{"-flags"}, false},
		{[]string{"/tmp/b001/vet.cfg"}, false},
		{[]string{"-enable=hardcoded-key", "-json", "/tmp/b001/vet.cfg"}, false},
		{[]string{"-fix", "./..."}, false},
		{[]string{"--diff", "-fix", "./..."}, false},
		{[]string{"-diff", "./..."}, false},
		{[]string{"-fix=false", "./..."}, true},
		// After a flag's value: the flags are parsed, not scanned.
		{[]string{"-enable", "hardcoded-key", "-fix", "./..."}, false},
		{[]string{"-c", "2", "-diff", "./..."}, false},
		{[]string{"-include-tests", "-fix", "./..."}, false},
		// A flag after the patterns is a pattern, as Go's flag package reads it.
		{[]string{"./...", "-fix"}, true},
		// A bad flag is the driver's to report.
		{[]string{"-nosuchflag", "-fix", "./..."}, true},
	} {
		if got := Handles(tc.args, analyzer.Analyzer); got != tc.want {
			t.Errorf("Handles(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestShortPos(t *testing.T) {
	for _, tc := range []struct{ pos, want string }{
		{"/w/m/pkg/x.go:3:4", "pkg/x.go:3:4"},
		{"/w/m/x.go:3", "./x.go:3"},
		{"/elsewhere/y.go:1:2", "/elsewhere/y.go:1:2"},
		{"relative.go:1:1", "relative.go:1:1"},
		{"-", "-"},
	} {
		if got := shortPos("/w/m", tc.pos); got != tc.want {
			t.Errorf("shortPos(%q) = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

func TestDiffOnly(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-diff", "./..."}, true},
		{[]string{"--diff=true", "-enable", "hardcoded-key", "./pkg"}, true},
		{[]string{"-enable", "hardcoded-key", "-diff", "./pkg"}, true},
		{[]string{"-diff", "-fix", "./..."}, false}, // singlechecker's own -fix -diff
		{[]string{"-diff=false", "./..."}, false},
		{[]string{"./...", "-diff"}, false},
		{[]string{"-diff", "/tmp/b001/vet.cfg"}, false},
	} {
		if got := DiffOnly(tc.args, analyzer.Analyzer); got != tc.want {
			t.Errorf("DiffOnly(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
	// Peeking sets nothing: the analyzer's configuration is untouched.
	DiffOnly([]string{"-enable", "short-key", "-diff", "./..."}, analyzer.Analyzer)
	if v := analyzer.Analyzer.Flags.Lookup("enable").Value.String(); v != "" {
		t.Errorf("DiffOnly set -enable to %q", v)
	}
}

func TestShortDiff(t *testing.T) {
	in := "--- /w/m/main.go (old)\n+++ /w/m/main.go (new)\n@@ -1,2 +1,2 @@\n---- a removed line that starts with dashes (old)\n+x\n" +
		"--- /w/m/internal/auth/jwt.go (old)\n+++ /w/m/internal/auth/jwt.go (new)\n--- /elsewhere/y.go (old)\n"
	// git apply's headers: a/ and b/ before the name relative to wd; a
	// removed line that looks like a header but has no "+++" partner, and a
	// file outside wd, keep their text.
	want := "--- a/main.go\n+++ b/main.go\n@@ -1,2 +1,2 @@\n---- a removed line that starts with dashes (old)\n+x\n" +
		"--- a/internal/auth/jwt.go\n+++ b/internal/auth/jwt.go\n--- /elsewhere/y.go (old)\n"
	var b strings.Builder
	if err := shortDiff(&b, strings.NewReader(in), "/w/m"); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("shortDiff:\n%s\nwant:\n%s", b.String(), want)
	}
}
