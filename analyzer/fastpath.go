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
	stdlib, dep := isStdlib(pass), isDependency(pass)
	var imports []string
	if !stdlib && dep {
		for _, imp := range pass.Pkg.Imports() { // all of them: pass.Pkg is checked from source
			imports = append(imports, imp.Path())
		}
	}
	return NeedsSource(pass.Pkg, imports, stdlib, dep)
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
// directly, or a package that exports key-parameter or unverified-parameter
// facts (a wrapper of one).
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
		if pf, ok := f.Fact.(*pkgFact); ok && (pf.KeySinks || pf.UnverifiedParams) {
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

// keyishAPI reports whether pkg, a dependency that imports no JWT library,
// exports something whose facts importers could use, judged on its
// exported API alone (export data is enough): a function or method whose
// name says key (apiKeyish) and whose result is key text, bytes or a
// private key (a bare Key or GetKey method only on a type named like key
// material: keyOwner); a variable or struct field of such a type under such
// a name (a bare Key field likewise: html.Attribute's Key is the
// attribute's name); or, whatever its names, a package that draws from
// math/rand and exports a function returning text or bytes (randomText:
// k8s.io/apimachinery's util/rand.String). Only those get
// facts (exportFacts) that rules use, and only they are found in the
// dependencies of real programs (a defaults package's Secret field, a
// RandomString helper). A JWT library of the table is always analyzed.
func keyishAPI(pkg *types.Package, imports []string) bool {
	if knowledge().paths[pkg.Path()] {
		return true
	}
	draws := drawsRandom(imports)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if keyishAPIFunc(obj, draws) {
				return true
			}
		case *types.Var:
			if obj.Exported() && apiKeyish(name) && factKeyish(obj.Type()) {
				return true
			}
		case *types.TypeName:
			if !obj.Exported() {
				continue
			}
			if named, ok := types.Unalias(obj.Type()).(*types.Named); ok {
				for i := 0; i < named.NumMethods(); i++ {
					if keyishAPIFunc(named.Method(i), draws) {
						return true
					}
				}
			}
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					if keyishField(obj, st.Field(i)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// drawsRandom reports whether a package with these imports draws from
// math/rand or math/rand/v2.
func drawsRandom(imports []string) bool {
	return slices.ContainsFunc(imports, func(p string) bool { return p == "math/rand" || p == "math/rand/v2" })
}

// keyishAPIFunc reports whether fn, a package-level function or a method of
// a dependency (draws: the package draws from math/rand), is part of the
// key-ish API keyishAPI looks for: an exported function that keyishFunc or,
// when the package draws, randomText accepts; an exported method of an
// exported named type that keyishFunc accepts, a bare Key or GetKey only on
// a type named like key material (keyOwner). A dependency past the fast
// path for its key-ish API exports function facts only for that API
// (exportFacts).
func keyishAPIFunc(fn *types.Func, draws bool) bool {
	if !fn.Exported() {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return keyishFunc(fn) || draws && randomText(fn)
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || !named.Obj().Exported() {
		return false
	}
	return keyishFunc(fn) && (!bareKey(fn.Name()) || keyOwner(named.Obj().Name()))
}

// keyishFunc reports whether fn has a key-ish name and a result importers
// could use as a key.
func keyishFunc(fn *types.Func) bool {
	return apiKeyish(fn.Name()) && returnsKeyish(fn)
}

// returnsKeyish reports whether one of fn's results is key text, bytes or a
// private key (factKeyish).
func returnsKeyish(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if factKeyish(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// keyishField reports whether field f of the exported struct type tn could
// hold a key an importer reads: exported, of a key type, named like a key;
// a field named only Key or Keys (bareKey: a map entry's, an attribute's, a
// selector's) counts only in a type named like key material (keyOwner).
func keyishField(tn *types.TypeName, f *types.Var) bool {
	return f.Exported() && factKeyish(f.Type()) && apiKeyish(f.Name()) && (!bareKey(f.Name()) || keyOwner(tn.Name()))
}

// keyOwner reports whether a type's name says it holds key material by a
// word other than a bare key or keys: a JWTConfig's, a SigningKey's or a
// Keypair's Key is one, a KeyValue's, a KeyToPath's or an Attribute's is a
// map entry's or a name.
func keyOwner(name string) bool {
	var rest []string
	for _, w := range splitWords(name) {
		if l := strings.ToLower(w); l != "key" && l != "keys" {
			rest = append(rest, w)
		}
	}
	return apiKeyish(strings.Join(rest, "_"))
}

// bareKey reports whether a field or method name says only key: Key, Keys,
// GetKey, GetKey3 (the getters protobuf generates for a map entry's key).
func bareKey(name string) bool {
	name = strings.TrimRight(strings.TrimPrefix(name, "Get"), "0123456789")
	return name == "Key" || name == "Keys"
}

// randomText reports whether fn, a function of a package that draws from
// math/rand or math/rand/v2 (whose output is predictable: a time seed, or
// none), could hand that output out: it returns text or bytes. Methods are
// left: every type may have String, Bytes or MarshalText, and the helpers
// found in real programs are functions (util/rand.String, random.String).
func randomText(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		switch res.At(i).Type().Underlying().(type) {
		case *types.Basic, *types.Slice, *types.Array:
			if keyish(res.At(i).Type()) {
				return true
			}
		}
	}
	return false
}

// apiWord reports whether w, a word of an exported name in lower case,
// says the name hands out key material (apiKeyish). Unlike keyishName's
// substrings these are whole words: SignalName, Keyctl, Assign, Operand and
// Author hold no key. (A switch, not a map: nothing to build when go vet
// starts the tool, once per package.)
func apiWord(w string) bool {
	switch w {
	case "key", "keys", "secret", "secrets", "token", "tokens", "jwt", "jwts", "jws", "jwk", "jwks", "jwe",
		"sign", "signs", "signing", "signed", "signer", "signers", "signature", "hmac",
		"pass", "passwd", "password", "passwords", "passphrase", "pwd",
		"cred", "creds", "credential", "credentials", "salt", "auth", "priv", "private", "privkey", "pem",
		"seed", "rand", "random", "nonce", "cert", "certs", "certificate", "certificates",
		"keypair", "keyset", "keystore", "keyring", "keychain", "keyfile", "keyfunc":
		return true
	}
	return false
}

// referenceWord reports whether w, the last word of a name in lower case,
// makes the name refer to something about a key rather than the key: its
// name, identifier, location, type, size. Such values are not key material
// (a file's contents come from outside the program whatever its name).
func referenceWord(w string) bool {
	switch w {
	case "name", "names", "id", "ids", "identifier", "descriptor", "type", "types", "kind",
		"url", "urls", "uri", "path", "paths", "file", "files", "dir", "ref", "refs", "selector",
		"prefix", "suffix", "header", "headers", "field", "fields", "count", "len", "length", "size",
		"format", "version", "mode", "env", "flag", "location", "endpoint", "tag", "tags", "label", "labels":
		return true
	}
	return false
}

// apiCompounds are the endings under which a word written in one piece
// (Apikey, Jwtsecret, Accesstoken) is key-ish too.
var apiCompounds = [...]string{"key", "keys", "secret", "token", "password", "passwd"}

// apiKeyish reports whether an exported name, split into words at case
// changes, digits and underscores (JWTSecret is JWT and Secret, HMAC256 is
// HMAC and 256), holds a word apiWord accepts or one ending in apiCompounds,
// and its last word, which says what the thing is, does not name something
// about a key (referenceWord: SecretName, KeyID, TokenURL, KeyFile). A name
// outside ASCII is judged by keyishName, which folds Unicode case.
func apiKeyish(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return keyishName(name)
		}
	}
	words := splitWords(name)
	for i := len(words) - 1; i >= 0; i-- {
		if w := words[i]; w[0] < '0' || w[0] > '9' {
			if referenceWord(strings.ToLower(w)) {
				return false
			}
			break
		}
	}
	for _, w := range words {
		w = strings.ToLower(w)
		if apiWord(w) {
			return true
		}
		for _, c := range apiCompounds {
			if len(w) > len(c) && strings.HasSuffix(w, c) {
				return true
			}
		}
	}
	return false
}

// splitWords splits an ASCII identifier into its words: at a lower-case
// letter or digit followed by an upper-case one, before the last capital of
// a run followed by a lower-case letter (JWTSecret), around digits and at
// underscores.
func splitWords(name string) []string {
	var words []string
	start := 0
	class := func(c byte) int {
		switch {
		case 'a' <= c && c <= 'z':
			return 1
		case 'A' <= c && c <= 'Z':
			return 2
		case '0' <= c && c <= '9':
			return 3
		}
		return 0
	}
	cut := func(i int) {
		if i > start {
			words = append(words, name[start:i])
		}
		start = i
	}
	for i := 0; i < len(name); i++ {
		c := class(name[i])
		if c == 0 {
			cut(i)
			start = i + 1
			continue
		}
		if i == start {
			continue
		}
		p := class(name[i-1])
		switch {
		case c == 3 && p != 3, c != 3 && p == 3:
			cut(i)
		case c == 2 && p == 1:
			cut(i)
		case c == 1 && p == 2 && i-1 > start:
			cut(i - 1)
		}
	}
	cut(len(name))
	return words
}
