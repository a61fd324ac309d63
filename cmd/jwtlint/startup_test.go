package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestStartupIsCheap guards what go vet pays per package: it starts the
// -vettool binary once for every package it analyzes (hundreds per module),
// so package initialisation must stay small. It sums the heap that every
// package's init allocates (GODEBUG=inittrace=1, a count that does not
// depend on the machine's speed) and fails when one package's init allocates
// more than 1 MB or all together more than 4 MB. zxcvbn-go's init functions
// allocated 19 MB; the scanner's own estimator (internal/weak) reads its word
// lists on first use. jwtlint's own packages are held tighter: their
// regexps and tables are built on first use (internal/lazyre), so together
// their inits allocate under 32 KB (15 KB at the time of writing; 303 KB
// when they compiled 26 regexps at every start).
func TestStartupIsCheap(t *testing.T) {
	cmd := exec.Command(jwtlintBin, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("jwtlint version: %v\n%s", err, stderr.String())
	}
	total, inits, own := 0, 0, 0
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PKG @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) < 9 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		b, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("unexpected inittrace line %q", sc.Text())
		}
		inits++
		total += b
		if strings.HasPrefix(f[1], "github.com/jwtlint/jwtlint/") {
			own += b
		}
		if b > 1<<20 {
			t.Errorf("init of %s allocates %d bytes at every start of jwtlint; make it lazy", f[1], b)
		}
	}
	if inits == 0 {
		t.Fatalf("no inittrace output; stderr:\n%s", stderr.String())
	}
	if total > 4<<20 {
		t.Errorf("package initialisation allocates %d bytes in all, want under 4 MB", total)
	}
	if own > 32<<10 {
		t.Errorf("jwtlint's own package inits allocate %d bytes in all, want under 32 KB: build regexps and tables on first use", own)
	}
	t.Logf("%d package inits, %d bytes, %d of them jwtlint's own", inits, total, own)
}
