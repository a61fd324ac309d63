package weak

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/internal/lazyre"
)

// Reason says why a value is, or is not, a weak secret.
type Reason int

// The reasons a Judge gives, from "not a secret at all" to "strong".
const (
	// Strong: none of the weaknesses below; the caller still compares
	// Verdict.Bits with the algorithm's key size.
	Strong Reason = iota
	// Placeholder: the value is empty, a reference to another variable
	// (${JWT_SECRET}, $JWT_SECRET, {{ .Values.secret }}), an instruction in
	// angle brackets (<your-secret>) or a mask (*****). It is not a secret.
	Placeholder
	// WellKnown: a published default, sample or tutorial secret, or a word
	// from the caller's word list.
	WellKnown
	// Repeated: one or two distinct characters, or a short unit repeated.
	Repeated
	// KeyboardWalk: a walk along keyboard rows or columns, or a run of
	// consecutive characters (qwerty, asdfghjkl, 1qaz2wsx, abcdef, 123456).
	KeyboardWalk
	// Words: a word or a few words, possibly with digits or a year
	// (myapp2026, SuperSecureKey, my-company-secret-1).
	Words
	// LowEntropy: fewer estimated bits than Judge.MinBits.
	LowEntropy
)

var reasonText = [...]string{
	Strong:       "no guessable pattern",
	Placeholder:  "a placeholder, not a secret",
	WellKnown:    "a well-known default, sample or word-list secret",
	Repeated:     "repeated characters",
	KeyboardWalk: "a keyboard walk or character sequence",
	Words:        "a word or words with digits or a year",
	LowEntropy:   "low estimated entropy",
}

// String returns a lower-case description of r.
func (r Reason) String() string {
	if r < 0 || int(r) >= len(reasonText) {
		return "unknown"
	}
	return reasonText[r]
}

// Encoding is how a secret's characters are read when its entropy is
// estimated.
type Encoding int

// The encodings Estimate recognizes.
const (
	Text   Encoding = iota // any other text: log2 of the size of the character classes used
	Digits                 // decimal digits only: 3.32 bits a character
	Hex                    // hexadecimal: 4 bits a character
	Base64                 // standard or URL-safe base64: 6 bits a character
)

var encodingText = [...]string{Text: "text", Digits: "digits", Hex: "hex", Base64: "base64"}

// String returns the encoding's lower-case name.
func (e Encoding) String() string {
	if e < 0 || int(e) >= len(encodingText) {
		return "unknown"
	}
	return encodingText[e]
}

// Verdict is a Judge's answer about one value.
type Verdict struct {
	Reason Reason
	// Value is the value that was judged: the input, or the default of a
	// reference with a default (${JWT_SECRET:-changeme} is judged as
	// "changeme").
	Value    string
	Encoding Encoding
	// Bits is the estimated entropy of Value, counted by encoding (a hex
	// character carries 4 bits, a base64 one 6).
	Bits float64
}

// Weak reports whether the verdict is a guessable secret (neither strong nor
// a placeholder).
func (v Verdict) Weak() bool { return v.Reason != Strong && v.Reason != Placeholder }

// DefaultMinBits is the entropy below which a secret is weak whatever its
// shape: 2^64 HMAC guesses are within reach of a determined attacker.
const DefaultMinBits = 64

// Judge decides whether secrets are guessable. The zero value uses the
// built-in dictionary and DefaultMinBits.
type Judge struct {
	// Extra holds more guessable secrets (such as a published list of JWT
	// secrets), keyed by Normalize(secret).
	Extra map[string]bool
	// MinBits is the estimated entropy below which a secret is weak;
	// 0 means DefaultMinBits.
	MinBits float64
}

// Normalize returns the form Judge.Extra is keyed by: lower case, white
// space trimmed, without '-', '_', '.' and ' '.
func Normalize(s string) string { return normalize(s) }

var refWithDefault = lazyre.New(`^\$\{[A-Za-z_][A-Za-z0-9_.]*:?[-=](.*)\}$`)

