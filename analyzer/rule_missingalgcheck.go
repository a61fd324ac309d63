package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

var ruleMissingAlgCheck = &Rule{
	ID:    "missing-alg-check",
	Title: "token parsed without restricting its algorithm",
	Doc: `
A JWT names its own signing algorithm in its header. A parser that does not fix
the algorithms it accepts lets the attacker choose: with golang-jwt, a keyfunc
that returns a []byte key for every token verifies an HS256 token with those
bytes, so when the bytes are public (an RSA public key in PEM form, a
misconfigured key set) anyone can sign tokens with them (HMAC/RSA key
confusion). golang-jwt makes the whitelist optional (WithValidMethods, since
v4.2.0); echo-jwt and gin-jwt stop checking the algorithm as soon as a custom
KeyFunc is set; Fiber's SigningKey checks it only when JWTAlg is set; go-jose
v3 and square/go-jose.v2 cannot restrict it at all.

jwtlint reports a parse call when no WithValidMethods option reaches it (in
its options, an options slice, or the Parser it is a method of, built in the
same function or stored in a field or package variable) and its keyfunc (a
closure, a named function, a method value, a factory's result, in this or
another package) never checks t.Method or t.Header["alg"]. Where the keyfunc
returns only public keys the check is defence in depth; where it can return a
[]byte the confusion is possible. Pass the list of algorithms you expect, or
check the method in the keyfunc. "jwtlint -fix" adds WithValidMethods where the
algorithm is known from the signing method used with the same key. The program's
own tokens (a literal, one it signed or fetched: see unverified-parse) and
keyfuncs that return no key at all, which let no token through, are not
reported, nor is a go-jose v3 or v2 ParseSigned whose token is only read for its
Headers: nothing is verified, so no algorithm is trusted. In a function left out because other code in it does not type-check
(a call of a generated package that is not committed), only what the syntax settles is
reported: a parse without options whose keyfunc literal returns a []byte key without
reading the token. Test code is not reported unless -include-tests is set.`,
	Bad: `
token, err := jwt.Parse(s, func(t *jwt.Token) (any, error) {
	return key, nil
})`,
	Good: `
token, err := jwt.Parse(s, func(t *jwt.Token) (any, error) {
	return key, nil
}, jwt.WithValidMethods([]string{"HS256"}))`,
	CWE:              "CWE-347",
	Severity:         "high",
	SecuritySeverity: 8.1,
	check:            checkMissingAlg,
}

func checkMissingAlg(c *checker, r *Rule) {
	v := newVerifier(c)
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					v.checkParseCall(r, instr)
				case *ssa.Store:
					v.checkKeyfuncField(r, instr)
					v.checkOptionalAlg(r, instr)
				}
			}
		}
	}
	checkMissingAlgSkipped(c, r)
}

