package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ours are the modules this build adds to golangci-lint's: this module and
// the jwtlint root module (the plugin).
var ours = map[string]bool{
	"github.com/jwtlint/jwtlint/tools/gcl": true,
	"github.com/jwtlint/jwtlint":           true,
}

type module struct {
	Path, Version, GoMod, Dir string
	Main                      bool
}

// goList runs "go list -m -json args" in dir.
func goList(t *testing.T, dir string, args ...string) []module {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-m", "-json"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s in %s: %v\n%s", cmd, dir, err, stderrOf(err))
	}
	var mods []module
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var m module
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		mods = append(mods, m)
	}
	return mods
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// TestDependenciesMatchGolangciLint checks that the jwtlint plugin moves no
// module of golangci-lint: every module of the custom build is at the version
// golangci-lint v2.15.0 selects itself, and every requirement of
// golangci-lint's go.mod is at the version it lists. This is what users'
// golangci-lint custom builds resolve too, so it is why the root module
// requires only x/tools (at golangci-lint's pin) and plugin-module-register.
func TestDependenciesMatchGolangciLint(t *testing.T) {
	custom := map[string]string{}
	var gl module
	for _, m := range goList(t, ".", "all") {
		if ours[m.Path] {
			continue
		}
		custom[m.Path] = m.Version
		if m.Path == golangciLint {
			gl = m
		}
	}
	if gl.Version != "v2.15.0" {
		t.Fatalf("custom build has %s %q, want v2.15.0", golangciLint, gl.Version)
	}
	// golangci-lint's own go.mod, as published.
	gm := goList(t, ".", golangciLint)[0]
	edit := exec.Command("go", "mod", "edit", "-json", gm.GoMod)
	out, err := edit.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", edit, err, stderrOf(err))
	}
	var gomod struct {
		Require []struct{ Path, Version string }
		Replace []any
	}
	if err := json.Unmarshal(out, &gomod); err != nil {
		t.Fatal(err)
	}
	if len(gomod.Require) < 100 {
		t.Fatalf("golangci-lint's go.mod lists %d requirements; expected its full list", len(gomod.Require))
	}
	for _, r := range gomod.Require {
		if v, ok := custom[r.Path]; !ok {
			t.Errorf("%s: golangci-lint requires %s, missing from the custom build", r.Path, r.Version)
		} else if v != r.Version {
			t.Errorf("%s: custom build selects %s, golangci-lint's go.mod %s", r.Path, v, r.Version)
		}
	}

	// golangci-lint's own build list, computed from its go.mod and go.sum
	// in a directory of their own: the custom build may add no module and
	// move none. (golangci-lint's list is longer: it has its tests' modules.)
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(gm.Dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	own := map[string]string{}
	for _, m := range goList(t, dir, "all") {
		if !m.Main {
			own[m.Path] = m.Version
		}
	}
	for p, v := range custom {
		if p == golangciLint {
			continue
		}
		if ov, ok := own[p]; !ok {
			t.Errorf("%s %s: in the custom build, not in golangci-lint's build list", p, v)
		} else if ov != v {
			t.Errorf("%s: custom build selects %s, golangci-lint %s", p, v, ov)
		}
	}
}
