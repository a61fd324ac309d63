package leaks

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/sources"
)

// inLowered is what gitleaks' prefilter answers: is a keyword in the
// lower-cased text.
func inLowered(s string, kws []string) bool {
	l := strings.ToLower(s)
	for _, k := range kws {
		if k != "" && strings.Contains(l, k) {
			return true
		}
	}
	return false
}

var foldKeywords = [][]string{
	{"secret", "key", "jwt", "eyjhbgci", "eyj0exai", "eyjrawqi"},
	{"eyjhbgci", "eyj0exai", "eyjrawqi"},
	{"kid", "ik"},
	{"пароль", "key"},
	{"x_", "a-b", "0x"},
	{""},
	{},
}

func TestKeywordsIn(t *testing.T) {
	for _, text := range []string{
		"", "k", "KEY", "monKey", "Secret", "sEcReT", "my_jwt", "JWT", "ke\ny", "ke y",
		"eyJhbGciOiJIUzI1NiJ9", "EYJ0EXAI", "xeyjrawqix", "eyj", "eyJhbGc",
		"\u212aey", "\u212aID", "\u0130K", "kİd", "ПАРОЛЬ", "пароль", "\xffkey\xfe", "caf\u00e9 KEY",
		"X_1", "A-B", "0X1F", "nothing here", strings.Repeat("ke", 1000) + "y",
	} {
		for _, kws := range foldKeywords {
			want := inLowered(text, kws)
			if got := newKeywords(kws).in(text); got != want {
				t.Errorf("keywords %q in %q = %v, want %v", kws, text, got, want)
			}
		}
	}
}

func FuzzKeywordsIn(f *testing.F) {
	for _, s := range []string{"Key", "\u212aEY", "eyJhbGci", "jWt x", "SECRET\u0130"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, set int) {
		kws := foldKeywords[(set%len(foldKeywords)+len(foldKeywords))%len(foldKeywords)]
		if got, want := newKeywords(kws).in(text), inLowered(text, kws); got != want {
			t.Errorf("keywords %q in %q = %v, want %v", kws, text, got, want)
		}
	})
}

// TestDetectAsGitleaks checks that the keyword gate changes nothing but
// RuleContext's findings where contextPath says they do not matter, with
// jwtlint's rules and with extra rules (one without keywords, one with
// upper-case keywords gitleaks never matches).
func TestDetectAsGitleaks(t *testing.T) {
	extra := config.Config{Rules: map[string]config.Rule{}, Keywords: map[string]struct{}{}}
	add(&extra, []config.Rule{
		{RuleID: "upper", Regex: regexp.MustCompile(`UP_[0-9]+`), Keywords: []string{"UP_"}},
		{RuleID: "lower", Regex: regexp.MustCompile(`(?i)tok_[a-z]+`), Keywords: []string{"tok_"}},
	})
	always := config.Config{Rules: map[string]config.Rule{}, Keywords: map[string]struct{}{}}
	add(&always, []config.Rule{{RuleID: "always", Regex: regexp.MustCompile(`ZZ[0-9]+`)}})
	token := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"
	texts := []string{
		"", "nothing\n", "jwt:\n  secret: x\n", "JWT_SECRET=abc\n", "Bearer " + token + "\n",
		"UP_123 up_123\n", "TOK_abc\n", "\u212aEY = 1\n", "ZZ12\n", strings.ToUpper(token) + "\n",
	}
	isConfig := func(p string) bool { return strings.HasSuffix(p, ".yaml") }
	for _, cfg := range []config.Config{Builtin(), Merge(Builtin(), extra), Merge(Builtin(), always)} {
		gated := NewDetector(context.Background(), cfg, isConfig)
		plain := NewDetector(context.Background(), cfg, nil)
		for _, text := range texts {
			for _, path := range []string{"app.yaml", "main.go"} {
				frag := sources.Fragment{Raw: text, FilePath: path, StartLine: 1}
				want := plain.DetectContext(context.Background(), detect.Fragment(frag))
				var kept []string
				for _, f := range want {
					if f.RuleID != RuleContext || isConfig(path) {
						kept = append(kept, fmt.Sprintf("%s %d %q", f.RuleID, f.StartLine, f.Secret))
					}
				}
				var got []string
				for _, f := range gated.Detect(context.Background(), frag) {
					if f.RuleID != RuleContext || isConfig(path) {
						got = append(got, fmt.Sprintf("%s %d %q", f.RuleID, f.StartLine, f.Secret))
					}
				}
				sort.Strings(got)
				sort.Strings(kept)
				if strings.Join(got, "\n") != strings.Join(kept, "\n") {
					t.Errorf("rules %v, %s %q: gated %q, gitleaks %q", cfg.OrderedRules, path, text, got, kept)
				}
			}
		}
	}
}