// checkParseCall reports a parse call with a keyfunc that neither receives
// an algorithm whitelist nor checks the method, and a parse call of a
// library that cannot restrict the algorithm.
func (v *verifier) checkParseCall(r *Rule, call ssa.CallInstruction) {
	c := v.c
	common := call.Common()
	_, obj := v.c.callee(common)
	if obj == nil {
		return
	}
	rows := c.table.funcRows(obj)
	var kfRow *API
	for _, row := range rows {
		switch row.Role {
		case Keyfunc:
			if unrestrictedKeyfunc(row) {
				kfRow = row
			}
		case AnyAlgParse:
			if val := call.Value(); val != nil && v.onlyDecoded(val) {
				return // nothing verifies the token: unverified-parse's
			}
			if v.ownTokens(tokenArgs(common, obj.Signature())) {
				return // nobody else chooses its algorithm
			}
			pos, end := v.callRange(common)
			c.report(r, pos, end, v.test(pos), fmt.Sprintf("%s (%s) cannot restrict the algorithms a token may name: move to github.com/go-jose/go-jose/v4 and pass the algorithms you accept to ParseSigned", shortObjName(obj), row.Lib))
			return
		}
	}
	if kfRow == nil {
		return
	}
	sig := obj.Type().(*types.Signature)
	p := paramIndex(sig, kfRow.Param)
	recv := 0
	if sig.Recv() != nil && !common.IsInvoke() {
		recv = 1
	}
	if p < 0 || p+recv >= len(common.Args) {
		return
	}
	if v.whitelisted(common, obj) {
		return
	}
	refs, unknown := v.keyfuncs(common.Args[p+recv])
	if unknown || len(refs) == 0 {
		return
	}
	sum, known := v.summarize(refs)
	if !known || sum.Checks {
		return
	}
	if k := sum.Kinds; !k.Secret && !k.Public && !k.Other && k.None == "" {
		return // no key at all: every token is rejected
	}
	if v.ownTokens(tokenArgs(common, sig)) {
		// The program's own token (a literal, one it signed or fetched):
		// nobody else chooses its algorithm (tokenorigin.go).
		return
	}
	pos, end := v.callRange(common)
	algs := v.pairedAlgs(refs, sum.Kinds)
	jwtPkg := keyfuncPackage(sig.Params().At(p).Type())
	msg := fmt.Sprintf("%s %s; %s, or check t.Method in the keyfunc", shortObjName(obj), v.danger(sum.Kinds), v.remedy(obj, jwtPkg, algs))
	d := analysis.Diagnostic{Pos: pos, End: end, Category: r.ID, Message: msg}
	if fix := v.whitelistFix(common, obj, jwtPkg, algs); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.reporter.add(r, v.test(pos), d)
}

// unrestrictedKeyfunc reports whether a Keyfunc row's keyfunc is given
// tokens of any algorithm: a row with Alg or AlgParam is a library that
// checks the method itself.
func unrestrictedKeyfunc(row *API) bool {
	return row.Role == Keyfunc && row.AlgParam == "" && row.Alg == "" && row.Param != ""
}

// onlyDecoded reports whether a parsed token is only decoded: read by a
// library call that does not verify it, and otherwise only read (its
// headers) or compared, or only read for its headers with no call on it
// at all. Such a parse has no verification whose algorithms could be
// restricted; unverified-parse reports the reads (clerk-sdk-go's
// jwt.Decode, testdata/src/regressdecodeonly), and headers read to choose
// how to verify the token trust nothing (habitat's CanHandle on go-jose
// v3's ParseSigned, testdata/src/realworld8.example/headeronly).
func (v *verifier) onlyDecoded(val ssa.Value) bool {
	decoded, read := false, false
	var walk func(val ssa.Value, depth int) bool
	walk = func(val ssa.Value, depth int) bool {
		if depth > 4 {
			return false
		}
		for _, ref := range referrers(val) {
			switch x := ref.(type) {
			case *ssa.Extract:
				if x.Index == 0 && !walk(x, depth+1) {
					return false
				}
			case *ssa.UnOp:
				if x.Op != token.MUL || !walk(x, depth+1) {
					return false
				}
			case *ssa.FieldAddr, *ssa.Field:
				read = true
			case *ssa.BinOp, *ssa.DebugRef:
			case ssa.CallInstruction:
				_, obj := v.c.callee(x.Common())
				if obj == nil || obj.Pkg() == nil || !v.c.table.paths[obj.Pkg().Path()] || !v.unverifiedCall(x.Common(), obj) {
					return false
				}
				decoded = true
			default:
				return false
			}
		}
		return true
	}
	return walk(val, 0) && (decoded || read)
}

// danger says what accepting any algorithm means for the keys a keyfunc
// returns.
func (v *verifier) danger(k keyKinds) string {
	switch {
	case k.None != "":
		return "accepts any algorithm the token names and its keyfunc returns " + k.None + ": a token with alg none and no signature passes"
	case k.Secret:
		return "accepts any algorithm the token names and its keyfunc can return a []byte key: a forged token can choose HMAC and be checked with key bytes meant for another algorithm (HMAC/RSA confusion)"
	case k.Public && !k.Other:
		return "accepts any algorithm the token names; its keyfunc returns only public keys, so restricting the algorithm is defence in depth"
	}
	return "accepts any algorithm the token names and its keyfunc does not check t.Method"
}

