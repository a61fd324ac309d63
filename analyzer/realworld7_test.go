package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from sweep 7 (issue 12 item 8): twelve more
// applications no earlier sweep had tried
// (testdata/realworld/repos7.tsv). Each fails without its skip (skipOpen)
// where the shape is open.

// TestRealworld7InitZeroField: a package variable initialized from a
// field of another package's zero settings struct, which only main fills
// later, is the empty key (GpsLypy/go-gin-example_lyp e3a069e,
// pkg/util/jwt.go:35, :43). Fixed: provenance_initzero.go (initZeroFact,
// initFact). Not reported: a copy made when signing (SignLate), settings
// whose initializer sets the field (setenv), whose func init loads them
// (setinit), loaded by the initialization of a package imported before the
// copy (boot, utilboot); the same-package variant (same) is reported.
func TestRealworld7InitZeroField(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key", "hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld7.example/initzerofield/...")
}

// TestRealworld7CtorGuard: an empty secret passed to a constructor that
// returns an error for it, or that keeps it only for another algorithm,
// never signs (n1rocket/go-auth-jwt cf0706b,
// internal/token/manager_test.go:37, :117: short-key "empty HMAC key ...
// through token.NewManager"). Fixed: provenance_fallback.go
// (storedPastEmptyCheck); a check that does not leave, or none, still
// reports the empty argument.
func TestRealworld7CtorGuard(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key", "hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld7.example/ctorguard/...")
}

// TestRealworld7SinkGuard: a function that returns an error for an empty
// key before it signs with it never signs with an empty key
// (x64integer/go-common a5862a2, jwt/jwt_test.go:96: short-key "falls back
// to an empty key ... through jwt.Token.Secret", though Generate checks
// Secret == nil || len(Secret) == 0 first).
func TestRealworld7SinkGuard(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key", "hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld7.example/sinkguard/...")
}

// TestRealworld7ForgedTest: a test that signs a token with a literal key
// only to see the code under test reject it (an HS256 token against an
// RS256 verifier) holds an attacker's key, not a hard-coded one
// (CameronXie/access-control-explorer 5d08248,
// examples/abac/internal/api/rest/middleware/jwt_auth_test.go:163).
func TestRealworld7ForgedTest(t *testing.T) {
	skipOpen(t, "a test's literal key that only signs a token the test expects the verifier to reject is reported as hard-coded")
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "short-key"}, IncludeTests: true})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld7.example/forgedtest")
}

// TestRealworld7ViperUnset: a secret read with viper.GetString, no default
// and no check is empty when the setting is missing, as os.Getenv's is when
// the variable is unset (bhill77/goshop f1e08dc, handler/user.go:135,
// routes/api.go:21; config.example.yaml has no jwt_secret), in the package
// of the read and, through facts, in an importer. Fixed: envcheck.go
// (keyReader.EmptyUnset, Origin.Unset); a check, a default, a presence
// test (viper.IsSet) or a getter that refuses an empty value is not
// reported.
func TestRealworld7ViperUnset(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld7.example/viperunset/...")
}
