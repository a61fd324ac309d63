package leaks

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinDetects(t *testing.T) {
	d := NewDetector(context.Background(), Builtin(), nil)
	fs := d.DetectString("a = 1\njwt:\n  key: x\ntoken eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln\n")
	got := map[string]int{}
	for _, f := range fs {
		got[f.RuleID]++
		if f.RuleID == RuleToken && (f.StartLine != 3 || // DetectString counts lines from 0
			!strings.HasPrefix(f.Secret, "eyJ")) {
			t.Errorf("token finding %+v", f)
		}
	}
	if got[RuleContext] != 1 || got[RuleToken] != 1 {
		t.Errorf("findings by rule %v, want one context and one token", got)
	}
	if fs := NewDetector(context.Background(), Builtin(), nil).DetectString("nothing to see here\n"); len(fs) != 0 {
		t.Errorf("findings without keywords: %v", fs)
	}
}

func TestLoadAndMerge(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("[[rules]]\nid = \"x\"\nregex = '''X_[0-9]{4}'''\nkeywords = [\"x_\"]\n"), 0o600)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[[rules]]\nid = \"y\"\nregex = '''([a-'''\n"), 0o600)

	c, err := Load(good)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := Load(good)
	if err != nil || len(c2.Rules) != len(c.Rules) {
		t.Fatalf("second load: %v", err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "bad.toml") {
		t.Errorf("bad regexp: err = %v, want an error naming the file", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.toml")); err == nil {
		t.Error("missing file: no error")
	}
	m := Merge(Builtin(), c)
	if len(m.Rules) != 3 || len(m.OrderedRules) != 3 {
		t.Fatalf("merged rules %v", m.OrderedRules)
	}
	d := NewDetector(context.Background(), m, nil)
	if fs := d.DetectString("X_1234"); len(fs) != 1 || fs[0].RuleID != "x" {
		t.Errorf("merged detector findings %v", fs)
	}
}
