package weak

import (
	"embed"
	"slices"
	"strings"
	"sync"
)

// listFiles are the frequency lists of data/ (see data/README.md for their
// source and licence), most frequent entry first.
//
//go:embed data/*.txt
var listFiles embed.FS

// wordList is every list entry, sorted, with its best rank (1 = most
// frequent) over the lists, the built-in well-known secrets ranking first
// (in the order of dictionary). Sorted, the entries that start at a position
// of a secret are found by narrowing a range one character at a time, which
// stops as soon as no entry continues the text.
type wordList struct {
	words []string
	ranks []int32
	first [257]int32 // entries starting with byte c are words[first[c]:first[c+1]]
}

// wordIndex returns the word list, built on first use: a program that never
// calls GuessBits (the analyzer under go vet) neither decodes nor, the
// linker dropping it, carries the lists. It must stay a function reached
// only from GuessBits, not a package-level value built at init
// (TestListsOnlyLinkedWhenJudging).
func wordIndex() *wordList {
	listOnce.Do(func() { list = loadWords() })
	return list
}

var (
	listOnce sync.Once
	list     *wordList
)

func loadWords() *wordList {
	type entry struct {
		word string
		rank int32
	}
	entries := make([]entry, 0, 130_000)
	for i, s := range dictionary {
		entries = append(entries, entry{asciiLower(s), int32(i + 1)})
	}
	files, err := listFiles.ReadDir("data")
	if err != nil {
		panic("weak: embedded lists: " + err.Error()) // cannot happen: embedded at build time
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".txt") {
			continue
		}
		b, err := listFiles.ReadFile("data/" + f.Name())
		if err != nil {
			panic("weak: embedded lists: " + err.Error())
		}
		rank := int32(0)
		for line := range strings.SplitSeq(string(b), "\n") {
			if line != "" {
				rank++
				entries = append(entries, entry{line, rank})
			}
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if c := strings.Compare(a.word, b.word); c != 0 {
			return c
		}
		return int(a.rank - b.rank)
	})
	l := &wordList{words: make([]string, 0, len(entries)), ranks: make([]int32, 0, len(entries))}
	for i, e := range entries {
		if i > 0 && e.word == entries[i-1].word {
			continue // a worse rank of the same word
		}
		l.words = append(l.words, e.word)
		l.ranks = append(l.ranks, e.rank)
	}
	k := 0
	for c := 0; c <= 256; c++ {
		for k < len(l.words) && (l.words[k] == "" || int(l.words[k][0]) < c) {
			k++
		}
		l.first[c] = int32(k)
	}
	return l
}

// prefixes calls found for every entry of at least three characters that
// s[i:] starts with (at most maxWord long), with its end in s and its rank.
func (l *wordList) prefixes(s string, i int, found func(j int, rank int32)) {
	c := s[i]
	lo, hi := int(l.first[c]), int(l.first[int(c)+1])
	for j := i + 2; j <= min(len(s), i+maxWord) && lo < hi; j++ {
		// Within [lo, hi) every entry starts with s[i:j-1] (the one equal
		// to it first); keep those whose next byte is s[j-1].
		m, c := j-i-1, s[j-1]
		lo = l.search(lo, hi, m, c)
		if c < 0xff {
			hi = l.search(lo, hi, m, c+1)
		}
		if lo < hi && j-i >= 3 && len(l.words[lo]) == j-i {
			found(j, l.ranks[lo])
		}
	}
}

// search returns the first index in [lo, hi) of an entry with a byte at m
// of at least c (hi if none), all entries there sharing their first m bytes.
func (l *wordList) search(lo, hi, m int, c byte) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if w := l.words[mid]; len(w) > m && w[m] >= c {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
