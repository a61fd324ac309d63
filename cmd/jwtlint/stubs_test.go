package main

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/internal/stubcheck"
)

// TestStubsMatchRealModules compares every stub of a library under
// analyzer/testdata/src with the real package of the module that
// testdata/reallibs requires (go/types: names, kinds, types and parameter
// names; see internal/stubcheck). A stub of a version that reallibs does
// not require (one the module proxy does not serve, or one too heavy to
// require) must be listed in analyzer/testdata/src/README.md with the
// result of scripts/stubcheck against its source tree.
func TestStubsMatchRealModules(t *testing.T) {
	root := filepath.Join("..", "..")
	stubRoot := filepath.Join(root, "analyzer", "testdata")
	reallibs := filepath.Join(root, "testdata", "reallibs")
	mods := requiredModules(t, filepath.Join(reallibs, "go.mod"))
	stubs := stubPackages(t, filepath.Join(stubRoot, "src"))
	var compared, other []string
	for _, p := range stubs {
		if moduleOf(p, mods) != "" {
			compared = append(compared, p)
		} else {
			other = append(other, p)
		}
	}
	gopath, err := filepath.Abs(stubRoot)
	if err != nil {
		t.Fatal(err)
	}
	stub, err := stubcheck.LoadStubs(gopath, compared)
	if err != nil {
		t.Fatal(err)
	}
	real, err := stubcheck.LoadModule(reallibs, compared, "GOEXPERIMENT=jsonv2")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range compared {
		if stub[p] == nil || real[p] == nil {
			t.Errorf("%s: not loaded (stub %v, real %v)", p, stub[p] != nil, real[p] != nil)
			continue
		}
		for _, d := range stubcheck.Compare(stub[p], real[p]) {
			t.Errorf("stub differs from %s in testdata/reallibs: %s", moduleOf(p, mods), d)
		}
	}
	t.Logf("compared with testdata/reallibs: %d stub packages", len(compared))
	readme, err := os.ReadFile(filepath.Join(stubRoot, "src", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range other {
		if !strings.Contains(string(readme), "| `"+p+"` |") {
			t.Errorf("%s: not required by testdata/reallibs and not listed in analyzer/testdata/src/README.md (run scripts/stubcheck against its source tree and record the result)", p)
		}
	}
}

// requiredModules returns the module paths a go.mod requires.
func requiredModules(t *testing.T, gomod string) []string {
	t.Helper()
	f, err := os.Open(gomod)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var mods []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "require (":
			in = true
		case line == ")":
			in = false
		case in || strings.HasPrefix(line, "require "):
			fields := strings.Fields(strings.TrimPrefix(line, "require "))
			if len(fields) >= 2 {
				mods = append(mods, fields[0])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return mods
}

var majorElem = regexp.MustCompile(`^v[0-9]+$`)

// moduleOf returns the module of mods that holds package path, or "": the
// longest module path that is path or a prefix of it, unless what follows
// is a major-version element (github.com/gofiber/jwt/v4 is not in module
// github.com/gofiber/jwt).
func moduleOf(path string, mods []string) string {
	best := ""
	for _, m := range mods {
		if path != m && !strings.HasPrefix(path, m+"/") {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(path, m), "/")
		if majorElem.MatchString(strings.Split(rest, "/")[0]) {
			continue
		}
		if len(m) > len(best) {
			best = m
		}
	}
	return best
}

// stubPackages returns the import paths of the stubs under src: the
// directories holding Go files below a first element that is a domain
// (github.com, gopkg.in, ...; not example.com or a reserved *.example
// domain: the tests' own packages).
func stubPackages(t *testing.T, src string) []string {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		first := strings.Split(filepath.ToSlash(rel), "/")[0]
		if d.IsDir() && rel != "." && (!strings.Contains(first, ".") || first == "example.com" || strings.HasSuffix(first, ".example")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			seen[filepath.ToSlash(filepath.Dir(rel))] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
