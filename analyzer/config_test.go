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

// TestConfigNoLoader: default tags that no loader library of the program
// reads are not defaults.
func TestConfigNoLoader(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "confignoloader")
}

// TestConfigCrossPkg: struct tag defaults of a configuration package, and
// the guard of that package, count for the packages that use its fields.
func TestConfigCrossPkg(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "crosspkg.example/api")
}

// TestCrossPkgStores: a key stored into another package's variable or field
// that a package it imports reads into a key sink is judged at the store
// (issue 12 item 3).
func TestCrossPkgStores(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "weak-random-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "crosspkg.example/server")
}

// TestCrossPkgDeclaringStore: a field the declaring package fills with a
// math/rand string reaches a key sink in an importer (sweep: auxpi).
func TestCrossPkgDeclaringStore(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "weak-random-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "crosspkg.example/utils")
}

// TestConfigConfigor: jinzhu/configor's default tags on an anonymous struct
// field of another package (sweep: hiyali/katip-be).
func TestConfigConfigor(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "crosspkg.example/katip")
}

// TestConfigRegistry: settings registered in groups by name
// (conf.Register("auth", map{"secret": conf.Env(..., "literal")})) and read
// by path (conf.String("auth.secret")): judged at the sink by a reader that
// imports the registering package, and otherwise by the first importer of
// both, at its import of the registering package; a group value from the
// environment only, a setting nobody registers and one already judged at
// its sink are not reported.
func TestConfigRegistry(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "registry.example/...")
}
