package analyzer

import (
	"bytes"
	"go/types"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/internal/lazyre"
	"golang.org/x/tools/go/analysis"
)

// relevant is the fast path: it reports whether pass's package needs any
// work, given jwt, whether it imports a JWT library or a wrapper of one
// (importsJWT, computed once by the caller). The standard library never
// holds a JWT key, so its packages are left at once unless they import a JWT
// library. Packages of the module being analyzed are always analyzed (their
// facts let importers see helpers that return literal or random keys). A
// dependency (a package of another module, at a version) that imports no JWT
// library is analyzed only when its API could carry a key by name
// (keyishAPI): go vet and the standalone driver visit every dependency,
// hundreds per module, and almost none of them has anything to say about
// keys.
func relevant(pass *analysis.Pass, jwt bool) bool {
	if jwt {
		return true
	}
	return NeedsSource(pass.Pkg, isStdlib(pass), isDependency(pass))
}

// isStdlib reports whether pass analyzes a standard library package: one
// outside any module whose path's first element has no dot.
func isStdlib(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path != "" {
		return false
	}
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	return !strings.Contains(first, ".")
}

// isDependency reports whether pass analyzes a package of a module required
// at a version, not of the main module (whose version is empty, under go vet
// and go/packages alike).
func isDependency(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Version != ""
}

// importsJWT reports whether the package imports a JWT library of the table
// directly, or a package that exports key-parameter facts (a wrapper of one).
// The table is built only for a package with an import path that could be a
// library's: every library path has a dot in its first element
// (TestLibraryPathsHaveDomain), so a package importing only the standard
// library, as most of those go vet starts jwtlint on do, is answered
// without it.
func importsJWT(pass *analysis.Pass) bool {
	if slices.ContainsFunc(pass.Pkg.Imports(), hasDomain) {
		t := knowledge()
		for _, imp := range pass.Pkg.Imports() {
			if t.paths[imp.Path()] {
				return true
			}
		}
	}
	for _, f := range pass.AllPackageFacts() {
		if pf, ok := f.Fact.(*pkgFact); ok && pf.KeySinks {
			return true
		}
	}
	return false
}

// hasDomain reports whether pkg's import path starts with an element holding
// a dot, as the paths of packages outside the standard library do.
func hasDomain(pkg *types.Package) bool {
	first, _, _ := strings.Cut(pkg.Path(), "/")
	return strings.Contains(first, ".")
}

// keyishWords are the words, in lower case, of the names under which APIs
// hand out key material or something a key could be drawn from.
var keyishWords = [...]string{"key", "secret", "token", "jwt", "jws", "jwk", "sign", "hmac", "pass",
	"pwd", "cred", "salt", "auth", "priv", "pem", "seed", "rand", "nonce", "cert"}

// keyishFold is keyishWords as a case-insensitive regexp (TestKeyishName
// holds them together), for the names outside ASCII, where Unicode's case
// folding applies (the Kelvin sign is a k, the long s an s); compiled on
// first use (lazyre).
var keyishFold = lazyre.New(`(?i)key|secret|token|jwt|jws|jwk|sign|hmac|pass|pwd|cred|salt|auth|priv|pem|seed|rand|nonce|cert`)

// keyishName reports whether name holds one of keyishWords in any case.
// keyishAPI asks it of every exported name of the dependencies: an ASCII
// name (nearly all) is lowered into a buffer on the stack and searched,
// which costs a fifteenth of the regexp's backtracking (BenchmarkKeyishName).
func keyishName(name string) bool {
	var buf [64]byte
	if len(name) > len(buf) {
		return keyishFold().MatchString(name)
	}
	lower := buf[:len(name)]
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return keyishFold().MatchString(name)
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, w := range keyishWords {
		if bytes.Contains(lower, []byte(w)) { // w does not escape: no allocation
			return true
		}
	}
	return false
}

// keyishAPI reports whether pkg exports, under a key-ish name, something
// whose facts importers could use: a function or method returning key text,
// bytes or a private key, or a variable or struct field of such a type. Only
// those get facts (exportFacts), and only under such names are they found in
// the dependencies of real programs (a defaults package's Secret field, a
// RandomString helper).
func keyishAPI(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if obj.Exported() && keyishFunc(obj) {
				return true
			}
		case *types.Var:
			if obj.Exported() && keyishName(name) && factKeyish(obj.Type()) {
				return true
			}
		case *types.TypeName:
			if !obj.Exported() {
				continue
			}
			if named, ok := types.Unalias(obj.Type()).(*types.Named); ok {
				for i := 0; i < named.NumMethods(); i++ {
					if m := named.Method(i); m.Exported() && keyishFunc(m) {
						return true
					}
				}
			}
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					f := st.Field(i)
					if f.Exported() && keyishName(f.Name()) && factKeyish(f.Type()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// keyishFunc reports whether fn has a key-ish name and a result importers
// could use as a key.
func keyishFunc(fn *types.Func) bool {
	if !keyishName(fn.Name()) {
		return false
	}
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if factKeyish(res.At(i).Type()) {
			return true
		}
	}
	return false
}
