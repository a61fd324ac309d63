package analyzer_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Fixtures reduced from sweep 6 (issue 12): sixteen-odd applications no
// earlier sweep had tried (/work/coord/repos-6.tsv). Each fails without its
// skip (skipOpen) where the shape is open.

// TestRealworld6TestStore: under -include-tests, literals that only the
// in-package tests store into a settings field decide the origin of the
// package's sink (nice-pea/npchat d40e61b, jwt_issuer.go:41 and
// jwt_parser.go:59: hardcoded-key and short-key at the sink, though the
// key comes from a flag). Fixed with livekit's (checker.atTestOrigins):
// the test's literal is reported in the test, and an empty one, which
// tests pass to see the error, not at all.
func TestRealworld6TestStore(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key", "short-key"}, IncludeTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/teststore/issuer")
}

// TestRealworld6EmbedPEM: a private key compiled in with //go:embed from a
// PEM file committed with the source, parsed by jwx's jwk.ParseKey and
// signed with (budougumi0617/go_todo_app 61b3a6b, auth/jwt.go:23), is a
// hard-coded key; parsekeyconst is jwk.ParseKey of a PEM literal alone.
// Fixed: provenance_embed.go (embedded variables, the KeyParser role).
func TestRealworld6EmbedPEM(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/embedpem", "realworld6.example/parsekeyconst")
}

// TestRealworld6FilteredCopy: a placeholder written into a copy of the
// options value (for a status page) is not a store of the signing key the
// service keeps (moul/sgtm 2d0deca, pkg/sgtm/opts.go:94, seen once the
// module loads): no hardcoded-key at the sign or the keyfunc, nor in the
// command that reads the exported field as a flag default (opts/, cmd/:
// cmd/sgtm/main.go:59); a builder or constructor whose result is the kept
// value, a copy handed to an unknown function, one read back from the page
// data and one published in an exported variable stay reported. Fixed:
// provenance_copy.go.
func TestRealworld6FilteredCopy(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld6.example/filteredcopy/...")
}

// TestRealworld6ErrPair: a helper's ("", err) results are no empty-key
// fallback when the caller replaces the value on every error (navidrome
// 295886c, core/auth/auth.go:36; nezhahq/nezha 1405ba7,
// cmd/dashboard/controller/jwt.go:68, where GenerateRandomString returns
// "" with its error and Read returns the error). Fixed:
// provenance_errpair.go (Origin.ErrOnly, guardedExtract); an unchecked
// error, or a use on the error path, still counts.
func TestRealworld6ErrPair(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key", "hardcoded-key"}})
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), a, "realworld6.example/errpair/...")
}

// TestRealworld6Base62ID: 16 crypto/rand bytes as base62 text through
// math/big and fmt.Sprintf hold 128 bits, short for HS256 (navidrome
// 295886c, core/auth/auth.go:36, :37: reported before 69cf668 only through
// the wrong "falls back to an empty key"). Fixed: (*big.Int).SetBytes
// passes its bytes, Text(base) encodes them, a one-verb Sprintf passes its
// argument (knowledge_random.go).
func TestRealworld6Base62ID(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/base62id")
}

// TestRealworld6Base62CrossPackage: the same key made by a helper of
// another package (navidrome's model/id): the message gave the 16 random
// bytes as the key's length where the key is 22 characters of text.
func TestRealworld6Base62CrossPackage(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"short-key"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/base62xpkg/auth")
}

// TestRealworld6PreviewOwnToken: tokens the program mints with fosite's
// strategies (the ID token of openid.OpenIDConnectTokenStrategy, the access
// token of oauth2.AccessTokenStrategy) and reads back with jwx, verification
// off, to preview their claims are its own (pocket-id d258d95,
// backend/internal/oidc/preview.go:119); a request header's token read the
// same way is still reported. Fixed: fosite's Generate* rows in
// knowledge_tokens.go (TokenOwn).
func TestRealworld6PreviewOwnToken(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"unverified-parse"}})
	analysistest.Run(t, analysistest.TestData(), a, "realworld6.example/previewowntoken")
}
