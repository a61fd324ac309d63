package weak

import (
	"math"
	"slices"
	"strings"
)

// Guessing: how many guesses a dictionary attacker needs for a secret.
//
// GuessBits splits a secret into pieces an attacker enumerates separately
// (a word of a frequency list, possibly reversed, capitalized or in l33t; a
// year or a date; a character sequence; a repeated unit; a keyboard walk)
// and characters he must brute-force, and returns log2 of the guesses of the
// cheapest split: the sum of the pieces' bits plus one bit a piece for where
// it starts. The lists are read on first use (guesslists.go), so a program
// that never estimates pays nothing for them.

// maxGuessLen bounds the characters GuessBits examines: past it every secret
// it could still call guessable is caught by the rules of Check.
const maxGuessLen = 64

// GuessBits returns log2 of the number of guesses an attacker who tries
// common passwords, words, names, dates, sequences, repeats and keyboard walks
// before brute force needs to find s (its first 64 bytes).
func GuessBits(s string) float64 {
	if len(s) > maxGuessLen {
		s = s[:maxGuessLen]
	}
	if s == "" {
		return 0
	}
	return newGuesser(s).cheapest(0, len(s))
}

// piece is a run s[i:j] an attacker enumerates by itself, costing bits.
type piece struct {
	i, j int
	bits float64
}

// guesser holds one secret, its lower-case form and the pieces found in it.
type guesser struct {
	s, lower string
	charBits float64   // brute-force bits a character
	ending   [][]piece // pieces by end index
}

func newGuesser(s string) *guesser {
	g := &guesser{s: s, lower: asciiLower(s), charBits: bruteBits(s), ending: make([][]piece, len(s)+1)}
	g.words()
	g.separators()
	g.numbers()
	g.years()
	g.dates()
	g.sequences()
	g.walks()
	g.repeats()
	return g
}

func (g *guesser) add(i, j int, bits float64) {
	g.ending[j] = append(g.ending[j], piece{i, j, bits})
}

// cheapest returns the fewest bits that cover s[from:to]: a dynamic
// program over the pieces ending at each position, a brute-forced character
// being the fallback.
func (g *guesser) cheapest(from, to int) float64 {
	best := make([]float64, to-from+1)
	for j := from + 1; j <= to; j++ {
		b := best[j-1-from] + g.charBits
		for _, p := range g.ending[j] {
			if p.i >= from {
				b = min(b, best[p.i-from]+p.bits+1)
			}
		}
		best[j-from] = b
	}
	return best[to-from]
}

// bruteBits is log2 of the size of the character classes s uses: what one
// character costs an attacker who brute-forces it.
func bruteBits(s string) float64 {
	var lower, upper, digit, symbol, other bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		case c < 0x80:
			symbol = true
		default:
			other = true
		}
	}
	n := 0
	for _, c := range []struct {
		used bool
		n    int
	}{{lower, 26}, {upper, 26}, {digit, 10}, {symbol, 33}, {other, 100}} {
		if c.used {
			n += c.n
		}
	}
	return math.Log2(float64(max(n, 2)))
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// caseBits is what the capitalization of a word costs: nothing in lower
// case, a bit when only the first or last letter is upper or all are,
// otherwise log2 of the ways to choose that many upper-case letters.
func caseBits(w string) float64 {
	up, low := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= 'a' && c <= 'z':
			low++
		}
	}
	switch {
	case up == 0:
		return 0
	case low == 0:
		return 1
	case up == 1 && (isUpper(w[0]) || isUpper(w[len(w)-1])):
		return 1
	}
	ways := 0.0
	for k := 1; k <= min(up, low); k++ {
		ways += choose(up+low, k)
	}
	return math.Log2(ways)
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// choose is the binomial coefficient n over k.
func choose(n, k int) float64 {
	r := 1.0
	for i := 1; i <= k; i++ {
		r = r * float64(n-k+i) / float64(i)
	}
	return r
}

// leet maps the characters people substitute for letters to those letters;
// '1', '|' and '7' stand for one of two.
var leet = map[byte]string{
	'4': "a", '@': "a", '8': "b", '(': "c", '{': "c", '[': "c", '<': "c", '3': "e",
	'6': "g", '9': "g", '1': "il", '!': "i", '|': "il", '7': "tl", '0': "o",
	'$': "s", '5': "s", '+': "t", '%': "x", '2': "z",
}

// maxWord is the longest list entry words looks up.
const maxWord = 24

