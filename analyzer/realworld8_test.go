package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from sweep 8 (issue 12 item 8): eight more applications
// no earlier sweep had tried (testdata/realworld/repos8.tsv). Each fails
// without its skip (skipOpen) where the shape is open.

// TestRealworld8HeaderOnly: a token parsed without verification only to
// read its header (typ, kid) and choose the auth method whose Validate
// verifies it (habitat-network/habitat 6bb79c5, internal/authn/util.go:17
// unverified-parse; service_auth.go:43 and oauthserver/oauth_server.go:552
// missing-alg-check on jwt.ParseSigned of go-jose v3 with no Claims call):
// neither is reported. The controls (claims read after ParseUnverified,
// the token's Claims read in a helper's caller, the token returned by an
// exported function, ParseSigned then Claims(key, &c)) stay reported.
func TestRealworld8HeaderOnly(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse", "missing-alg-check"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld8.example/headeronly/...")
}

// TestRealworld8OwnStored: a client reads the expiry of the access token it
// keeps in its credential store, to refresh it; the store is one the
// program writes the token endpoint's tokens back into (habitat-network/
// habitat 6bb79c5, internal/pdsclient/dpop.go:107 unverified-parse): not
// reported. The control (a store filled with a request's token, read back)
// stays reported.
func TestRealworld8OwnStored(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld8.example/ownstored/...")
}