// remedy says how to pass the whitelist to the parse call obj.
func (v *verifier) remedy(obj *types.Func, jwtPkg *types.Package, algs []string) string {
	wfn, wfield := v.whitelistAPIs(jwtPkg)
	name := "jwt"
	if jwtPkg != nil {
		name = jwtPkg.Name()
	}
	list := "with the algorithms you expect"
	lit := "[]string{…}"
	if len(algs) > 0 {
		lit = "[]string{" + quoteList(algs) + "}"
		list = ""
	}
	opt, inner := "", ""
	if wfn != "" {
		inner = name + "." + wfn + "(" + lit + ")"
		opt = inner
		if list != "" {
			opt = name + "." + wfn + " " + list
		}
	}
	sig := obj.Type().(*types.Signature)
	hasOptions := slices.ContainsFunc(v.c.table.funcRows(obj), func(r *API) bool { return r.Role == ParserOptions })
	switch {
	case wfn != "" && hasOptions && obj.Pkg() == jwtPkg:
		return "pass " + opt
	case wfn != "" && hasOptions:
		if pv := v.parserValueAPI(obj.Pkg()); pv != "" {
			return fmt.Sprintf("pass %s.%s(%s.NewParser(%s))", obj.Pkg().Name(), pv, name, inner)
		}
	case wfn != "" && sig.Recv() != nil:
		return fmt.Sprintf("build the parser with %s.NewParser(%s)", name, inner)
	case wfn != "" && obj.Pkg() != jwtPkg:
		// request.ParseFromRequestWithClaims takes no options: its sibling
		// with options does.
		if pv, sib := v.parserValueAPI(obj.Pkg()), v.optionsSibling(obj.Pkg()); pv != "" && sib != "" {
			return fmt.Sprintf("call %s.%s with %s.%s(%s.NewParser(%s))", obj.Pkg().Name(), sib, obj.Pkg().Name(), pv, name, inner)
		}
	}
	if wfield != "" {
		if len(algs) > 0 {
			return fmt.Sprintf("parse with &%s.%s{%s: %s}", name, strings.SplitN(wfield, ".", 2)[0], strings.SplitN(wfield, ".", 2)[1], lit)
		}
		return fmt.Sprintf("parse with a %s.%s whose %s lists the algorithms you expect", name, strings.SplitN(wfield, ".", 2)[0], strings.SplitN(wfield, ".", 2)[1])
	}
	return "restrict the algorithms"
}

// whitelistAPIs returns the whitelist option constructor ("WithValidMethods")
// and the whitelist field ("Parser.ValidMethods") of a library package.
func (v *verifier) whitelistAPIs(pkg *types.Package) (fn, field string) {
	if pkg == nil {
		return "", ""
	}
	prefix := pkg.Path() + "."
	for name, rows := range v.c.table.byName {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || strings.Contains(rest, "/") {
			continue
		}
		for _, row := range rows {
			if row.Role != AlgWhitelist {
				continue
			}
			// The table covers every version of a library; keep what
			// this version declares (v3 has no WithValidMethods).
			if row.Param != "" && pkg.Scope().Lookup(rest) != nil {
				fn = rest
			} else if tname, fname, ok := strings.Cut(rest, "."); ok && row.Param == "" && hasField(pkg, tname, fname) {
				field = rest
			}
		}
	}
	return fn, field
}

// parserValueAPI returns the option of pkg that carries a parser
// ("WithParser").
func (v *verifier) parserValueAPI(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	for name, rows := range v.c.table.byName {
		if rest, ok := strings.CutPrefix(name, pkg.Path()+"."); ok && !strings.ContainsAny(rest, "/.") {
			for _, row := range rows {
				if row.Role == ParserValue {
					return rest
				}
			}
		}
	}
	return ""
}