// Check judges s.
func (j Judge) Check(s string) Verdict {
	s = strings.TrimSpace(s)
	if m := refWithDefault().FindStringSubmatch(s); m != nil {
		s = strings.TrimSpace(m[1])
	}
	enc, bits := Estimate(s)
	v := Verdict{Value: s, Encoding: enc, Bits: bits}
	min := j.MinBits
	if min == 0 {
		min = DefaultMinBits
	}
	switch {
	case IsPlaceholder(s):
		v.Reason = Placeholder
	case Known(s) || j.Extra[normalize(s)]:
		v.Reason = WellKnown
	case repeated(s):
		v.Reason = Repeated
	case keyboardWalk(s):
		v.Reason = KeyboardWalk
	case words(s):
		v.Reason = Words
	case instruction(s): // instruction.go
		v.Reason = WellKnown
	case bits < min:
		v.Reason = LowEntropy
	}
	return v
}

var (
	reference = lazyre.New(`^(?:\$\{\{[^'"]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{.*\}\}|#\{[^}]*\}|@[A-Za-z_][A-Za-z0-9_]*@|<[^<>]*>|\[\[.*\]\]|__[A-Z0-9_]+__)$`)
	nullish   = map[string]bool{"null": true, "~": true, "nil": true, "none": true, "undefined": true, "\"\"": true, "''": true}
)

// IsPlaceholder reports whether s is clearly not a secret: empty, a null,
// a reference to a variable or template (${JWT_SECRET}, $JWT_SECRET,
// %JWT_SECRET%, {{ .Values.jwt }}, a GitHub Actions expression with no
// string literal in it (${{ secrets.JWT_SECRET }}), #{secret}, @secret@,
// __SECRET__), an instruction in angle brackets (<your-secret>) or a mask
// of asterisks.
// Values that merely look like instructions, such as "changeme" or
// "your-256-bit-secret", are secrets: weak ones.
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || nullish[strings.ToLower(s)] || reference().MatchString(s) {
		return true
	}
	return strings.Trim(s, "*•") == ""
}

// Estimate returns how s is encoded and its estimated entropy in bits: 4 a
// character for hex, 6 for base64, log2(10) for digits, otherwise log2 of
// the size of the character classes s uses (lower, upper, digits, symbols).
func Estimate(s string) (Encoding, float64) {
	n := utf8.RuneCountInString(s)
	if n == 0 {
		return Text, 0
	}
	var lower, upper, digit, symbol, space, other, hexLetters bool
	b64 := true
	pad := 0
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
			hexLetters = hexLetters || r <= 'f'
		case r >= 'A' && r <= 'Z':
			upper = true
			hexLetters = hexLetters || r <= 'F'
		case r >= '0' && r <= '9':
			digit = true
		case r == ' ':
			space = true
			b64 = false
		case r == '=':
			symbol = true
			if i < len(s)-2 {
				b64 = false
			}
			pad++
		case r == '+' || r == '/' || r == '-' || r == '_':
			symbol = true
		case r < utf8.RuneSelf && unicode.IsPrint(r):
			symbol = true
			b64 = false
		default:
			other = true
			b64 = false
		}
	}
	isHex := !symbol && !space && !other && digit && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F')
	}) < 0
	switch {
	case digit && !lower && !upper && !symbol && !space && !other:
		return Digits, float64(n) * math.Log2(10)
	case isHex && hexLetters:
		return Hex, float64(n) * 4
	case b64 && lower && upper && digit && n >= 16:
		return Base64, float64(n-pad) * 6
	}
	size := 0
	for _, c := range []struct {
		used bool
		n    int
	}{{lower, 26}, {upper, 26}, {digit, 10}, {symbol, 33}, {space, 1}, {other, 100}} {
		if c.used {
			size += c.n
		}
	}
	if size < 2 {
		return Text, 0
	}
	return Text, float64(n) * math.Log2(float64(size))
}

// repeated reports whether s uses at most two distinct characters or is a
// shorter unit repeated ("abcabc", "secretsecret").
func repeated(s string) bool {
	r := []rune(strings.ToLower(s))
	distinct := map[rune]bool{}
	for _, c := range r {
		distinct[c] = true
	}
	if len(distinct) <= 2 {
		return true
	}
	for u := 1; u <= len(r)/2; u++ {
		if len(r)%u != 0 {
			continue
		}
		ok := true
		for i := u; i < len(r) && ok; i++ {
			ok = r[i] == r[i-u]
		}
		if ok {
			return true
		}
	}
	return false
}

