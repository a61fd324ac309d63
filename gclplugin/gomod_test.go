package gclplugin

import (
	"encoding/json"
	"os/exec"
	"testing"
)

// The root module holds the analyzer and this plugin, which golangci-lint
// custom builds compile into golangci-lint: it must require nothing that
// could move golangci-lint's own dependencies. tools/gcl's tests compare a
// whole custom build with golangci-lint's go.mod; this is the fast guard.
func TestRootModuleRequirements(t *testing.T) {
	out, err := exec.Command("go", "mod", "edit", "-json", "../go.mod").Output()
	if err != nil {
		t.Fatal(err)
	}
	var mod struct {
		Require []struct {
			Path, Version string
			Indirect      bool
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		t.Fatal(err)
	}
	// golangci-lint v2.15.0's versions; raise them only with tools/gcl's
	// golangci-lint version.
	allowed := map[string]string{
		"golang.org/x/tools":                         "v0.52.0",
		"github.com/golangci/plugin-module-register": "v0.1.2",
	}
	for _, r := range mod.Require {
		if r.Indirect {
			continue
		}
		want, ok := allowed[r.Path]
		switch {
		case !ok:
			t.Errorf("the root module requires %s %s: it may require only x/tools and plugin-module-register (put other dependencies in cmd/jwtlint)", r.Path, r.Version)
		case r.Version != want:
			t.Errorf("the root module requires %s %s, golangci-lint v2.15.0 pins %s", r.Path, r.Version, want)
		}
	}
}
