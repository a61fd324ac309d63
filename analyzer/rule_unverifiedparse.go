package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

var ruleUnverifiedParse = &Rule{
	ID:    "unverified-parse",
	Title: "token claims read without verifying the signature",
	Doc: `
Every JWT library has a way to decode a token without checking its signature:
golang-jwt's ParseUnverified, jwx's ParseInsecure and WithVerify(false) (and jwx
v1's Parse, ParseString, ParseReader, ParseRequest and friends given no key option:
WithVerify, WithKeySet, WithKeySetProvider or WithVerifyAuto), go-jose's
UnsafeClaimsWithoutVerification and UnsafePayloadWithoutVerification, cristalhq's
ParseNoVerify, kataras's Decode, pascaldekloe's ParseWithoutCheck. Anyone can
write such a token: claims read from it (the subject, the roles, the expiry)
are whatever the attacker wants.

Whose token is it? jwtlint reports an unverified parse when the token is, or
can be, input the program receives: a request's header, cookie, query or body,
a web framework's request context (gin, echo, Fiber, fasthttp, hertz, iris,
chi), incoming gRPC metadata, a queue message, a parameter of an exported
handler (a function taking an *http.Request or a framework's context, a gRPC
method's request). It does not report the program's own tokens: one it has just signed
(SignedString, Sign), one it received in the response to a request it made (an
HTTP client's response, a golang.org/x/oauth2 token, also when a function of the
program decodes that response into the caller's value: Exchange(ctx, code, &resp)), one it keeps in its own
credential store (a file under the user's home or configuration directory, the
system keyring, the environment), one its user gives it in a command-line flag
(flag, pflag), or a field or variable of the package that
only ever holds such tokens (a method's receiver is no input: its field holds
what the package stores there, through a constructor the package calls, or a
decoder it hands the struct to). Reading the header or the key ID of a token
before verifying it is legitimate too: nothing is reported when the same token
also reaches a verifying call, in the function, in a function it calls, or
through an interface method whose implementations in the program all verify,
nor in an unexported helper whose every caller verifies the token it passes,
nor in a constructor that keeps the token in the value it returns when a
method of that value's type verifies it. Nor is a token read only for its
header (golang-jwt's Token.Header and Token.Method, to choose how to verify
it), in the function or, returned by an unexported helper, at the helper's
call sites, when the claims the parse fills are never read.
The parameter of another exported function is input too, reported at the
parse: a library's API, whose callers may never be analyzed (a package cannot
see its importers), except in a token client, a package that fetches or keeps
tokens for itself (it reads an HTTP client's response or an OAuth2 token, a
credential store under the user's home or in the keyring, or it hands tokens
to another token client's functions): there the parameter of an exported
function (a function, or a method of an exported type: a constructor keeping
its token for a method that reads it) is judged where the function is
called, in its own package and in every package that imports it. A call
passing input is reported, naming the function and the unverified parse it
reaches; a call passing the program's own token is not; a call passing a
parameter of an exported function of its own package hands the judgement on
to that function's calls. A token client's exported function that nothing in
the analyzed packages calls is not reported.
When jwtlint cannot tell where a token comes from, it reports the parse; a
token verified where jwtlint cannot look (an OPA policy, a gateway in front of
the service) calls for a directive saying so: //jwtlint:ignore
unverified-parse -- verified by the OPA policy. Otherwise, verify the token
with a key, and a fixed algorithm, before using its claims. Test code is not reported unless -include-tests is set.`,
	Bad: `
token, _, err := jwt.NewParser().ParseUnverified(s, &claims)
userID := claims.Subject`,
	Good: `
token, err := jwt.ParseWithClaims(s, &claims, keyfunc, jwt.WithValidMethods([]string{"RS256"}))
if err != nil {
	return err
}
userID := claims.Subject`,
	CWE:              "CWE-345",
	Severity:         "high",
	SecuritySeverity: 8.8,
	check:            checkUnverified,
}

func checkUnverified(c *checker, r *Rule) {
	v := newVerifier(c)
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					v.checkUnverifiedCall(r, call)
				}
			}
		}
	}
	v.checkParamCalls(r)
	v.exportUnverifiedParams()
}

// exportUnverifiedParams publishes the parameters of the package's
// exported functions that reach an unverified parse, for the packages
// that call them, and marks the package so that its importers are
// analyzed (importsJWT).
func (v *verifier) exportUnverifiedParams() {
	c := v.c
	if len(v.deferred) == 0 {
		return
	}
	for fn, ups := range v.deferred {
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			continue
		}
		var f funcFact
		c.pass.ImportObjectFact(obj, &f)
		f.UnverifiedParams = slices.SortedFunc(slices.Values(ups), func(a, b unverifiedParam) int { return a.Index - b.Index })
		c.pass.ExportObjectFact(obj, &f)
	}
	var pf pkgFact
	c.pass.ImportPackageFact(c.pass.Pkg, &pf)
	pf.UnverifiedParams = true
	c.pass.ExportPackageFact(&pf)
}