// walks are keyboard rows and columns (US layout) a walk follows.
var walks = []string{
	"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
	"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-['=]",
	"qazwsxedcrfvtgbyhnujmikolp",
	"abcdefghijklmnopqrstuvwxyz",
	"!@#$%^&*()_+",
}

// adjacent holds the ordered pairs of neighbouring keys of walks, built on
// first use.
var adjacent = sync.OnceValue(func() map[[2]byte]bool {
	m := map[[2]byte]bool{}
	for _, w := range walks {
		for i := 0; i+1 < len(w); i++ {
			m[[2]byte{w[i], w[i+1]}] = true
			m[[2]byte{w[i+1], w[i]}] = true
		}
	}
	return m
})

// keyboardWalk reports whether at least 80% of s (of 4 or more characters)
// is covered by runs of three or more keys adjacent on a keyboard row or
// column, or consecutive letters or digits.
func keyboardWalk(s string) bool {
	s = strings.ToLower(s)
	if len(s) < 4 {
		return false
	}
	adj := adjacent()
	covered := 0
	run := 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && adj[[2]byte{s[i-1], s[i]}] {
			run++
			continue
		}
		if run >= 3 {
			covered += run
		}
		run = 1
	}
	return covered*5 >= len(s)*4
}

// words reports whether s is made of at most four word-like runs of letters
// plus short groups of digits or symbols, as people build memorable
// secrets: "myapp2026", "SuperSecureKey!", "my-company-secret-1".
func words(s string) bool {
	if len(s) > 64 {
		return false
	}
	var letters []string
	digits := 0
	start := -1
	flush := func(end int) {
		if start >= 0 {
			letters = append(letters, splitCamel(s[start:end])...)
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			if start < 0 {
				start = i
			}
		case c >= '0' && c <= '9':
			flush(i)
			digits++
		case c < utf8.RuneSelf:
			flush(i)
		default:
			return false
		}
	}
	flush(len(s))
	if len(letters) == 0 || digits > 6 {
		return false
	}
	if len(letters) > 4 {
		// A longer phrase is guessable when it talks about itself:
		// "thisIsMyVerySecretKeyForJwtSigning".
		if len(letters) > 12 || len(s) > 64 {
			return false
		}
		giveaway := false
		total, long, longRuns := 0, 0, 0
		for _, w := range letters {
			if !wordLike(w) {
				return false
			}
			giveaway = giveaway || giveaways[strings.ToLower(w)]
			total += len(w)
			if len(w) >= 3 {
				long += len(w)
				longRuns++
			}
		}
		// Real words, not letters scattered by case changes and digits.
		return giveaway && longRuns >= 3 && long*10 >= total*8
	}
	total, long := 0, 0
	for _, w := range letters {
		if !wordLike(w) {
			return false
		}
		total += len(w)
		if len(w) >= 3 {
			long += len(w)
		}
	}
	// Mostly real words, not scattered letters between digits ("k3Xq9z").
	return long >= 3 && long*10 >= total*6
}

// giveaways are words that make a phrase of words a guessable secret.
var giveaways = map[string]bool{
	"secret": true, "key": true, "jwt": true, "token": true, "password": true, "signing": true,
	"auth": true, "your": true, "super": true, "this": true, "change": true,
}

// splitCamel splits "SuperSecureKey" into "Super", "Secure", "Key"; an
// all-upper run stays whole.
func splitCamel(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			out = append(out, s[start:i])
			start = i
		}
	}
	return append(out, s[start:])
}

// wordLike reports whether a run of letters could be a word of a natural
// language: a plausible share of vowels and no long run of consonants. Runs
// of up to three letters count as words ("a", "my", "jwt").
func wordLike(w string) bool {
	w = strings.ToLower(w)
	if len(w) <= 3 {
		return true
	}
	if len(w) > 24 {
		return false
	}
	vowels, run, maxRun := 0, 0, 0
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("aeiouy", w[i]) >= 0 {
			vowels++
			run = 0
			continue
		}
		run++
		maxRun = max(maxRun, run)
	}
	ratio := float64(vowels) / float64(len(w))
	return ratio >= 0.2 && ratio <= 0.7 && maxRun <= 4
}
