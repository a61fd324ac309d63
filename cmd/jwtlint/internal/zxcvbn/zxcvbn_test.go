package zxcvbn

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestSameAsUpstream checks this copy against the original module: the
// golden file holds github.com/ccojocar/zxcvbn-go v1.0.4's entropy for 130
// passwords (dictionary words, names, dates, keyboard walks, l33t, random hex
// and base64, words plus years), printed by a program built against it.
func TestSameAsUpstream(t *testing.T) {
	f, err := os.Open("testdata/entropy.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		i := strings.LastIndexByte(line, ' ')
		pw, err := strconv.Unquote(line[:i])
		if err != nil {
			t.Fatalf("bad golden line %q: %v", line, err)
		}
		got := fmt.Sprintf("%.4f", PasswordStrength(pw, nil).Entropy)
		if want := line[i+1:]; got != want {
			t.Errorf("PasswordStrength(%q).Entropy = %s, upstream %s", pw, got, want)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("golden file has %d entries, want the full corpus", n)
	}
}

// TestConcurrentFirstUse runs the lazy initialisation from many goroutines at
// once (run with -race): the scanner judges secrets in parallel.
func TestConcurrentFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := PasswordStrength("Summer2024", nil).Entropy; e > 30 {
				t.Errorf("Summer2024: entropy %.1f, want a guessable figure", e)
			}
		}()
	}
	wg.Wait()
}
