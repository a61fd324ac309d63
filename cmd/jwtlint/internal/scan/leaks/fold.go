package leaks

import (
	"strings"
)

// keywords answers whether strings.ToLower(s) contains one of a set of
// lower-case keywords, as gitleaks' prefilter does, without lower-casing s.
//
// Lower-casing leaves the ASCII bytes of s where they are, changing only the
// case of letters, and makes no ASCII byte out of other runes except two: the
// Kelvin sign (U+212A, to "k") and the capital I with a dot (U+0130, to
// "i"). So, unless s has one of those, an ASCII keyword is in
// strings.ToLower(s) if and only if it is in s ignoring ASCII case. Each
// keyword is looked for at its rarest byte (in source code and
// configuration), both cases, with strings.IndexByte, which skips through
// text many bytes at a time.
type keywords struct {
	// byAnchor are the keywords grouped by the byte looked for.
	byAnchor []anchorGroup
	// exact: some keyword is not ASCII; lower-case s and search.
	exact []string
}

type anchorGroup struct {
	b     byte // lower case
	words []anchored
}

type anchored struct {
	word string
	at   int // index of the anchor byte in word
}

// rarity ranks lower-case letters from the rarest in code and configuration;
// other bytes rank after them, then digits.
const rarity = "jqzxkvwybgfpmhudclnosritae"

func rank(c byte) int {
	if i := strings.IndexByte(rarity, c); i >= 0 {
		return i
	}
	if '0' <= c && c <= '9' {
		return len(rarity) + 1
	}
	return len(rarity)
}

func newKeywords(kws []string) *keywords {
	if kws == nil {
		return nil
	}
	k := &keywords{}
	for _, w := range kws {
		if w == "" {
			// gitleaks' trie never reports an empty keyword.
			continue
		}
		if !isASCII(w) {
			k.exact = append(k.exact, w)
			continue
		}
		at := 0
		for i := 1; i < len(w); i++ {
			if rank(w[i]) < rank(w[at]) {
				at = i
			}
		}
		k.add(anchored{w, at})
	}
	return k
}

func (k *keywords) add(a anchored) {
	c := a.word[a.at]
	for i := range k.byAnchor {
		if k.byAnchor[i].b == c {
			k.byAnchor[i].words = append(k.byAnchor[i].words, a)
			return
		}
	}
	k.byAnchor = append(k.byAnchor, anchorGroup{c, []anchored{a}})
}

// in reports whether strings.ToLower(s) contains one of the keywords.
func (k *keywords) in(s string) bool {
	if len(k.exact) > 0 || strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		return k.inLower(strings.ToLower(s))
	}
	for _, g := range k.byAnchor {
		if g.in(s, g.b) || isLower(g.b) && g.in(s, g.b-'a'+'A') {
			return true
		}
	}
	return false
}

func (k *keywords) inLower(l string) bool {
	for _, w := range k.exact {
		if strings.Contains(l, w) {
			return true
		}
	}
	for _, g := range k.byAnchor {
		for _, a := range g.words {
			if strings.Contains(l, a.word) {
				return true
			}
		}
	}
	return false
}

// in reports whether one of g's words is in s, ignoring ASCII case, at an
// occurrence of c (g.b in one case).
func (g *anchorGroup) in(s string, c byte) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		j += i
		for _, a := range g.words {
			start := j - a.at
			if start >= 0 && start+len(a.word) <= len(s) && equalFoldASCII(s[start:start+len(a.word)], a.word) {
				return true
			}
		}
		i = j + 1
	}
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w,
// ignoring the case of ASCII letters in s.
func equalFoldASCII(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
