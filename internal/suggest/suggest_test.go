package suggest

import "testing"

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"scan", "scan", 0},
		{"scna", "scan", 1}, // adjacent swap
		{"sacn", "scan", 1},
		{"scan", "scans", 1},
		{"can", "scan", 1},
		{"hardcoded-keys", "hardcoded-key", 1},
		{"detect", "scan", 6},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3}, // optimal string alignment: no edit of a swapped pair
		{"", "gen", 3},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	commands := []string{"scan", "gen", "token", "sarif", "hook", "explain", "help", "version"}
	rules := []string{"hardcoded-key", "weak-random-key", "short-key", "missing-alg-check", "unverified-parse", "none-alg"}
	for _, tc := range []struct {
		word       string
		candidates []string
		want       string
	}{
		{"scna", commands, "scan"},
		{"SCAN", commands, "scan"},
		{"gne", commands, "gen"},
		{"tokens", commands, "token"},
		{"explian", commands, "explain"},
		{"versoin", commands, "version"},
		{"hooks", commands, "hook"},
		{"fmt", commands, ""},    // a standard package, not a typo
		{"errors", commands, ""}, // idem
		{"xy", commands, ""},     // too short to guess
		{"detect", commands, ""}, // gitleaks' word: cli maps it, suggest does not guess
		{"hardcoded-keys", rules, "hardcoded-key"},
		{"shortkey", rules, "short-key"},
		{"none_alg", rules, "none-alg"},
		{"unverified", rules, ""},
	} {
		if got := Closest(tc.word, tc.candidates); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