// keyfuncPackage returns the package of a keyfunc parameter's named type
// (jwt.Keyfunc): the library whose whitelist applies.
func keyfuncPackage(t types.Type) *types.Package {
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Pkg()
	}
	return nil
}

// whitelistFix adds the whitelist option to a parse call (or to the
// NewParser call the parser comes from, in the same function) when the
// algorithms are known.
func (v *verifier) whitelistFix(common *ssa.CallCommon, obj *types.Func, jwtPkg *types.Package, algs []string) *analysis.SuggestedFix {
	if len(algs) == 0 || jwtPkg == nil {
		return nil
	}
	wfn, _ := v.whitelistAPIs(jwtPkg)
	if wfn == "" {
		return nil
	}
	target := common
	sig := obj.Type().(*types.Signature)
	hasOptions := slices.ContainsFunc(v.c.table.funcRows(obj), func(r *API) bool { return r.Role == ParserOptions })
	switch {
	case hasOptions && obj.Pkg() == jwtPkg:
	case sig.Recv() != nil && !common.IsInvoke() && len(common.Args) > 0:
		ctor, ok := common.Args[0].(*ssa.Call)
		if !ok {
			return nil
		}
		_, cobj := v.c.callee(ctor.Common())
		if cobj == nil || !slices.ContainsFunc(v.c.table.funcRows(cobj), func(r *API) bool { return r.Role == ParserOptions }) {
			return nil
		}
		target = ctor.Common()
	default:
		return nil
	}
	call := v.c.callExpr(target)
	if call == nil || call.Ellipsis.IsValid() || v.fixed[call.Lparen] {
		return nil
	}
	name, ok := v.importName(call.Pos(), jwtPkg)
	if !ok {
		return nil
	}
	v.fixed[call.Lparen] = true
	text := wfn + "([]string{" + quoteList(algs) + "})"
	if name != "" {
		text = name + "." + text
	}
	if len(call.Args) > 0 {
		text = ", " + text
	}
	return &analysis.SuggestedFix{
		Message:   "add " + strings.TrimPrefix(text, ", "),
		TextEdits: []analysis.TextEdit{{Pos: call.Rparen, End: call.Rparen, NewText: []byte(text)}},
	}
}

// importName returns the name under which the file at pos imports pkg (""
// for a dot import); ok is false when the file does not import it.
func (v *verifier) importName(pos token.Pos, pkg *types.Package) (string, bool) {
	f := v.c.syn.file(pos)
	if f == nil {
		return "", false
	}
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || path != pkg.Path() {
			continue
		}
		if imp.Name == nil {
			return pkg.Name(), true
		}
		switch imp.Name.Name {
		case "_":
			return "", false
		case ".":
			return "", true
		}
		return imp.Name.Name, true
	}
	return "", false
}

// pairedAlgs returns the algorithms the keys of the keyfuncs are used with
// when signing in this package (the signing method of a token whose
// SignedString gets the same key), or that their type fixes (EdDSA).
func (v *verifier) pairedAlgs(refs []kfRef, kinds keyKinds) []string {
	var algs []string
	add := func(a string) {
		if a != "" && !slices.Contains(algs, a) {
			algs = append(algs, a)
		}
	}
	signs := v.signAlgs()
	for _, ref := range refs {
		if ref.fn == nil {
			return nil
		}
		for _, ret := range returns(ref.fn) {
			if len(ret.Results) == 0 {
				continue
			}
			for _, k := range keyIdentities(ret.Results[0]) {
				if k == "nil" {
					continue
				}
				as, ok := signs[k]
				if !ok {
					if kinds.Secret || kinds.Other {
						return nil // a key never used to sign here
					}
					continue
				}
				for _, a := range as {
					add(a)
				}
			}
		}
	}
	if len(algs) == 0 && !kinds.Secret && !kinds.Other && len(kinds.Algs) == 1 {
		add(kinds.Algs[0])
	}
	slices.Sort(algs)
	return algs
}

