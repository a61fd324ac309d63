package weak

import "testing"

func TestInstruction(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"your-super-secret-jwt-key-change-in-production", true},
		{"replace-with-a-long-random-string", true},
		{"please-change-this-to-a-long-random-secret-string-before-deploying-to-production", true},
		{"CHANGE_ME_TO_A_RANDOM_STRING_OF_AT_LEAST_32_CHARACTERS", true},
		{"put-your-own-secret-here-at-least-32-characters-long", true},
		{"insert_random_string_here_with_at_least_64_characters_for_security_reasons_please", true},
		{"YourSecretKeyGoesHere", true},
		{"this is a placeholder, generate one with openssl rand -hex 32", true},
		// Secrets, strong or weak, that give no instruction.
		{"myapp2026", false},
		{"correct-horse-battery-staple", false},
		{"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false},
		{"kZ3x9QchangemeA7pLw2", false},
		{"Xq7ZyourkeyB2m9RtW4vNp8KsL3jH6dF1", false},
	} {
		if got := instruction(tc.s); got != tc.want {
			t.Errorf("instruction(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	// Judged weak, whatever the length.
	for _, s := range []string{"your-super-secret-jwt-key-change-in-production", "replace-with-a-long-random-string"} {
		if v := (Judge{}).Check(s); !v.Weak() {
			t.Errorf("Check(%q) = %v, want weak", s, v.Reason)
		}
	}
}