func (v *verifier) checkUnverifiedCall(r *Rule, call ssa.CallInstruction) {
	c := v.c
	common := call.Common()
	_, obj := c.callee(common)
	if obj == nil {
		return
	}
	sig := obj.Type().(*types.Signature)
	for _, row := range c.table.funcRows(obj) {
		keyless := v.keylessParse(common, sig, row)
		if row.Role != Unverified && !keyless {
			continue
		}
		var tokens []ssa.Value
		var msg string
		name := shortObjName(obj)
		whole := row.Param == "" || keyless
		if keyless {
			tokens = common.Args
			msg = fmt.Sprintf("%s given no key option does not verify the token's signature: anyone can forge the claims it returns; pass the verification key in its options%s", name, keyOptionsHint(c.table, obj))
		} else if whole {
			if !decodes(sig) {
				continue
			}
			tokens = common.Args
			msg = fmt.Sprintf("%s does not verify the token's signature: anyone can forge the claims it returns; verify the token with its key before using them", name)
		} else {
			p := paramIndex(sig, row.Param)
			if p < 0 || p >= len(common.Args) || !isFalse(common.Args[p]) {
				continue
			}
			val, ok := call.(ssa.Value)
			if !ok {
				continue
			}
			for _, consumer := range consumers(val) {
				tokens = append(tokens, consumer.Common().Args...)
			}
			msg = fmt.Sprintf("%s(false) turns signature verification off: anyone can forge the claims of the tokens parsed with it; verify with a key instead", name)
		}
		for _, t := range tokens {
			if v.tokenVerified(t, call) || v.callersVerify(t, 0) || v.keptForVerify(t) {
				return
			}
		}
		// Only the header read (the key ID, the type, the method) to choose
		// how to verify the token: nothing is trusted (headeronly.go).
		if whole && !keyless && v.headerOnly(call, sig) {
			return
		}
		// Whose token is it? The program's own (signed, fetched, kept in
		// its credential store) is not reported (tokenorigin.go).
		if whole {
			tokens = tokenArgs(common, sig)
		} else {
			tokens = textualOnly(tokens)
		}
		if v.ownTokens(tokens) {
			return
		}
		pos, end := v.callRange(common)
		// A parameter of an exported function that is no handler: its
		// calls are judged instead (unverifiedparams.go).
		if v.deferToCallers(tokens, name, c.position(pos)) {
			return
		}
		var related []analysis.RelatedInformation
		for _, t := range tokens {
			if src := v.inputSourceOf(t); src != nil {
				related = append(related, analysis.RelatedInformation{Pos: src.pos, Message: "the token comes from here: " + src.what})
				break
			}
		}
		c.report(r, pos, end, v.test(pos), msg, related...)
		return
	}
}

// keptForVerify reports whether a token is kept, unchanged, in a field of
// the struct its function returns, and a method of that struct's type in
// the package verifies the field: the pre-parse-then-verify pattern split
// over a constructor and a method (livekit's ParseAPIToken reads the API
// key unverified and returns a verifier whose Verify checks the same raw
// token with the key's secret: testdata/src/realworld4.example/livekit).
func (v *verifier) keptForVerify(val ssa.Value) bool {
	for _, a := range aliases(val) {
		for _, ref := range referrers(a) {
			st, ok := ref.(*ssa.Store)
			if !ok || st.Val != a {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			alloc, ok := aliases(fa.X)[0].(*ssa.Alloc)
			if ok && returned(alloc) && v.methodVerifies(fa.X.Type(), fa.Field) {
				return true
			}
		}
	}
	return false
}

// returned reports whether a function returns the value val.
func returned(val ssa.Value) bool {
	fn := val.Parent()
	if fn == nil {
		return false
	}
	for _, ret := range returns(fn) {
		for _, res := range ret.Results {
			if aliases(res)[0] == val {
				return true
			}
		}
	}
	return false
}

// methodVerifies reports whether a method declared on the package's named
// type t (or the type t points to) reads field i of its receiver and passes
// it to a verifying call.
func (v *verifier) methodVerifies(t types.Type, i int) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != v.c.pass.Pkg {
		return false
	}
	for j := 0; j < named.NumMethods(); j++ {
		fn := v.c.ssapkg.Prog.FuncValue(named.Method(j))
		if fn == nil || fn.Pkg != v.c.ssapkg || fn.Blocks == nil || len(fn.Params) == 0 {
			continue
		}
		for _, ref := range referrers(fn.Params[0]) {
			var read ssa.Value
			switch x := ref.(type) {
			case *ssa.Field:
				if x.Field == i {
					read = x
				}
			case *ssa.FieldAddr:
				if x.Field != i {
					continue
				}
				for _, r := range referrers(x) {
					if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL && v.tokenVerified(load, nil) {
						return true
					}
				}
			}
			if read != nil && v.tokenVerified(read, nil) {
				return true
			}
		}
	}
	return false
}

// decodes reports whether a function marked Unverified decodes a token: it
// takes an input or returns something beyond strings and errors (which
// leaves out golang-jwt's Token.SigningString, the signing input).
func decodes(sig *types.Signature) bool {
	if sig.Params().Len() > 0 {
		return true
	}
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			continue
		}
		if types.Identical(t, types.Universe.Lookup("error").Type()) {
			continue
		}
		return true
	}
	return false
}

// textualOnly keeps the string and []byte values of vals.
func textualOnly(vals []ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, a := range vals {
		if textual(a.Type()) {
			out = append(out, a)
		}
	}
	return out
}

// keyOptionsHint names the KeyOption rows of fn's package, for the message
// about a KeyedParse given none: " (jwt.WithKeySet, jwt.WithVerify)".
func keyOptionsHint(t *table, fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	var names []string
	for name, rows := range t.byName {
		if rowPackage(name) != fn.Pkg().Path() {
			continue
		}
		for _, r := range rows {
			if r.Role == KeyOption {
				names = append(names, fn.Pkg().Name()+name[len(fn.Pkg().Path()):])
				break
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return " (" + strings.Join(names, ", ") + ")"
}