// signAlgs maps the identities of the keys this package signs with to the
// algorithms they sign with.
func (v *verifier) signAlgs() map[string][]string {
	if v.signs != nil {
		return v.signs
	}
	out := map[string][]string{}
	v.signs = out
	for _, fn := range v.c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				common := call.Common()
				_, obj := v.c.callee(common)
				if obj == nil {
					continue
				}
				sig := obj.Type().(*types.Signature)
				for _, row := range v.c.table.funcRows(obj) {
					if row.Role != SignKey && row.Role != Key {
						continue
					}
					p := paramIndex(sig, row.Param)
					recv := 0
					if sig.Recv() != nil && !common.IsInvoke() {
						recv = 1
					}
					if p < 0 || p+recv >= len(common.Args) {
						continue
					}
					var alg string
					switch {
					case row.Alg != "":
						alg = row.Alg
					case recv == 1:
						// The receiver is the method (HS256.Sign) or a token
						// made with it (SignedString).
						alg = v.algOf(common.Args[0], 0)
					}
					if alg == "" {
						continue
					}
					for _, k := range keyIdentities(common.Args[p+recv]) {
						if !slices.Contains(out[k], alg) {
							out[k] = append(out[k], alg)
						}
					}
				}
			}
		}
	}
	return out
}

// algOf returns the algorithm a signing method value, or a token made with
// one, stands for.
func (v *verifier) algOf(val ssa.Value, depth int) string {
	if depth > 6 {
		return ""
	}
	switch x := val.(type) {
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			for _, row := range v.c.table.byName[varName(g.Object())] {
				if row.Role == AlgValue {
					return row.Alg
				}
			}
		}
	case *ssa.MakeInterface:
		return v.algOf(x.X, depth+1)
	case *ssa.ChangeInterface:
		return v.algOf(x.X, depth+1)
	case *ssa.Call:
		// A token constructor: the algorithm of its method argument.
		_, obj := v.c.callee(x.Common())
		if obj == nil {
			return ""
		}
		sig := obj.Type().(*types.Signature)
		for _, row := range v.c.table.funcRows(obj) {
			if row.Role == Alg && row.Param != "" {
				if p := paramIndex(sig, row.Param); p >= 0 && p < len(x.Common().Args) {
					return v.algOf(x.Common().Args[p], depth+1)
				}
			}
		}
	}
	return ""
}

// keyIdentities names where a key value is stored or what it is, so that a
// key returned by a keyfunc can be matched with the same key used to sign:
// a package variable, a field, a constant, a call with constant arguments.
func keyIdentities(val ssa.Value) []string {
	var out []string
	seen := map[ssa.Value]bool{}
	var walk func(val ssa.Value, depth int)
	walk = func(val ssa.Value, depth int) {
		if depth > 8 || seen[val] {
			return
		}
		seen[val] = true
		switch x := val.(type) {
		case *ssa.MakeInterface:
			walk(x.X, depth+1)
		case *ssa.Convert:
			walk(x.X, depth+1)
		case *ssa.ChangeType:
			walk(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, depth+1)
			}
		case *ssa.Const:
			if x.IsNil() {
				out = append(out, "nil")
			} else {
				out = append(out, "const:"+x.Value.ExactString())
			}
		case *ssa.UnOp:
			switch a := x.X.(type) {
			case *ssa.Global:
				out = append(out, "global:"+a.RelString(nil))
			case *ssa.FieldAddr:
				if _, fv := fieldName(a.X.Type(), a.Field); fv != nil {
					out = append(out, fmt.Sprintf("field:%p", fv))
				}
			case *ssa.FreeVar:
				walk(a, depth+1)
			default:
				out = append(out, fmt.Sprintf("value:%p", x))
			}
		case *ssa.Field:
			if _, fv := fieldName(x.X.Type(), x.Field); fv != nil {
				out = append(out, fmt.Sprintf("field:%p", fv))
			}
		case *ssa.FreeVar:
			fn := x.Parent()
			i := slices.Index(fn.FreeVars, x)
			for _, ref := range referrers(fn) {
				if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i >= 0 && i < len(mc.Bindings) {
					walk(mc.Bindings[i], depth+1)
				}
			}
		case *ssa.Call:
			common := x.Common()
			if fn := common.StaticCallee(); fn != nil {
				id := "call:" + fn.String()
				for _, a := range common.Args {
					if k, ok := a.(*ssa.Const); ok && k.Value != nil {
						id += "," + k.Value.ExactString()
					} else {
						id = fmt.Sprintf("value:%p", x)
						break
					}
				}
				out = append(out, id)
				return
			}
			out = append(out, fmt.Sprintf("value:%p", x))
		default:
			out = append(out, fmt.Sprintf("value:%p", x))
		}
	}
	walk(val, 0)
	return out
}

