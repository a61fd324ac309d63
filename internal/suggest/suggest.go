// Package suggest finds the name a user probably meant when they mistyped
// one: a subcommand, a rule ID, a flag.
package suggest

import "strings"

// Closest returns the candidate nearest to word by edit distance (insertions,
// deletions, substitutions and swaps of adjacent letters, case ignored), or
// "" when none is near enough to be a plausible typo: at most one edit for
// words of up to three letters, two for longer ones, and fewer edits than
// the word has letters. The first candidate wins a tie.
func Closest(word string, candidates []string) string {
	w := strings.ToLower(word)
	limit := 2
	if len(w) <= 3 {
		limit = 1
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		d := Distance(w, strings.ToLower(c))
		if d < bestDist && d < len(w) {
			best, bestDist = c, d
		}
	}
	return best
}

// Distance is the optimal string alignment distance between a and b, in
// bytes: the number of insertions, deletions, substitutions and swaps of
// two adjacent bytes that turn a into b, no substring edited twice.
func Distance(a, b string) int {
	// Three rows of the dynamic programming table: i-2, i-1 and i.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
