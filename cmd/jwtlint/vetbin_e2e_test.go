package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// jwtlint-vet (the root module's cmd/jwtlint-vet) is the analyzer without
// the scanner, for a faster go vet. It must be jwtlint under go vet in every
// way a user or a script sees: the same diagnostics, plain and -json, the
// same -flags for go vet to read, and the same error and exit code for an
// unknown rule, directly and through go vet.
func TestE2EVetBinaryAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test fetches real libraries through the module proxy")
	}
	vetBin := filepath.Join(filepath.Dir(jwtlintBin), "jwtlint-vet")
	build := exec.Command("go", "build", "-o", vetBin, "./cmd/jwtlint-vet")
	build.Dir = filepath.Join("..", "..")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building jwtlint-vet: %v\n%s", err, out)
	}

	// run runs name args in dir and returns what it printed with its lines
	// sorted, since go vet prints packages as they finish, in parallel.
	run := func(dir, name string, args ...string) (string, int) {
		t.Helper()
		out, code := combinedOutput(t, dir, name, args...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		slices.Sort(lines)
		return strings.Join(lines, "\n"), code
	}

	for _, mod := range []string{"example", "reallibs"} {
		dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", mod))
		if err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"./..."},
			{"-json", "./..."},
			{"-enable=hardcoded-key,none-alg", "./..."},
			{"-enable=no-such-rule", "./..."},
		} {
			vetArgs := func(tool string) []string {
				return append([]string{"vet", "-vettool=" + tool}, args...)
			}
			want, wantCode := run(dir, "go", vetArgs(jwtlintBin)...)
			got, gotCode := run(dir, "go", vetArgs(vetBin)...)
			if (wantCode == 0 && args[0] != "-json") || !strings.Contains(want, "jwtlint") {
				t.Errorf("%s: go vet -vettool=jwtlint %q: exit %d without jwtlint's findings or errors:\n%s", mod, args, wantCode, want)
			}
			if got != want || gotCode != wantCode {
				t.Errorf("%s: go vet %q: jwtlint-vet exit %d, jwtlint exit %d (-jwtlint +jwtlint-vet):\n%s", mod, args, gotCode, wantCode, lineDiff(want, got))
			}
		}
	}

	for _, args := range [][]string{
		{"-flags"},
		{"-V=full"},
		{"-enable", "no-such-rule", "./..."},
		{"-disable=hardcoded-key,no-such-rule", "./..."},
	} {
		dir := filepath.Join("..", "..", "testdata", "example")
		want, wantCode := run(dir, jwtlintBin, args...)
		got, gotCode := run(dir, vetBin, args...)
		if args[0] == "-V=full" { // the version line names the executable and its hash
			want, got = strings.Fields(want)[1], strings.Fields(got)[1]
		}
		if want == "" || got != want || gotCode != wantCode {
			t.Errorf("%q: jwtlint-vet exit %d, jwtlint exit %d (-jwtlint +jwtlint-vet):\n%s", args, gotCode, wantCode, lineDiff(want, got))
		}
	}
}