// checkKeyfuncField reports a custom keyfunc stored in a middleware's
// configuration (echo-jwt, gin-jwt, Fiber) that does not check the method:
// these libraries check the algorithm only in their default keyfunc.
func (v *verifier) checkKeyfuncField(r *Rule, st *ssa.Store) {
	c := v.c
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	name, fv := fieldName(fa.X.Type(), fa.Field)
	if fv == nil {
		return
	}
	var row *API
	for _, rw := range c.table.byName[name] {
		// A row with Alg: the library fixes and checks the algorithm
		// itself (go-pkgz/auth's SecretReader).
		if rw.Role == Keyfunc && rw.AlgParam == "" && rw.Alg == "" {
			row = rw
		}
	}
	if row == nil {
		return
	}
	if k, ok := st.Val.(*ssa.Const); ok && k.IsNil() {
		return
	}
	// A sibling option list with a whitelist (gin-jwt ParseOptions).
	for _, ref := range referrers(fa.X) {
		sib, ok := ref.(*ssa.FieldAddr)
		if !ok || sib == fa {
			continue
		}
		sname, _ := fieldName(sib.X.Type(), sib.Field)
		if len(c.table.rows(sname, ParserOptions)) == 0 {
			continue
		}
		for _, r := range referrers(sib) {
			if s, ok := r.(*ssa.Store); ok && s.Addr == sib && v.optionsWhitelist(s.Val, 0) {
				return
			}
		}
	}
	refs, unknown := v.keyfuncs(st.Val)
	if unknown || len(refs) == 0 {
		return
	}
	sum, known := v.summarize(refs)
	if !known || sum.Checks {
		return
	}
	expr := c.syn.stored[st.Pos()]
	pos, end := st.Pos(), token.NoPos
	if expr != nil {
		pos, end = expr.Pos(), expr.End()
	}
	display := shortFieldName(fa.X.Type(), fv)
	danger := "then accepts any algorithm the token names"
	switch {
	case sum.Kinds.None != "":
		danger += ", and the keyfunc returns " + sum.Kinds.None + ": a token with alg none and no signature passes"
	case sum.Kinds.Secret:
		danger += ", and the keyfunc can return a []byte key: a forged token can choose HMAC and be checked with key bytes meant for another algorithm (HMAC/RSA confusion)"
	case sum.Kinds.Public && !sum.Kinds.Other:
		danger += "; the keyfunc returns only public keys, so checking the method is defence in depth"
	}
	remedy := "check t.Method in the keyfunc"
	// A sibling field for parser options (gin-jwt ParseOptions).
	for i := 0; ; i++ {
		sname, sfv := fieldName(fa.X.Type(), i)
		if sfv == nil {
			break
		}
		if len(c.table.rows(sname, ParserOptions)) > 0 {
			remedy += " or put WithValidMethods in " + sfv.Name()
			break
		}
	}
	c.report(r, pos, end, v.test(pos), fmt.Sprintf("custom keyfunc in %s does not check t.Method: %s %s; %s", display, row.Lib, danger, remedy))
}

