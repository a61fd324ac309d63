package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDriverFindingsIdentical runs "jwtlint -json -include-tests ./..."
// with singlechecker's driver (every package from source) and with
// jwtlint's own (source only where the analyzer can find something), on the
// real-library modules, and requires every diagnostic to be the same:
// position, end, message, category, related information and fixes.
// bench/findings_identical.sh does the same on real modules.
func TestDriverFindingsIdentical(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test fetches real libraries through the module proxy")
	}
	for _, mod := range []string{"reallibs", "example", "illtyped"} {
		t.Run(mod, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", mod))
			if err != nil {
				t.Fatal(err)
			}
			run := func(driver string) map[string][]string {
				code, stdout, stderr := runIn(t, dir, append(testEnv(), "JWTLINT_DRIVER="+driver), "-json", "-include-tests", "./...")
				// singlechecker exits 1 with -json on load errors; README
				// says 0: the JSON was written.
				if code != 0 && driver == "own" || code > 1 {
					t.Fatalf("%s driver: exit %d, want 0 with -json\n%s", driver, code, stderr)
				}
				return jsonDiagnostics(t, stdout)
			}
			before, after := run("singlechecker"), run("own")
			n := 0
			for pkg, diags := range before {
				n += len(diags)
				if !slices.Equal(diags, after[pkg]) {
					t.Errorf("%s: diagnostics differ:\nsinglechecker:\n%s\nown driver:\n%s", pkg, strings.Join(diags, "\n"), strings.Join(after[pkg], "\n"))
				}
			}
			for pkg := range after {
				if _, ok := before[pkg]; !ok {
					t.Errorf("%s: only the own driver reports the package", pkg)
				}
			}
			if n == 0 && mod != "illtyped" {
				t.Errorf("no diagnostics at all in %s: the comparison proves nothing", mod)
			}
		})
	}
}

// jsonDiagnostics decodes -json output into "package analyzer" -> its
// diagnostics (or analysis error) re-encoded with sorted keys, sorted.
func jsonDiagnostics(t *testing.T, out string) map[string][]string {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("decoding -json output: %v\n%.500s", err, out)
	}
	m := map[string][]string{}
	for pkg, by := range tree {
		for name, raw := range by {
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			key := pkg + " " + name
			list, ok := v.([]any)
			if !ok {
				list = []any{v}
			}
			for _, d := range list {
				b, _ := json.Marshal(d)
				m[key] = append(m[key], string(b))
			}
			slices.Sort(m[key])
		}
	}
	return m
}
