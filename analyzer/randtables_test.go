package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRandomTables: a key built from characters that a math/rand index
// picks out of any table (a parameter, its []byte or []rune conversion, a
// string, a []byte parameter; appended or stored by index) is predictable,
// in this package and through a helper in another; picked by crypto/rand,
// it is not (issue 12 item 5; sweep: 0xDkd/auxpi).
func TestRandomTables(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"weak-random-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "randtables")
}

// TestRandomStoredByDependency: a math/rand secret stored into a field of a
// third package by a package the signing package imports reaches the key
// through the field (sweep: 0xDkd/auxpi, the secret saved to the
// configuration file and loaded back).
func TestRandomStoredByDependency(t *testing.T) {

	a := analyzer.New(analyzer.Config{Enable: []string{"weak-random-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "crosspkg.example/siteauth")
}

// TestRandomIdioms: the well-known Go random-string idioms (remainder,
// mask, cached bits, a clock-seeded Source, the result built in a
// strings.Builder or bytes.Buffer) are predictable when they draw from
// math/rand, and not when they draw from crypto/rand (sweep: washboard,
// Testing-Implementasi_Sistem).
func TestRandomIdioms(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"weak-random-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "randidioms")
}