// checkOptionalAlg reports a verification key stored in a struct whose
// algorithm field, left empty, accepts any algorithm (Fiber SigningKey
// without JWTAlg).
func (v *verifier) checkOptionalAlg(r *Rule, st *ssa.Store) {
	c := v.c
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	name, fv := fieldName(fa.X.Type(), fa.Field)
	if fv == nil {
		return
	}
	for _, row := range c.table.byName[name] {
		if (row.Role != VerifyKey && row.Role != Key) || row.AlgField == "" {
			continue
		}
		algName := strings.TrimSuffix(name, fv.Name()) + row.AlgField
		if len(c.table.rows(algName, OptionalAlg)) == 0 {
			continue
		}
		if v.fieldSet(fa.X, row.AlgField) {
			continue
		}
		expr := c.syn.stored[st.Pos()]
		pos, end := st.Pos(), token.NoPos
		if expr != nil {
			pos, end = expr.Pos(), expr.End()
		}
		typeName := strings.TrimSuffix(shortFieldName(fa.X.Type(), fv), "."+fv.Name())
		danger := "accepts any algorithm the token names"
		if kk := v.keyKind(st.Val, 0); kk.Secret {
			danger += ", and this []byte key then verifies tokens that choose HMAC (HMAC/RSA confusion)"
		}
		c.report(r, pos, end, v.test(pos), fmt.Sprintf("%s without %s %s; set %s to the key's algorithm", typeName, row.AlgField, danger, row.AlgField))
		return
	}
}

// fieldSet reports whether the field named field of the struct at base is
// stored a value other than "" or nil.
func (v *verifier) fieldSet(base ssa.Value, field string) bool {
	if base.Referrers() == nil {
		return true
	}
	for _, ref := range referrers(base) {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if _, fv := fieldName(fa.X.Type(), fa.Field); fv == nil || fv.Name() != field {
			continue
		}
		for _, r := range referrers(fa) {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			if k, ok := st.Val.(*ssa.Const); ok && (k.IsNil() || (k.Value != nil && k.Value.ExactString() == `""`)) {
				continue
			}
			return true
		}
	}
	return false
}

// callRange returns the range of the call expression of common.
func (v *verifier) callRange(common *ssa.CallCommon) (token.Pos, token.Pos) {
	if call := v.c.callExpr(common); call != nil {
		return call.Pos(), call.End()
	}
	return common.Pos(), token.NoPos
}

// test reports whether pos is in test code.
func (v *verifier) test(pos token.Pos) bool {
	return v.c.testFiles[v.c.pass.Fset.File(pos)]
}

// hasField reports whether pkg declares struct type tname with an exported
// field fname.
func hasField(pkg *types.Package, tname, fname string) bool {
	tn, ok := pkg.Scope().Lookup(tname).(*types.TypeName)
	if !ok {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == fname && f.Exported() {
			return true
		}
	}
	return false
}

// optionsSibling returns a function of pkg that takes a keyfunc and parser
// options (request.ParseFromRequest).
func (v *verifier) optionsSibling(pkg *types.Package) string {
	var names []string
	for name, rows := range v.c.table.byName {
		rest, ok := strings.CutPrefix(name, pkg.Path()+".")
		if !ok || strings.ContainsAny(rest, "/.") {
			continue
		}
		kf := slices.ContainsFunc(rows, func(r *API) bool { return r.Role == Keyfunc })
		opts := slices.ContainsFunc(rows, func(r *API) bool { return r.Role == ParserOptions })
		if kf && opts {
			names = append(names, rest)
		}
	}
	slices.Sort(names)
	if len(names) == 0 {
		return ""
	}
	return names[0]
}
