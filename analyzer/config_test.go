package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestConfigDefaults: a key read from a setting whose default is written in
// the source (struct tags of loader libraries, flags, pflag and cobra,
// viper defaults, cmp.Or, getEnv helpers) falls back to a hard-coded key,
// unless the program refuses to start with the default (issue 12 item 2).
func TestConfigDefaults(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "config")
}
