package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRegressSettingsWrapper: a viper default set through a helper taking
// the Viper is a hard-coded fallback of the key read by name (issue 12
// item 3; passed when written: a regression fixture).
func TestRegressSettingsWrapper(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "regresssettings/wrapper")
}

// TestRegressSettingsGroup: a setting read through its group
// (v.Sub("jwt").GetString("secret")) takes the default of its dotted name
// (SetDefault("jwt.secret", …)); a name of the group without a default is
// not reported (issue 12 item 3).
func TestRegressSettingsGroup(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "regresssettings/group")
}

// TestRegressInitOrder: a package variable initialized from another
// variable holding a literal (var Other = keys.JwtSecret; var Local =
// localSecret, declared in another file) holds the literal: reported at
// the key sink, naming the literal's position (issue 12 item 3).
func TestRegressInitOrder(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	results := analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "regressinitorder.example/sign")
	// The same package's literal is named by related information.
	found := false
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, rel := range d.Related {
				p := r.Pass.Fset.Position(rel.Pos)
				if filepath.Base(p.Filename) == "literal.go" && p.Line == 3 {
					found = true
				}
			}
		}
	}
	if !found {
		t.Error("no diagnostic names localSecret's literal (literal.go:3) as related information")
	}
}

// TestRegressSettingsKoanf: the settings of a map loaded into koanf by
// confmap.Provider are defaults of the paths koanf reads (issue 12 item 3).
func TestRegressSettingsKoanf(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "regresssettings/koanfdefaults")
}