// words finds the list entries in the secret, forwards and reversed, in any
// case and with l33t substitutions. An entry's cost is log2 of its rank in
// the lists plus its capitalization, a bit for reversal and a bit a
// substituted character.
func (g *guesser) words() {
	l := wordIndex()
	n := len(g.lower)
	for i := 0; i < n; i++ {
		l.prefixes(g.lower, i, func(j int, rank int32) {
			g.add(i, j, math.Log2(float64(rank))+caseBits(g.s[i:j]))
		})
	}
	// A reversed entry at [i, j) is an entry at [n-j, n-i) of the reversed
	// secret; palindromes are found forwards already.
	rev := []byte(g.lower)
	slices.Reverse(rev)
	for ri := 0; ri < n; ri++ {
		l.prefixes(string(rev), ri, func(rj int, rank int32) {
			i, j := n-rj, n-ri
			if w := string(rev[ri:rj]); w != g.lower[i:j] {
				g.add(i, j, math.Log2(float64(rank))+caseBits(g.s[i:j])+1)
			}
		})
	}
	// The secret read in l33t: the first and the second reading of every
	// substitute (at most two readings of the whole secret). A match must
	// substitute something and not be substitutes only.
	subs := make([]int, n+1) // substitutes in lower[:k]
	for k := 0; k < n; k++ {
		subs[k+1] = subs[k]
		if leet[g.lower[k]] != "" {
			subs[k+1]++
		}
	}
	if subs[n] == 0 {
		return
	}
	var readings []string
	for alt := 0; alt < 2; alt++ {
		b := []byte(g.lower)
		for k, c := range b {
			if l := leet[c]; l != "" {
				b[k] = l[min(alt, len(l)-1)]
			}
		}
		if alt == 0 || string(b) != readings[0] {
			readings = append(readings, string(b))
		}
	}
	for _, r := range readings {
		for i := 0; i < n; i++ {
			l.prefixes(r, i, func(j int, rank int32) {
				if k := subs[j] - subs[i]; k > 0 && k < j-i {
					g.add(i, j, math.Log2(float64(rank))+caseBits(g.s[i:j])+float64(k))
				}
			})
		}
	}
}

// separators are the characters people join words with; one costs 2 bits.
func (g *guesser) separators() {
	for i := 0; i < len(g.s); i++ {
		if strings.IndexByte(" -_.", g.s[i]) >= 0 {
			g.add(i, i+1, 1)
		}
	}
}

// numbers finds runs of digits: a number of k digits costs k digits of
// brute force, not k characters of the secret's whole alphabet.
func (g *guesser) numbers() {
	s := g.s
	for i := 0; i < len(s); i++ {
		for j := i; j < len(s) && isDigit(s[j]); j++ {
			g.add(i, j+1, float64(j+1-i)*math.Log2(10))
		}
	}
}

// years finds four-digit years from 1900 to 2049: about as many guesses as
// years from 2020, at least 20.
func (g *guesser) years() {
	for i := 0; i+4 <= len(g.s); i++ {
		if y, ok := number(g.s[i : i+4]); ok && y >= 1900 && y <= 2049 {
			g.add(i, i+4, math.Log2(float64(max(abs(y-2020), 20))))
		}
	}
}

// dates finds day, month and year in any order, with one separator or none
// (1990-05-17, 17.05.90, 170590, 5/17/1990): 365 days times the years.
func (g *guesser) dates() {
	n := len(g.s)
	for i := 0; i < n; i++ {
		if !isDigit(g.s[i]) {
			continue
		}
		for j := i + 4; j <= min(n, i+10); j++ {
			if bits, ok := dateBits(g.s[i:j]); ok {
				g.add(i, j, bits)
			}
		}
	}
}

// dateBits reports whether d is a date and what it costs.
func dateBits(d string) (float64, bool) {
	if !isDigit(d[len(d)-1]) {
		return 0, false
	}
	var parts []string
	sep := byte(0)
	start := 0
	for k := 0; k < len(d); k++ {
		c := d[k]
		if isDigit(c) {
			continue
		}
		if strings.IndexByte("-/._ ", c) < 0 || (sep != 0 && c != sep) || k == start {
			return 0, false
		}
		sep = c
		parts = append(parts, d[start:k])
		start = k + 1
	}
	parts = append(parts, d[start:])
	sepBits := 0.0
	if sep != 0 {
		if len(parts) != 3 {
			return 0, false
		}
		sepBits = 2
		if y, ok := dateOf(parts[0], parts[1], parts[2]); ok {
			return yearBits(y) + math.Log2(365) + sepBits, true
		}
		return 0, false
	}
	if len(d) > 8 {
		return 0, false
	}
	for a := 1; a < len(d)-1; a++ {
		for b := a + 1; b < len(d); b++ {
			if y, ok := dateOf(d[:a], d[a:b], d[b:]); ok {
				return yearBits(y) + math.Log2(365), true
			}
		}
	}
	return 0, false
}

