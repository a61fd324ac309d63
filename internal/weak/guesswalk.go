package weak

import (
	"math"
	"strings"
	"sync"
)

// A keyboard layout for walks: each key's neighbours by direction, so a walk
// can count its turns.
type layout struct {
	next   map[[2]byte]int // (from, to) -> direction from the from key
	keys   float64         // number of keys a walk may start on
	degree float64         // average number of neighbours a key
}

// qwertyRows are the US keyboard's rows, unshifted and shifted; each row
// starts half a key right of the one above, so a key touches the key above
// it and the one above-right.
var qwertyRows = [][2]string{
	{"`1234567890-=", "~!@#$%^&*()_+"},
	{"\x00qwertyuiop[]\\", "\x00QWERTYUIOP{}|"},
	{"\x00asdfghjkl;'", "\x00ASDFGHJKL:\""},
	{"\x00zxcvbnm,./", "\x00ZXCVBNM<>?"},
}

// keypadRows is a numeric keypad: neighbours in eight directions.
var keypadRows = []string{"/*-", "789+", "456", "123", "0."}

// layouts returns the QWERTY keyboard and the keypad, built on first use.
func layouts() []*layout {
	layoutsOnce.Do(buildLayouts)
	return builtLayouts
}

var (
	layoutsOnce  sync.Once
	builtLayouts []*layout
)

func buildLayouts() {
	q := &layout{next: map[[2]byte]int{}}
	key := func(r, c, shift int) byte {
		if r < 0 || r >= len(qwertyRows) || c < 0 || c >= len(qwertyRows[r][shift]) {
			return 0
		}
		return qwertyRows[r][shift][c]
	}
	// Left, right, up, up-right, down-left, down.
	dirs := [][2]int{{0, -1}, {0, 1}, {-1, 0}, {-1, 1}, {1, -1}, {1, 0}}
	links := 0
	for r, row := range qwertyRows {
		for c := range row[0] {
			for shift := 0; shift < 2; shift++ {
				from := key(r, c, shift)
				if from == 0 {
					continue
				}
				if shift == 0 {
					q.keys++
				}
				for d, dir := range dirs {
					for toShift := 0; toShift < 2; toShift++ {
						if to := key(r+dir[0], c+dir[1], toShift); to != 0 {
							q.next[[2]byte{from, to}] = d
							if shift == 0 && toShift == 0 {
								links++
							}
						}
					}
				}
			}
		}
	}
	q.degree = float64(links) / q.keys
	p := &layout{next: map[[2]byte]int{}}
	links = 0
	for r, row := range keypadRows {
		for c := 0; c < len(row); c++ {
			p.keys++
			d := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					d++
					rr, cc := r+dr, c+dc
					if rr >= 0 && rr < len(keypadRows) && cc >= 0 && cc < len(keypadRows[rr]) {
						p.next[[2]byte{row[c], keypadRows[rr][cc]}] = d
						links++
					}
				}
			}
		}
	}
	p.degree = float64(links) / p.keys
	builtLayouts = []*layout{q, p}
}

// walks finds runs of three or more keys, each next to the one before on a
// keyboard or a keypad. A walk costs its start key, its length, one choice
// among the neighbours a turn, and a bit a shifted key (when not all are).
func (g *guesser) walks() {
	s := g.s
	for _, l := range layouts() {
		for i := 0; i+2 < len(s); {
			j, turns, last := i+1, 0, -1
			for ; j < len(s); j++ {
				d, ok := l.next[[2]byte{s[j-1], s[j]}]
				if !ok {
					break
				}
				if d != last {
					turns++
					last = d
				}
			}
			if j-i < 3 {
				i++
				continue
			}
			bits := math.Log2(l.keys) + math.Log2(float64(j-i)) + float64(turns)*math.Log2(l.degree)
			shifted := 0
			for k := i; k < j; k++ {
				if isShifted(s[k]) {
					shifted++
				}
			}
			if shifted > 0 && shifted < j-i {
				bits += float64(min(shifted, j-i-shifted))
			}
			g.add(i, j, bits)
			i = j - 1
		}
	}
}

// isShifted reports whether c is typed with shift on a US keyboard.
func isShifted(c byte) bool {
	return c >= 'A' && c <= 'Z' || strings.IndexByte("~!@#$%^&*()_+{}|:\"<>?", c) >= 0
}
