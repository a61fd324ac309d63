package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EIllTypedMissingModule runs jwtlint on a module one of whose
// dependencies cannot be downloaded (jumpstarter-controller at 742ecb5,
// issue 12 item 6): the package importing it is analyzed where it can be,
// the none-alg references in its ill-typed methods are reported, and the
// note names the package and the declarations skipped. Before, a call of a
// function of the missing package made the SSA builder fail and the whole
// package was dropped.
func TestE2EIllTypedMissingModule(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test fetches real libraries through the module proxy")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "missingmodule"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runIn(t, dir, testEnv(), "-json", "./...")
	if code != 0 {
		t.Errorf("jwtlint -json ./...: exit code %d, want 0\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "replacement directory ./absent does not exist") {
		t.Errorf("stderr does not show the missing module:\n%s", stderr)
	}
	checkMarkers(t, dir, decodeFindings(t, dir, []byte(stdout)))
	const note = "note: example.com/missingmodule/service was analyzed in part: 3 declarations with type errors or incomplete types not analyzed ((*ControllerService).Listen, (*RouterService).Stream, (*RouterService).Start)"
	if strings.Count(stderr, note) != 1 {
		t.Errorf("the note is not printed once; want on stderr: %s\n%s", note, stderr)
	}
}
