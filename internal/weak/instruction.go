package weak

import "strings"

// instructionPhrases are phrases that only a sample value telling its
// reader what to put there contains ("your-super-secret-jwt-key-change-in-
// production", "replace-with-a-long-random-string"), looked for in the
// value lower-cased with everything but letters and digits removed. Each
// is at least six letters: random secrets do not spell them.
var instructionPhrases = []string{
	"changeme", "changethis", "changeit", "changeinprod", "changebefore", "changeformat", "changeto",
	"replaceme", "replacethis", "replacewith", "replacein", "replacebefore", "replaceit",
	"yoursecret", "yourkey", "yourjwt", "yourtoken", "yourown", "yourrandom", "yourstrong", "yourlong", "yoursigning",
	"inproduction", "forproduction", "inprod", "beforedeploy", "beforeproduction", "beforegoinglive", "notforprod",
	"donotuse", "dontuse", "randomstring", "randomvalue", "randomchars", "randomcharacters",
	"atleast", "characterslong", "charslong", "minimumlength", "generateone", "generatearandom", "generateasecure",
	"generatewith", "generateyour", "generatenew", "generaterandom", "generatestrong", "generatealong",
	"insertyour", "insertrandom", "insertsecret", "insertkey", "putyour", "enteryour", "setyour", "setthis",
	"fillthis", "fillmein", "placeholder", "goeshere", "secrethere", "keyhere", "tokenhere", "stringhere", "valuehere",
}

// instruction reports whether s is an instruction written where a secret
// belongs, of any length: made of words (letters in runs, separated by
// punctuation, spaces or case changes, with few digits) that say to change,
// replace or generate the value ("replace-with-a-long-random-string",
// "CHANGE_ME_TO_A_RANDOM_STRING_OF_AT_LEAST_32_CHARACTERS").
func instruction(s string) bool {
	var b strings.Builder
	letters, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			letters++
			b.WriteByte(c + 'a' - 'A')
		case c >= '0' && c <= '9':
			digits++
			b.WriteByte(c)
		}
	}
	// A value of words: not a random string that happens to hold a phrase.
	if letters < 6 || digits*4 > letters {
		return false
	}
	n := b.String()
	for _, p := range instructionPhrases {
		if strings.Contains(n, p) {
			return wordy(s)
		}
	}
	return false
}

// wordy reports whether most of s's letters are in runs of three or more
// that read as words (wordLike), and few in runs of one or two, as in
// instructions and not in random strings.
func wordy(s string) bool {
	total, good, short := 0, 0, 0
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		for _, w := range splitCamel(s[start:end]) {
			total += len(w)
			switch {
			case len(w) <= 2:
				short += len(w)
			case wordLike(w) || isInstructionWord(w):
				good += len(w)
			}
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return total > 0 && short*10 <= total*3 && good*10 >= total*7
}

// isInstructionWord reports whether w is a word that wordLike's vowel
// counts reject but instructions use ("your").
func isInstructionWord(w string) bool {
	switch strings.ToLower(w) {
	case "your", "you", "string", "strings", "strong", "length", "chars", "changeme", "replaceme", "yoursecret", "randomstring":
		return true
	}
	return false
}
