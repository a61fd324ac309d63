package scan

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Without a terminal, --progress prints lines, never the bar's carriage
// return redraws: one at the start, one every interval, one at the end.
func TestProgressLines(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, true)
	if p == nil || p.every != progressEvery {
		t.Fatalf("newProgress to a buffer with --progress: %+v", p)
	}
	p.every = time.Nanosecond
	p.start(4, "files")
	for range 4 {
		time.Sleep(time.Millisecond)
		p.add(1)
	}
	p.finish()
	out := b.String()
	if strings.ContainsAny(out, "\r\x1b") {
		t.Errorf("carriage returns or escapes in %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{
		`^jwtlint scan: scanning 4 files$`,
		`^jwtlint scan: 1 of 4 files \(25%\)$`,
		`^jwtlint scan: 2 of 4 files \(50%\)$`,
		`^jwtlint scan: 3 of 4 files \(75%\)$`,
		`^jwtlint scan: 4 of 4 files \(100%\)$`,
		`^jwtlint scan: done: 4 of 4 files \(100%\) in [0-9.]+m?s$`,
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, re := range want {
		if !regexp.MustCompile(re).MatchString(lines[i]) {
			t.Errorf("line %d %q does not match %s", i+1, lines[i], re)
		}
	}

	// At the default interval, a quick scan prints its first and last
	// line only.
	b.Reset()
	p = newProgress(&b, true)
	p.start(1000, "commits")
	p.add(1000)
	p.finish()
	if n := strings.Count(b.String(), "\n"); n != 2 {
		t.Errorf("%d lines for a quick scan:\n%s", n, b.String())
	}
	// Without --progress, nothing.
	if p := newProgress(&b, false); p != nil {
		t.Error("progress without a terminal or --progress")
	}
}
