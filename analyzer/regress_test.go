package analyzer_test

// Regression fixtures from the real-world sweep (testdata/realworld.md) and
// hostile input for the analyzer (issue 8): each false positive and missed
// shape found in real modules is a package under testdata/src/regress*, and
// each kind of hostile input one under testdata/src/hostile*.

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRegressTestOrigin: a library's key field filled with a literal only by
// its own tests is not a hard-coded key of the library (gin-jwt).
func TestRegressTestOrigin(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regresstestorigin")
}

// TestRegressSlice: a constant slice past the end of a literal does not
// crash the tracer (iris).
func TestRegressSlice(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressslice")
}

// TestRegressLibrarySelf: a JWT library's own packages are not reported
// (lestrrat-go/jwx's jws.Verify parses before it verifies).
func TestRegressLibrarySelf(t *testing.T) {
	// The stub exports facts for its users; only diagnostics matter here.
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "github.com/lestrrat-go/jwx/v2/jws")
}

// diagnosticsOnly drops analysistest's complaints about facts, for
// fixtures that are library stubs (whose facts other tests rely on).
type diagnosticsOnly struct{ *testing.T }

func (t diagnosticsOnly) Errorf(format string, args ...any) {
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "unexpected fact") {
		t.T.Error(msg)
	}
}

// TestRegressDup: a library sink that is also a wrapper of another sink
// is reported once (iris jwt.NewSigner).
func TestRegressDup(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressdup")
}

// TestRegressTestKeyfunc: a middleware's keyfunc field filled only by its
// tests does not make the middleware's parse call unsafe (hertz-contrib/jwt,
// gin-jwt); one the package fills itself does (keyfuncs, parse.go).
func TestRegressTestKeyfunc(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regresstestkeyfunc")
}

// TestRegressOverwritten: a variable declared empty and stored on every
// path of a loader is no empty-key fallback; one stored on some paths only
// is (zxh326/kite's common.JwtSecret).
func TestRegressOverwritten(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressoverwritten.example/sign")
}

// TestRegressHertz: hertz-contrib/jwt's middleware fields are sinks.
func TestRegressHertz(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regresshertz")
}

// TestRegressPlaceholder: an empty JSON document returned by a data loader
// is not a hard-coded key (golang-jwt's cmd/jwt).
func TestRegressPlaceholder(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressplaceholder")
}

// TestHostileGenerics: keys through generic helpers and generic structs.
func TestHostileGenerics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostilegenerics")
}

// TestHostileGenerated: files marked "Code generated ... DO NOT EDIT." are
// not reported; a generated key used by hand-written code is.
func TestHostileGenerated(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostilegenerated")
}

// TestHostileCgo: a package with a cgo file (import "C") is analyzed, and
// findings in the cgo file are reported at its own lines, although the
// drivers analyze the files cmd/cgo generates. It needs cgo and a C
// compiler.
func TestHostileCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler: cgo packages cannot be loaded")
	}
	t.Setenv("CGO_ENABLED", "1")
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostilecgo")
}

// TestHostileTags: build constraints decide which files are analyzed.
func TestHostileTags(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostiletags")
}

// TestHostileImports: dot imports, import aliases, type aliases, method
// values and method expressions.
func TestHostileImports(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostileimports")
}

// TestHostileLarge: a 1 MiB constant key is reported by its length, fast.
func TestHostileLarge(t *testing.T) {
	start := time.Now()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostilelarge")
	if d := time.Since(start); d > 2*time.Minute {
		t.Errorf("analyzing a 1 MiB constant took %v", d)
	}
}

// TestRegressOpenItems runs the fixtures of the sweep's open items
// (testdata/realworld.md): a false positive or a missed shape each.
func TestRegressOpenItems(t *testing.T) {
	for _, tc := range []struct {
		pkg   string
		rules []string // none: every rule
	}{
		// A helper's unverified read of a token that every caller verifies
		// (ory/fosite's rfc7523 handler). go-jose v3's ParseSigned is also
		// a missing-alg-check finding: only the unverified reads matter.
		{"regresscallerverify", []string{"unverified-parse"}},
		// An OAuth2 client reading its own token from the token endpoint
		// (apache/pulsar-client-go).
		{"regressclienttoken", nil},
		// A library function called through a package variable holding it
		// (iris's middleware/jwt.Sign = kataras/jwt.Sign).
		{"regressfuncvar", nil},
		// A method of a generic type returning its key field.
		{"regressgenericmethod", nil},
		// "none" in an algorithm whitelist (go-oidc).
		{"regressnonelist", nil},
		// A helper slicing its parameter.
		{"regressparamslice", nil},
		// A go-jose v3 parse whose token is only read unverified
		// (clerk-sdk-go's Decode), from the new modules of the sweep.
		{"regressdecodeonly", []string{"missing-alg-check", "unverified-parse"}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: tc.rules}), tc.pkg)
		})
	}
}

func TestHostileManyOrigins(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "hostilemany")
}

// TestRegressUnknownCallers: a parameter of a function used as a value has
// unknown sources (parse.go anySource checks usedAsValue as callersVerify
// does).
func TestRegressUnknownCallers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"missing-alg-check"}}), "regressunknowncallers")
}

// TestRegressOwnToken: missing-alg-check is silent on the program's own
// tokens and on keyfuncs that return no key (sweep cases V1, V2, V5).
func TestRegressOwnToken(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{Enable: []string{"missing-alg-check"}}), "regressowntoken")
}

// TestRegressTestHelper: a package under a test/ (testutil/, …) directory
// is test code (sweep case V4).
func TestRegressTestHelper(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{IncludeTests: true}), "regresstesthelper/test/helper")
	for _, r := range analysistest.Run(quiet{}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regresstesthelper/test/helper") {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: [%s] %s: reported in a test helper package without -include-tests", r.Pass.Fset.Position(d.Pos), d.Category, d.Message)
		}
	}
}

// TestRegressNilFallback: a constructor that replaces a nil or empty key
// parameter with a sample key is not given an empty key by New(nil) (sweep
// 3: iris-admin's auth2.NewJwt(nil) in its tests was reported as an empty
// HMAC key, a false short-key; the sample is reported at the sink).
func TestRegressNilFallback(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressnilfallback")
}

// TestRegressIllTypedKeyfunc: a well-typed parse in a declaration that also
// uses an ill-typed package (sweep 3: moon's keyfunc beside an error of its
// uncommitted generated pkg/merr) is reported from the syntax
// (checkMissingAlgSkipped), as the well-typed copy is from SSA.
func TestRegressIllTypedKeyfunc(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressillkeyfunc")
}

// TestRegressFieldToken: a token read twice from the same field of the same
// value, once unverified (to find its issuer) and once verified, is one
// token (sweep 3: authorizer's client assertion, a false unverified-parse).
func TestRegressFieldToken(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, analysistest.TestData(), analyzer.New(analyzer.Config{}), "regressfieldtoken")
}
