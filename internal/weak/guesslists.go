package weak

import (
	"embed"
	"strings"
	"sync"
)

// listFiles are the frequency lists of data/ (see data/README.md for their
// source and licence), most frequent entry first.
//
//go:embed data/*.txt
var listFiles embed.FS

// wordRanks maps every list entry to its best rank (1 = most frequent) over
// the lists, the built-in well-known secrets ranking first (in the
// order of dictionary). It is built on
// first use: a program that never calls GuessBits (the analyzer under go
// vet) neither decodes nor, the linker dropping it, carries the lists: it
// must stay a function reached only from GuessBits, not a package-level
// value built at init (TestListsOnlyLinkedWhenJudging).
func wordRanks() map[string]int32 {
	ranksOnce.Do(loadRanks)
	return ranks
}

var (
	ranksOnce sync.Once
	ranks     map[string]int32
)

func loadRanks() {
	entries, err := listFiles.ReadDir("data")
	if err != nil {
		panic("weak: embedded lists: " + err.Error()) // cannot happen: embedded at build time
	}
	ranks = make(map[string]int32, 100_000)
	for i, s := range dictionary {
		if _, ok := ranks[asciiLower(s)]; !ok {
			ranks[asciiLower(s)] = int32(i + 1)
		}
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := listFiles.ReadFile("data/" + e.Name())
		if err != nil {
			panic("weak: embedded lists: " + err.Error())
		}
		rank := int32(0)
		for line := range strings.SplitSeq(string(b), "\n") {
			if line == "" {
				continue
			}
			rank++
			if r, ok := ranks[line]; !ok || rank < r {
				ranks[line] = rank
			}
		}
	}
}
