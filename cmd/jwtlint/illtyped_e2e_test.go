package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EIllTypedDependency runs jwtlint on a real module that does not
// build with the current Go (issue 12 item 6): hertz v0.4.0 requires
// bytedance/sonic v1.5.0, whose internal/loader names types that no file
// defines for Go 1.20 and later. The packages of the module are still
// analyzed where their types are complete, and their findings reported (the
// // jwtlint:expect markers of testdata/illtyped); the dependency's type
// errors are printed as load errors, and nothing crashes. Package missing
// imports a module that cannot be downloaded (jumpstarter-controller at
// 742ecb5): its well-typed function is analyzed, and none-alg is reported
// in the one whose types are incomplete.
func TestE2EIllTypedDependency(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test fetches real libraries through the module proxy")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "illtyped"))
	if err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (int, string, string) { return runIn(t, dir, testEnv(), args...) }

	_, stdout, stderr := run("-json", "./...")
	if !strings.Contains(stderr, "sonic@v1.5.0/internal/loader") || !strings.Contains(stderr, "undefined: _ModuleData") {
		t.Errorf("stderr does not show the dependency's type errors (has the test module's sonic changed?):\n%s", stderr)
	}
	checkMarkers(t, dir, decodeFindings(t, dir, []byte(stdout)))

	// Standalone: the findings decide the exit code; the load errors are
	// on standard error.
	code, _, stderr := run("./...")
	if code != 3 {
		t.Errorf("jwtlint ./...: exit code %d, want 3 (findings)\n%s", code, stderr)
	}
	for _, want := range []string{"server/server.go:31:", "server/server.go:41:", "partial/partial.go:9:"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("jwtlint ./... does not report %s:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "broken-function-key") || strings.Contains(stderr, "partial.go:14:54") {
		t.Errorf("a function that does not type-check was reported:\n%s", stderr)
	}

	// The driver prints the note naming the packages analyzed only in
	// part (analyzer.Result.Note), once, with and without -json.
	const note = "note: example.com/illtyped/partial was analyzed in part: 1 declaration with type errors or incomplete types not analyzed (Broken)"
	if strings.Count(stderr, note) != 1 {
		t.Errorf("jwtlint ./... does not print the note once; want on stderr: %s\n%s", note, stderr)
	}
	// Before, a call of a function of the missing package made the SSA
	// builder fail: "was not analyzed", and no finding in the package.
	const missing = "note: example.com/illtyped/missing was analyzed in part: 2 declarations with type errors or incomplete types not analyzed (Mint, Register)"
	if strings.Count(stderr, missing) != 1 {
		t.Errorf("jwtlint ./... does not print the note once; want on stderr: %s\n%s", missing, stderr)
	}
	// Positions are relative to the working directory, as go vet prints them.
	if !strings.Contains(stderr, "\nserver/server.go:31:") {
		t.Errorf("positions are not relative to the working directory:\n%s", stderr)
	}
	code, _, stderr = run("-json", "./...")
	if code != 0 || strings.Count(stderr, note) != 1 {
		t.Errorf("jwtlint -json ./...: exit %d (README: always 0), and the note once on stderr: %s\n%s", code, note, stderr)
	}
}