// dateOf reads three numbers as a day, a month and a year in one of the
// usual orders (d m y, m d y, y m d, y d m) and returns the year.
func dateOf(a, b, c string) (int, bool) {
	for _, o := range [][3]string{{a, b, c}, {b, a, c}, {b, c, a}, {c, b, a}} {
		day, ok1 := number(o[0])
		month, ok2 := number(o[1])
		year, ok3 := number(o[2])
		if !ok1 || !ok2 || !ok3 || len(o[0]) > 2 || len(o[1]) > 2 {
			continue
		}
		switch len(o[2]) {
		case 2:
			year += 1900
			if year < 1950 {
				year += 100
			}
		case 4:
		default:
			continue
		}
		if day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1900 && year <= 2049 {
			return year, true
		}
	}
	return 0, false
}

func yearBits(y int) float64 { return math.Log2(float64(max(abs(y-2020), 20))) }

// number parses a run of decimal digits.
func number(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sequences finds runs of three or more letters or digits of one class
// stepping by a constant of 1 to 5 either way (abcdef, 97531, ZYX, acegi).
// Such a run costs its start (one bit from an obvious start such as a, z, 0,
// 1 or 9), its length, its direction and its step.
func (g *guesser) sequences() {
	s := g.s
	for i := 0; i+2 < len(s); {
		d := int(s[i+1]) - int(s[i])
		j := i + 1
		for j < len(s) && int(s[j])-int(s[j-1]) == d && sameClass(s[i], s[j]) {
			j++
		}
		if d != 0 && abs(d) <= 5 && j-i >= 3 {
			bits := math.Log2(float64(j - i))
			if strings.IndexByte("aAzZ019", s[i]) >= 0 {
				bits++
			} else if isDigit(s[i]) {
				bits += math.Log2(10)
			} else {
				bits += math.Log2(26)
			}
			if d < 0 {
				bits++
			}
			if abs(d) > 1 {
				bits += math.Log2(float64(abs(d))) + 1
			}
			g.add(i, j, bits)
			i = j - 1
			continue
		}
		i++
	}
}

func sameClass(a, b byte) bool {
	switch {
	case a >= 'a' && a <= 'z':
		return b >= 'a' && b <= 'z'
	case a >= 'A' && a <= 'Z':
		return b >= 'A' && b <= 'Z'
	case isDigit(a):
		return isDigit(b)
	}
	return false
}

// repeats finds a unit repeated two or more times (aaaa, abcabc,
// Summer2024Summer2024). The repetition costs the unit's own bits plus the
// log of the count.
func (g *guesser) repeats() {
	s := g.s
	n := len(s)
	for u := 1; u <= n/2; u++ {
		for i := 0; i+2*u <= n; {
			j := i + u
			for j < n && s[j] == s[j-u] {
				j++
			}
			count := (j - i) / u
			if count >= 2 && count*u >= 3 {
				end := i + count*u
				unit := g.cheapest(i, i+u)
				g.add(i, end, unit+math.Log2(float64(count)))
				i = end - u + 1
				continue
			}
			i++
		}
	}
}

// Assess judges s like Check, then by the guesses it takes (GuessBits of the
// judged value): a secret no rule of Check recognises but that a dictionary
// attacker finds in fewer than MinBits bits of guesses is LowEntropy, and a
// weak secret's Bits are the fewer of its length's and its guesses' bits. A
// secret Check calls words or a keyboard walk by its shape alone is strong
// when both its guesses and its length's bits reach MinBits.
// Unlike Check it reads the word lists, on its first call.
func (j Judge) Assess(s string) Verdict {
	v := j.Check(s)
	if v.Reason == Placeholder {
		return v
	}
	min := j.MinBits
	if min == 0 {
		min = DefaultMinBits
	}
	g := GuessBits(v.Value)
	switch {
	case v.Reason == Strong && g < min:
		v.Reason = LowEntropy
		v.Bits = g
	case v.Reason == Words && instruction(v.Value):
		// An instruction of words ("acme-default-jwt-secret-key-change-in-
		// production") is a sample anyone can read, whatever its guesses
		// cost: Check calls it words before it looks for the instruction.
		v.Reason = WellKnown
		v.Bits = math.Min(v.Bits, g)
	case (v.Reason == Words || v.Reason == KeyboardWalk) && g >= min && v.Bits >= min:
		// Check's shape rules guess at words and walks from the letters
		// alone; when no list word, walk or sequence makes the secret
		// cheaper than brute force of MinBits, the shape was chance
		// ("Ws9BBh13Rum3ys" is no word, "Bgt78MAqwx" no walk).
		v.Reason = Strong
	case v.Weak():
		v.Bits = math.Min(v.Bits, g)
	}
	return v
}
