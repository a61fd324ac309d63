package hook

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRunOverhead measures what "hook run" itself costs a one-file
// commit in a repository of 1,000 tracked files (100 packages), with an
// analyzer that does nothing: git diff, git ls-files, bringing the kept tree
// of the index up to date, and choosing the packages. The analyzer's own
// time is bench/hook.sh's. kept-tree is the usual case; temporary-tree
// writes the whole index each time, as a run does while another holds the
// kept tree.
func BenchmarkRunOverhead(b *testing.B) {
	dir, err := filepath.EvalSymlinks(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	gitB := func(args ...string) {
		b.Helper()
		if _, err := gitRaw(dir, args...); err != nil {
			b.Fatal(err)
		}
	}
	gitB("init", "-q", "-b", "main")
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write("go.mod", "module example.com/big\n\ngo 1.22\n")
	for p := range 100 {
		for f := range 10 {
			write(fmt.Sprintf("pkg%d/f%d.go", p, f), fmt.Sprintf("package pkg%d\n\nconst C%d = %q\n", p, f, bytes.Repeat([]byte("x"), 2000)))
		}
	}
	gitB("add", ".")
	gitB("-c", "user.name=b", "-c", "user.email=b@example.invalid", "commit", "-q", "-m", "big")
	noop := filepath.Join(b.TempDir(), "jwtlint")
	if err := os.WriteFile(noop, []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		b.Fatal(err)
	}
	var out, errb bytes.Buffer
	s := Stdio{Out: &out, Err: &errb, Dir: dir, Jwtlint: noop}
	lock := filepath.Join(dir, ".git", "jwtlint-hook", "lock")
	for _, kept := range []bool{true, false} {
		name := "kept-tree"
		if !kept {
			// Another run holds the kept tree: a temporary one each time.
			name = "temporary-tree"
			if err := os.WriteFile(lock, nil, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(name, func(b *testing.B) {
			for i := range b.N {
				b.StopTimer()
				write("pkg7/f3.go", fmt.Sprintf("package pkg7\n\nconst C3 = %d\n", i))
				gitB("add", "pkg7/f3.go")
				b.StartTimer()
				if code := Command([]string{"run", "--no-scan"}, s, noScan); code != ExitOK {
					b.Fatalf("exit %d: %s", code, errb.String())
				}
			}
		})
	}
}
