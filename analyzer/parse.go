package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file is the analysis shared by the verification rules
// (missing-alg-check, unverified-parse): which functions a keyfunc value may
// be, whether a keyfunc checks the algorithm the token names, what keys it
// returns, whether an algorithm whitelist reaches a parse call, and whether a
// token also reaches a verifying call.

// keyKinds says what keys a keyfunc can return.
type keyKinds struct {
	// Secret: a []byte, usable as an HMAC secret for any token that names
	// an HMAC algorithm.
	Secret bool
	// Public: an RSA, ECDSA or EdDSA public key.
	Public bool
	// Other: anything else (an interface from a key set, a private key).
	Other bool
	// None names a library's "accept alg none" magic constant the keyfunc
	// returns, as a user writes it (jwt.UnsafeAllowNoneSignatureType);
	// empty when it returns none.
	None string
	// Algs are the algorithms the key's type fixes ("EdDSA").
	Algs []string
}

func (k *keyKinds) add(o keyKinds) {
	k.Secret = k.Secret || o.Secret
	k.Public = k.Public || o.Public
	if k.None == "" {
		k.None = o.None
	}
	k.Other = k.Other || o.Other
	for _, a := range o.Algs {
		if !slices.Contains(k.Algs, a) {
			k.Algs = append(k.Algs, a)
		}
	}
}

// keyfuncSummary is what is known about a keyfunc (or about the keyfuncs a
// factory returns); it crosses packages in funcFact.
type keyfuncSummary struct {
	Checks bool // checks the token's algorithm
	Kinds  keyKinds
}

// A kfRef is one function a keyfunc value may be: a function of this
// package with a body, or a function of another package.
type kfRef struct {
	fn  *ssa.Function
	obj *types.Func
	// factory is set when obj is a function of another package whose
	// result is the keyfunc.
	factory bool
}

// verifier holds the memos of one package's verification analysis.
type verifier struct {
	c          *checker
	checksMemo map[*ssa.Function]bool
	paramMemo  map[paramRef]bool
	// valueFuncs and valueObjs are the functions of the package used other
	// than by static calls, and the objects of the synthetic wrappers so
	// used (usedAsValue); built on first use.
	valueFuncs map[*ssa.Function]bool
	valueObjs  map[types.Object]bool
	fixed      map[token.Pos]bool
	signs      map[string][]string // signAlgs, computed once
	origins    *originWalk         // tokenOrigin's memo, built on first use
	impls      map[*types.Func][]*types.Func
	// deferred are the parameters of the package's exported functions
	// whose token reaches an unverified parse, judged at their calls
	// (unverifiedparams.go); deferrals counts the entries.
	deferred  map[*ssa.Function][]unverifiedParam
	deferrals int
	client    *bool // tokenClient, computed on first use
}

type paramRef struct {
	fn  *ssa.Function
	idx int
}

func newVerifier(c *checker) *verifier {
	return &verifier{c: c, checksMemo: map[*ssa.Function]bool{}, paramMemo: map[paramRef]bool{}, fixed: map[token.Pos]bool{}}
}

// keyfuncs returns the functions a keyfunc value may be; unknown is set
// when some of them cannot be known (a parameter of an exported function, a
// method of an interface, a call into code without facts). Seen from code
// outside test files, the keyfuncs test files store or pass are left out:
// a middleware's keyfunc field that only its tests fill is theirs to judge
// (testdata/src/regresstestkeyfunc), as dropTestOrigins does for keys.
func (v *verifier) keyfuncs(val ssa.Value) (refs []kfRef, unknown bool) {
	seen := map[ssa.Value]bool{}
	fromTest := true
	if fn := valueFunc(val); fn != nil {
		fromTest = v.test(fn.Pos())
	}
	notTest := func(pos token.Pos) bool {
		return fromTest || !v.test(pos)
	}
	var walk func(val ssa.Value, depth int)
	walk = func(val ssa.Value, depth int) {
		if depth > 12 || seen[val] {
			return
		}
		seen[val] = true
		c := v.c
		switch x := val.(type) {
		case *ssa.Function:
			if x.Pkg == c.ssapkg && x.Blocks != nil {
				refs = append(refs, kfRef{fn: x})
			} else if obj, ok := x.Object().(*types.Func); ok {
				refs = append(refs, kfRef{obj: obj})
			} else {
				unknown = true
			}
		case *ssa.MakeClosure:
			fn := x.Fn.(*ssa.Function)
			if fn.Synthetic != "" {
				// A bound method value: the wrapper calls the method.
				for _, f := range c.funcsOf(x, 0) {
					if f != fn {
						walk(f, depth+1)
						return
					}
				}
				unknown = true
				return
			}
			walk(fn, depth+1)
		case *ssa.ChangeType:
			walk(x.X, depth+1)
		case *ssa.MakeInterface:
			walk(x.X, depth+1)
		case *ssa.Convert:
			walk(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, depth+1)
			}
		case *ssa.Const:
			// nil: the library's default.
		case *ssa.Call:
			callee, obj := v.c.callee(x.Common())
			switch {
			case callee != nil && callee.Pkg == c.ssapkg && callee.Blocks != nil:
				for _, ret := range returns(callee) {
					if len(ret.Results) > 0 {
						walk(ret.Results[0], depth+1)
					}
				}
			case obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg:
				refs = append(refs, kfRef{obj: obj, factory: true})
			default:
				unknown = true
			}
		case *ssa.Parameter:
			fn := x.Parent()
			i := slices.Index(fn.Params, x)
			sites := keep(c.index.callSites[fn], notTest)
			if len(sites) == 0 || i < 0 || exportedFunc(fn) || v.usedAsValue(fn) {
				unknown = true
				return
			}
			for _, site := range sites {
				if args := site.Common().Args; i < len(args) {
					walk(args[i], depth+1)
				}
			}
		case *ssa.FreeVar:
			fn := x.Parent()
			i := slices.Index(fn.FreeVars, x)
			found := false
			for _, ref := range referrers(fn) {
				if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i >= 0 && i < len(mc.Bindings) {
					found = true
					walk(mc.Bindings[i], depth+1)
				}
			}
			if !found {
				unknown = true
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				unknown = true
				return
			}
			stores := v.storesTo(x.X)
			if stores == nil {
				unknown = true
				return
			}
			for _, st := range keep(stores, notTest) {
				walk(st.Val, depth+1)
			}
		case *ssa.Field:
			_, fv := fieldName(x.X.Type(), x.Field)
			stores := keep(c.index.fieldStores[fv], notTest)
			if fv == nil || len(stores) == 0 {
				unknown = true
				return
			}
			for _, st := range stores {
				walk(st.Val, depth+1)
			}
		default:
			unknown = true
		}
	}
	walk(val, 0)
	return refs, unknown
}

// valueFunc returns the function v belongs to, or nil (a constant, a
// function, a global).
func valueFunc(v ssa.Value) *ssa.Function {
	switch v := v.(type) {
	case ssa.Instruction:
		return v.Parent()
	case *ssa.Parameter:
		return v.Parent()
	case *ssa.FreeVar:
		return v.Parent()
	}
	return nil
}

// keep returns the instructions of s whose position f accepts, in a new
// slice when some are dropped.
func keep[T interface{ Pos() token.Pos }](s []T, f func(token.Pos) bool) []T {
	drop := func(x T) bool { return !f(x.Pos()) }
	if !slices.ContainsFunc(s, drop) {
		return s
	}
	return slices.DeleteFunc(slices.Clone(s), drop)
}

// storesTo returns the stores to an address: a package variable, a field
// (anywhere in the package), a local variable; nil when unknown.
func (v *verifier) storesTo(addr ssa.Value) []*ssa.Store {
	c := v.c
	switch a := addr.(type) {
	case *ssa.Global:
		if a.Pkg != c.ssapkg {
			return nil
		}
		return c.index.globalStores[a]
	case *ssa.FieldAddr:
		_, fv := fieldName(a.X.Type(), a.Field)
		if fv == nil || (fv.Pkg() != c.pass.Pkg && len(c.index.fieldStores[fv]) == 0) {
			return nil
		}
		return c.index.fieldStores[fv]
	case *ssa.Alloc:
		var out []*ssa.Store
		for _, ref := range referrers(a) {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
				out = append(out, st)
			}
		}
		return out
	case *ssa.FreeVar:
		fn := a.Parent()
		i := slices.Index(fn.FreeVars, a)
		var out []*ssa.Store
		for _, ref := range referrers(fn) {
			if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i >= 0 && i < len(mc.Bindings) {
				out = append(out, v.storesTo(mc.Bindings[i])...)
			}
		}
		return out
	}
	return nil
}

func exportedFunc(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	return ok && obj.Exported() && fn.Parent() == nil
}

func returns(fn *ssa.Function) []*ssa.Return {
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if n := len(b.Instrs); n > 0 {
			if ret, ok := b.Instrs[n-1].(*ssa.Return); ok {
				out = append(out, ret)
			}
		}
	}
	return out
}

// summarize returns what is known about the keyfuncs refs; known is false
// when a function of another package has no facts and cannot be judged.
func (v *verifier) summarize(refs []kfRef) (sum keyfuncSummary, known bool) {
	known = true
	for _, ref := range refs {
		switch {
		case ref.fn != nil:
			sum.Checks = sum.Checks || v.checks(ref.fn)
			sum.Kinds.add(v.kinds(ref.fn))
		default:
			var f funcFact
			ok := v.c.pass.ImportObjectFact(ref.obj.Origin(), &f)
			s := f.AsKeyfunc
			if ref.factory {
				s = f.ReturnsKeyfunc
			}
			if !ok || s == nil {
				if !v.analyzed(ref.obj) || ref.factory {
					known = false
					continue
				}
				// A function of a package jwtlint analyzed, which found
				// no check in it.
				sum.Kinds.Other = true
				continue
			}
			sum.Checks = sum.Checks || s.Checks
			sum.Kinds.add(s.Kinds)
		}
	}
	return sum, known
}

// analyzed reports whether obj belongs to a package that imports a JWT
// library, whose functions jwtlint summarizes in facts.
func (v *verifier) analyzed(obj *types.Func) bool {
	if obj.Pkg() == nil || v.c.table.paths[obj.Pkg().Path()] {
		return false // the library's own code
	}
	for _, imp := range obj.Pkg().Imports() {
		if v.c.table.paths[imp.Path()] {
			return true
		}
	}
	return false
}

// tokenField reports whether val is (a copy of) the token field with the
// given role (TokenMethod, TokenHeader).
func (v *verifier) tokenField(val ssa.Value, role Role) bool {
	for depth := 0; depth < 8; depth++ {
		switch x := val.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			fa, ok := x.X.(*ssa.FieldAddr)
			if !ok {
				return false
			}
			name, _ := fieldName(fa.X.Type(), fa.Field)
			return len(v.c.table.rows(name, role)) > 0
		case *ssa.Field:
			name, _ := fieldName(x.X.Type(), x.Field)
			return len(v.c.table.rows(name, role)) > 0
		case *ssa.ChangeInterface:
			val = x.X
		case *ssa.MakeInterface:
			val = x.X
		case *ssa.ChangeType:
			val = x.X
		default:
			return false
		}
	}
	return false
}

// checks reports whether fn, called with a token, checks the algorithm the
// token names: a type assertion or switch on t.Method, a comparison of
// t.Method, of t.Method.Alg() or of t.Header["alg"], or a call to a
// function that does.
func (v *verifier) checks(fn *ssa.Function) bool {
	if r, ok := v.checksMemo[fn]; ok {
		return r
	}
	v.checksMemo[fn] = false // recursion sees no check
	r := v.scanChecks(fn)
	v.checksMemo[fn] = r
	return r
}

func (v *verifier) scanChecks(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.TypeAssert:
				if v.tokenField(x.X, TokenMethod) {
					return true
				}
			case *ssa.UnOp, *ssa.Field:
				// t.Method handed to a helper that checks it.
				if val := x.(ssa.Value); v.tokenField(val, TokenMethod) && v.methodChecked(val, 0) {
					return true
				}
			case *ssa.BinOp:
				if (x.Op == token.EQL || x.Op == token.NEQ) && (v.tokenField(x.X, TokenMethod) || v.tokenField(x.Y, TokenMethod)) {
					return true
				}
			case *ssa.Lookup:
				if k, ok := x.Index.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String &&
					constant.StringVal(k.Value) == "alg" && v.tokenField(x.X, TokenHeader) && v.compared(x, 0) {
					return true
				}
			case ssa.CallInstruction:
				common := x.Common()
				// t.Method.Alg() (or any method of the method) compared.
				if common.IsInvoke() && v.tokenField(common.Value, TokenMethod) {
					if val := x.Value(); val != nil && v.compared(val, 0) {
						return true
					}
				}
				if !common.IsInvoke() && len(common.Args) > 0 && v.tokenField(common.Args[0], TokenMethod) {
					if val := x.Value(); val != nil && v.compared(val, 0) {
						return true
					}
				}
				if v.inheritsCheck(fn, common) {
					return true
				}
			}
		}
	}
	return false
}

// inheritsCheck reports whether a call made by fn is to a function known to
// check the token's algorithm.
func (v *verifier) inheritsCheck(fn *ssa.Function, common *ssa.CallCommon) bool {
	callee, obj := v.c.callee(common)
	switch {
	case callee != nil && callee.Pkg == v.c.ssapkg && callee.Blocks != nil && callee != fn:
		return v.checks(callee)
	case obj != nil && obj.Pkg() != nil && obj.Pkg() != v.c.pass.Pkg:
		var f funcFact
		return v.c.pass.ImportObjectFact(obj.Origin(), &f) && f.AsKeyfunc != nil && f.AsKeyfunc.Checks
	}
	return false
}

// compared reports whether val (an algorithm name) is compared: with ==,
// !=, a switch, a map lookup, or passed to a function returning bool (or to a
// function of this package that compares its parameter).
func (v *verifier) compared(val ssa.Value, depth int) bool {
	if depth > 6 || val.Referrers() == nil {
		return false
	}
	for _, ref := range referrers(val) {
		switch x := ref.(type) {
		case *ssa.BinOp:
			if x.Op == token.EQL || x.Op == token.NEQ {
				return true
			}
		case *ssa.Lookup:
			if x.Index == val {
				return true
			}
		case *ssa.TypeAssert, *ssa.Extract, *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.Convert, *ssa.ChangeType, *ssa.Phi:
			if v.compared(x.(ssa.Value), depth+1) {
				return true
			}
		case ssa.CallInstruction:
			common := x.Common()
			i := slices.Index(common.Args, val)
			if i < 0 {
				continue
			}
			sig := common.Signature()
			for j := 0; j < sig.Results().Len(); j++ {
				if b, ok := sig.Results().At(j).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
					return true
				}
			}
			if callee := common.StaticCallee(); callee != nil && callee.Pkg == v.c.ssapkg && i < len(callee.Params) {
				if v.compared(callee.Params[i], depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// kinds returns what keys the keyfunc fn can return.
func (v *verifier) kinds(fn *ssa.Function) keyKinds {
	var k keyKinds
	for _, ret := range returns(fn) {
		if len(ret.Results) > 0 {
			k.add(v.keyKind(ret.Results[0], 0))
		}
	}
	return k
}

func (v *verifier) keyKind(val ssa.Value, depth int) keyKinds {
	if depth > 8 {
		return keyKinds{Other: true}
	}
	switch x := val.(type) {
	case *ssa.MakeInterface:
		return v.keyKind(x.X, depth+1)
	case *ssa.Phi:
		var k keyKinds
		for _, e := range x.Edges {
			k.add(v.keyKind(e, depth+1))
		}
		return k
	case *ssa.Const:
		if x.IsNil() {
			return keyKinds{}
		}
		if none := v.c.table.noneConstant(x.Type()); none != nil {
			return keyKinds{None: none.Pkg().Name() + "." + none.Name()}
		}
	}
	t := val.Type()
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			if alg := publicKeyAlg(t); alg != "" {
				return keyKinds{Public: true, Algs: []string{alg}}
			}
			return keyKinds{Secret: true}
		}
	}
	if alg := publicKeyAlg(t); alg != "" {
		k := keyKinds{Public: true}
		if alg == "EdDSA" {
			k.Algs = []string{alg}
		}
		return k
	}
	for _, o := range v.c.origins(val, val.Pos()) {
		if o.Kind != PublicKey {
			return keyKinds{Other: true}
		}
	}
	return keyKinds{Public: true}
}

// publicKeyAlg names the algorithm family of a public key type: "RSA",
// "ECDSA", "EdDSA"; "" for other types.
func publicKeyAlg(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Name() != "PublicKey" {
		return ""
	}
	switch named.Obj().Pkg().Path() {
	case "crypto/rsa":
		return "RSA"
	case "crypto/ecdsa":
		return "ECDSA"
	case "crypto/ed25519":
		return "EdDSA"
	}
	return ""
}

// whitelisted reports whether an algorithm whitelist may reach a parse
// call: through its options, or through the parser it is a method of.
// Unknown values count as whitelisted: the rule stays silent about them.
func (v *verifier) whitelisted(common *ssa.CallCommon, obj *types.Func) bool {
	sig := obj.Type().(*types.Signature)
	for _, row := range v.c.table.funcRows(obj) {
		if row.Role != ParserOptions {
			continue
		}
		if a := callArg(common, sig, row.Param); a != nil && v.optionsWhitelist(a, 0) {
			return true
		}
	}
	if sig.Recv() != nil && !common.IsInvoke() && len(common.Args) > 0 {
		return v.parserWhitelist(common.Args[0], 0)
	}
	return common.IsInvoke()
}

// optionsWhitelist reports whether a slice of options may hold a whitelist.
func (v *verifier) optionsWhitelist(val ssa.Value, depth int) bool {
	return v.optionsHold(val, AlgWhitelist, depth)
}

// optionsHold reports whether a slice of options may hold an option of
// role (an AlgWhitelist, a KeyOption): when jwtlint cannot see every
// element, it may.
func (v *verifier) optionsHold(val ssa.Value, role Role, depth int) bool {
	if depth > 10 {
		return true
	}
	switch x := val.(type) {
	case *ssa.Const:
		return false // no options
	case *ssa.Slice:
		return v.optionsHold(x.X, role, depth+1)
	case *ssa.Alloc:
		for _, ref := range referrers(x) {
			ia, ok := ref.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, r := range referrers(ia) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ia && v.optionHolds(st.Val, role, depth+1) {
					return true
				}
			}
		}
		return false
	case *ssa.Phi:
		for _, e := range x.Edges {
			if v.optionsHold(e, role, depth+1) {
				return true
			}
		}
		return false
	case *ssa.Call:
		common := x.Common()
		if b, ok := common.Value.(*ssa.Builtin); ok {
			if b.Name() != "append" {
				return true
			}
			for _, a := range common.Args {
				if v.optionsHold(a, role, depth+1) {
					return true
				}
			}
			return false
		}
		if callee := common.StaticCallee(); callee != nil && callee.Pkg == v.c.ssapkg && callee.Blocks != nil {
			for _, ret := range returns(callee) {
				if len(ret.Results) > 0 && v.optionsHold(ret.Results[0], role, depth+1) {
					return true
				}
			}
			return false
		}
		return true
	case *ssa.UnOp, *ssa.Parameter:
		return v.anySource(x, depth, func(val ssa.Value, depth int) bool { return v.optionsHold(val, role, depth) })
	}
	return true
}

// optionHolds reports whether one option may be (or carry) an option of
// role.
func (v *verifier) optionHolds(val ssa.Value, role Role, depth int) bool {
	if depth > 10 {
		return true
	}
	switch x := val.(type) {
	case *ssa.Const:
		return false
	case *ssa.MakeInterface:
		return v.optionHolds(x.X, role, depth+1)
	case *ssa.ChangeType:
		return v.optionHolds(x.X, role, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if v.optionHolds(e, role, depth+1) {
				return true
			}
		}
		return false
	case *ssa.Call:
		callee, obj := v.c.callee(x.Common())
		if obj == nil {
			return true
		}
		sig := obj.Type().(*types.Signature)
		for _, row := range v.c.table.funcRows(obj) {
			switch {
			case row.Role == role:
				return true
			case row.Role == ParserValue && role == AlgWhitelist:
				if p := paramIndex(sig, row.Param); p >= 0 && p < len(x.Common().Args) {
					return v.parserWhitelist(x.Common().Args[p], depth+1)
				}
				return true
			}
		}
		if callee != nil && callee.Pkg == v.c.ssapkg && callee.Blocks != nil {
			for _, ret := range returns(callee) {
				if len(ret.Results) > 0 && v.optionHolds(ret.Results[0], role, depth+1) {
					return true
				}
			}
			return false
		}
		// Another option of the library itself is not one of role.
		return obj.Pkg() == nil || !v.c.table.paths[obj.Pkg().Path()]
	case *ssa.UnOp:
		return v.anySource(x, depth, func(val ssa.Value, depth int) bool { return v.optionHolds(val, role, depth) })
	}
	return true
}

// parserWhitelist reports whether a parser may carry a whitelist: built by
// a constructor given one, or a struct literal whose whitelist field is set.
func (v *verifier) parserWhitelist(val ssa.Value, depth int) bool {
	if depth > 10 {
		return true
	}
	switch x := val.(type) {
	case *ssa.Const:
		return false // nil: the library's default parser
	case *ssa.Call:
		callee, obj := v.c.callee(x.Common())
		if obj == nil {
			return true
		}
		sig := obj.Type().(*types.Signature)
		for _, row := range v.c.table.funcRows(obj) {
			if row.Role == ParserOptions {
				p := paramIndex(sig, row.Param)
				return p < 0 || p >= len(x.Common().Args) || v.optionsWhitelist(x.Common().Args[p], depth+1)
			}
		}
		if callee != nil && callee.Pkg == v.c.ssapkg && callee.Blocks != nil {
			for _, ret := range returns(callee) {
				if len(ret.Results) > 0 && v.parserWhitelist(ret.Results[0], depth+1) {
					return true
				}
			}
			return false
		}
		return true
	case *ssa.Alloc:
		// &jwt.Parser{ValidMethods: …}, new(jwt.Parser), p.ValidMethods = …
		for _, ref := range referrers(x) {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			name, _ := fieldName(fa.X.Type(), fa.Field)
			if len(v.c.table.rows(name, AlgWhitelist)) == 0 {
				continue
			}
			for _, r := range referrers(fa) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
					if k, ok := st.Val.(*ssa.Const); !ok || !k.IsNil() {
						return true
					}
				}
			}
		}
		return false
	case *ssa.Phi:
		for _, e := range x.Edges {
			if v.parserWhitelist(e, depth+1) {
				return true
			}
		}
		return false
	case *ssa.ChangeType:
		return v.parserWhitelist(x.X, depth+1)
	case *ssa.MakeInterface:
		return v.parserWhitelist(x.X, depth+1)
	case *ssa.UnOp, *ssa.Parameter:
		return v.anySource(x, depth, v.parserWhitelist)
	}
	return true
}

// tokenVerified reports whether a token value also reaches a verifying call
// in fn or in a function of this package it calls: a call into a JWT library
// that is not itself unverified.
func (v *verifier) tokenVerified(val ssa.Value, skip ssa.Instruction) bool {
	vals := aliases(val)
	for _, read := range sameFieldReads(vals[0]) {
		vals = append(vals, aliases(read)...)
	}
	for _, a := range vals {
		if v.reachesVerify(a, skip, 0) {
			return true
		}
	}
	return false
}

// sameFieldReads returns the other reads, in the same function, of the
// struct field val reads (params.ClientAssertion read twice: two SSA
// values, one token; testdata/src/regressfieldtoken), or nil.
func sameFieldReads(val ssa.Value) []ssa.Value {
	var out []ssa.Value
	switch x := val.(type) {
	case *ssa.Field:
		for _, ref := range referrers(x.X) {
			if f, ok := ref.(*ssa.Field); ok && f != x && f.Field == x.Field {
				out = append(out, f)
			}
		}
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if x.Op != token.MUL || !ok {
			return nil
		}
		for _, ref := range referrers(fa.X) {
			other, ok := ref.(*ssa.FieldAddr)
			if !ok || other.Field != fa.Field {
				continue
			}
			for _, r := range referrers(other) {
				if load, ok := r.(*ssa.UnOp); ok && load != x && load.Op == token.MUL && load.X == other {
					out = append(out, load)
				}
			}
		}
	}
	return out
}

// callersVerify reports whether val is a parameter of a function whose
// every caller verifies the token it passes (ory/fosite reads claims
// unverified in a helper, to check they are present, and verifies the token
// after the helper returns: testdata/src/regresscallerverify). The function
// must be one whose callers are all known: unexported, and never used as a
// value.
func (v *verifier) callersVerify(val ssa.Value, depth int) bool {
	p := v.paramOf(val)
	if p == nil || depth > 4 {
		return false
	}
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	sites := v.c.index.callSites[fn]
	if i < 0 || len(sites) == 0 || exportedFunc(fn) || v.usedAsValue(fn) {
		return false
	}
	for _, site := range sites {
		args := site.Common().Args
		if i >= len(args) || !(v.tokenVerified(args[i], site) || v.callersVerify(args[i], depth+1)) {
			return false
		}
	}
	return true
}

// paramOf returns the parameter a token value is, or was before
// transformations (TokenPass rows: the helper trims a "Bearer " prefix
// itself) or a JWT library's parse (the helper parses its parameter, then
// reads the claims unverified); nil when it is no parameter.
func (v *verifier) paramOf(val ssa.Value) *ssa.Parameter {
	for depth := 0; depth < 8; depth++ {
		switch x := aliases(val)[0].(type) {
		case *ssa.Parameter:
			return x
		case *ssa.Extract:
			val = x.Tuple
		case *ssa.Index:
			val = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			val = x.X // the value a pointer (a parsed token) points to
			if ia, ok := x.X.(*ssa.IndexAddr); ok {
				val = ia.X
			}
		case *ssa.Call:
			_, obj := v.c.callee(x.Common())
			switch {
			case obj == nil:
				return nil
			case v.passes(obj) && len(x.Common().Args) > 0:
				val = x.Common().Args[0]
			case obj.Pkg() != nil && v.c.table.paths[obj.Pkg().Path()]:
				// A JWT library parsing the parameter (jose.ParseSigned).
				args := tokenArgs(x.Common(), obj.Signature())
				if len(args) != 1 {
					return nil
				}
				val = args[0]
			default:
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// passes reports whether obj is a TokenPass row: its result is (a part
// of) its first argument.
func (v *verifier) passes(obj *types.Func) bool {
	return slices.ContainsFunc(v.c.table.funcRows(obj), func(r *API) bool { return r.Role == TokenPass })
}

// usedAsValue reports whether a function of this package is used other
// than by static calls (stored, passed, bound as a method value), which
// gives it callers the call-site index does not know.
func (v *verifier) usedAsValue(fn *ssa.Function) bool {
	if v.valueFuncs == nil {
		v.valueFuncs, v.valueObjs = map[*ssa.Function]bool{}, map[types.Object]bool{}
		var ops []*ssa.Value
		for _, f := range v.c.funcs {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					ops = instr.Operands(ops[:0])
					for i, op := range ops {
						if op == nil || *op == nil {
							continue
						}
						if call, ok := instr.(ssa.CallInstruction); ok && i == 0 && !call.Common().IsInvoke() {
							continue // the called function
						}
						// The function itself, or a wrapper of it (a bound
						// method value, a method expression's thunk).
						if x, ok := (*op).(*ssa.Function); ok {
							v.valueFuncs[x] = true
							if x.Synthetic != "" && x.Object() != nil {
								v.valueObjs[x.Object()] = true
							}
						}
					}
				}
			}
		}
	}
	return v.valueFuncs[fn] || fn.Object() != nil && v.valueObjs[fn.Object()]
}

func (v *verifier) reachesVerify(val ssa.Value, skip ssa.Instruction, depth int) bool {
	if depth > 6 || val.Referrers() == nil {
		return false
	}
	for _, ref := range referrers(val) {
		call, ok := ref.(ssa.CallInstruction)
		if !ok || ref == skip {
			continue
		}
		common := call.Common()
		i := slices.Index(common.Args, val)
		if i < 0 && !(common.IsInvoke() && common.Value == val) {
			continue
		}
		callee, obj := v.c.callee(common)
		if obj != nil && v.passes(obj) {
			// strings.TrimPrefix(raw, "Bearer "): the same token, trimmed.
			if res := call.Value(); res != nil && v.resultVerified(res, depth+1) {
				return true
			}
			continue
		}
		if common.IsInvoke() && i >= 0 {
			if v.implsVerify(common.Method, i+1, depth+1) {
				return true
			}
			continue
		}
		if obj != nil && obj.Pkg() != nil && v.c.table.paths[obj.Pkg().Path()] {
			// A library call verifies unless it is itself unverified; the
			// library's own facts (jwx jwt.Parse reaches jws.Verify) do not
			// see the options that turn verification off.
			if !v.unverifiedCall(common, obj) {
				return true
			}
			continue
		}
		if obj != nil && obj.Pkg() != nil && obj.Pkg() != v.c.pass.Pkg && i >= 0 && !common.IsInvoke() {
			var f funcFact
			if v.c.pass.ImportObjectFact(obj.Origin(), &f) && slices.Contains(f.VerifiesParams, i) {
				return true
			}
		}
		if callee != nil && callee.Pkg == v.c.ssapkg && callee.Blocks != nil && i >= 0 && i < len(callee.Params) {
			if v.paramVerified(callee, i, depth+1) {
				return true
			}
		}
	}
	return false
}

// paramVerified reports whether SSA parameter i of fn, a function of this
// package with a body, reaches a verifying call (memoized; recursion sees
// no verification).
func (v *verifier) paramVerified(fn *ssa.Function, i int, depth int) bool {
	k := paramRef{fn, i}
	if r, ok := v.paramMemo[k]; ok {
		return r
	}
	v.paramMemo[k] = false
	r := false
	for _, a := range aliases(fn.Params[i]) {
		if v.reachesVerify(a, nil, depth) {
			r = true
			break
		}
	}
	v.paramMemo[k] = r
	return r
}

// resultVerified reports whether the result of a transformation of a
// token (or an element of it: strings.Split, strings.Cut) reaches a
// verifying call.
func (v *verifier) resultVerified(res ssa.Value, depth int) bool {
	for _, a := range aliases(res) {
		if v.reachesVerify(a, nil, depth) {
			return true
		}
		for _, ref := range referrers(a) {
			switch x := ref.(type) {
			case *ssa.Extract, *ssa.Index:
				if v.reachesVerify(x.(ssa.Value), nil, depth) {
					return true
				}
			case *ssa.IndexAddr:
				for _, r := range referrers(x) {
					if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL && v.reachesVerify(load, nil, depth) {
						return true
					}
				}
			}
		}
	}
	return false
}

// implsVerify reports whether a token passed as SSA parameter i (the
// receiver first) of the interface method m is verified by every
// implementation of m the program has: the concrete types of this package
// (outside test files) and of its imports, judged by their code or by
// their facts. A method with no implementation in sight verifies nothing.
func (v *verifier) implsVerify(m *types.Func, i int, depth int) bool {
	impls := v.implementations(m)
	if len(impls) == 0 {
		return false
	}
	for _, impl := range impls {
		if impl.Pkg() == v.c.pass.Pkg {
			fn := v.c.ssapkg.Prog.FuncValue(impl)
			if fn == nil || fn.Blocks == nil || i >= len(fn.Params) || !v.paramVerified(fn, i, depth) {
				return false
			}
			continue
		}
		var f funcFact
		if !v.c.pass.ImportObjectFact(impl.Origin(), &f) || !slices.Contains(f.VerifiesParams, i) {
			return false
		}
	}
	return true
}

// implementations returns the methods that implement the interface method
// m in the named types of this package (outside test files) and of its
// direct imports.
func (v *verifier) implementations(m *types.Func) []*types.Func {
	if r, ok := v.impls[m]; ok {
		return r
	}
	if v.impls == nil {
		v.impls = map[*types.Func][]*types.Func{}
	}
	recv := m.Signature().Recv()
	var out []*types.Func
	if recv != nil {
		if iface, ok := recv.Type().Underlying().(*types.Interface); ok {
			pkgs := append([]*types.Package{v.c.pass.Pkg}, v.c.pass.Pkg.Imports()...)
			for _, pkg := range pkgs {
				scope := pkg.Scope()
				for _, name := range scope.Names() {
					tn, ok := scope.Lookup(name).(*types.TypeName)
					if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
						continue
					}
					if pkg == v.c.pass.Pkg && v.c.testFiles[v.c.pass.Fset.File(tn.Pos())] {
						continue // a test's fake
					}
					named, ok := tn.Type().(*types.Named)
					if !ok || named.TypeParams().Len() > 0 {
						continue // a generic type implements nothing until instantiated
					}
					var t types.Type = named
					if !types.Implements(t, iface) {
						if t = types.NewPointer(t); !types.Implements(t, iface) {
							continue
						}
					}
					obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
					if fn, ok := obj.(*types.Func); ok {
						out = append(out, fn)
					}
				}
			}
		}
	}
	v.impls[m] = out
	return out
}

// unverifiedCall reports whether a call of a library function parses
// without verifying: an Unverified row about the whole function, or about a
// parameter given the constant false (jwx WithVerify(false)), or an option
// that turns verification off.
func (v *verifier) unverifiedCall(common *ssa.CallCommon, obj *types.Func) bool {
	sig := obj.Type().(*types.Signature)
	for _, row := range v.c.table.funcRows(obj) {
		if v.keylessParse(common, sig, row) {
			return true
		}
		if row.Role != Unverified {
			continue
		}
		if row.Param == "" {
			return true
		}
		if p := paramIndex(sig, row.Param); p >= 0 && p < len(common.Args) && isFalse(common.Args[p]) {
			return true
		}
	}
	// An option slice holding WithVerify(false).
	for _, a := range common.Args {
		if v.holdsUnverifiedOption(a) {
			return true
		}
	}
	return false
}

// keylessParse reports whether row makes the call a parse without
// verification: a KeyedParse whose options surely hold no KeyOption (jwx v1
// jwt.Parse(raw) or jwt.Parse(raw, jwt.WithValidate(true))). Options
// jwtlint cannot see may hold one.
func (v *verifier) keylessParse(common *ssa.CallCommon, sig *types.Signature, row *API) bool {
	if row.Role != KeyedParse {
		return false
	}
	a := callArg(common, sig, row.Param)
	return a != nil && !v.optionsHold(a, KeyOption, 0)
}

func (v *verifier) holdsUnverifiedOption(val ssa.Value) bool {
	s, ok := val.(*ssa.Slice)
	if !ok {
		return false
	}
	alloc, ok := s.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range referrers(alloc) {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, r := range referrers(ia) {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != ia {
				continue
			}
			elem := st.Val
			if mi, ok := elem.(*ssa.MakeInterface); ok {
				elem = mi.X
			}
			if call, ok := elem.(*ssa.Call); ok {
				if _, obj := v.c.callee(call.Common()); obj != nil && v.unverifiedCall(call.Common(), obj) {
					return true
				}
			}
		}
	}
	return false
}

func isFalse(val ssa.Value) bool {
	k, ok := val.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.Bool && !constant.BoolVal(k.Value)
}

// aliases returns val and the values that are val under another type:
// conversions to and from []byte and interfaces.
func aliases(val ssa.Value) []ssa.Value {
	root := val
	for i := 0; i < 4; i++ {
		switch x := root.(type) {
		case *ssa.Convert:
			root = x.X
			continue
		case *ssa.ChangeType:
			root = x.X
			continue
		case *ssa.MakeInterface:
			root = x.X
			continue
		}
		break
	}
	out := []ssa.Value{root}
	for i := 0; i < len(out) && len(out) < 16; i++ {
		if out[i].Referrers() == nil {
			continue
		}
		for _, ref := range *out[i].Referrers() {
			switch x := ref.(type) {
			case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface:
				if val := x.(ssa.Value); !slices.Contains(out, val) {
					out = append(out, val)
				}
			}
		}
	}
	return out
}

// consumers returns the calls that receive val, directly or as an element
// of a variadic slice.
func consumers(val ssa.Value) []ssa.CallInstruction {
	var out []ssa.CallInstruction
	var walk func(val ssa.Value, depth int)
	walk = func(val ssa.Value, depth int) {
		if depth > 4 || val.Referrers() == nil {
			return
		}
		for _, ref := range referrers(val) {
			switch x := ref.(type) {
			case ssa.CallInstruction:
				out = append(out, x)
			case *ssa.MakeInterface:
				walk(x, depth+1)
			case *ssa.ChangeType:
				walk(x, depth+1)
			case *ssa.Store:
				if ia, ok := x.Addr.(*ssa.IndexAddr); ok && x.Val == val {
					if alloc, ok := ia.X.(*ssa.Alloc); ok {
						for _, r := range referrers(alloc) {
							if s, ok := r.(*ssa.Slice); ok {
								walk(s, depth+1)
							}
						}
					}
				}
			}
		}
	}
	walk(val, 0)
	return out
}

// exportVerifyFacts publishes, for the exported functions of the package,
// whether they check a token's algorithm when used as a keyfunc (or called
// from one), and what the keyfuncs a factory returns do.
func (c *checker) exportVerifyFacts() {
	if !c.jwt {
		return
	}
	v := newVerifier(c)
	for _, fn := range c.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() {
			continue
		}
		var as, ret *keyfuncSummary
		if v.checks(fn) || v.takesToken(fn) {
			as = &keyfuncSummary{Checks: v.checks(fn), Kinds: v.kinds(fn)}
		}
		if res := fn.Signature.Results(); res.Len() > 0 {
			if _, isFunc := res.At(0).Type().Underlying().(*types.Signature); isFunc {
				var refs []kfRef
				unknown := false
				for _, r := range returns(fn) {
					if len(r.Results) > 0 {
						rs, u := v.keyfuncs(r.Results[0])
						refs, unknown = append(refs, rs...), unknown || u
					}
				}
				if sum, known := v.summarize(refs); known && !unknown && len(refs) > 0 {
					ret = &sum
				}
			}
		}
		var verifies []int
		for i, p := range fn.Params {
			if c.table.paths[c.pass.Pkg.Path()] {
				break // a library's own functions are judged by its rows
			}
			if v.tokenVerified(p, nil) {
				verifies = append(verifies, i)
			}
		}
		var own, fills []int
		if !c.table.paths[c.pass.Pkg.Path()] {
			own = v.ownTokenResults(fn)
			fills = v.ownFills(fn)
		}
		if as == nil && ret == nil && verifies == nil && own == nil && fills == nil {
			continue
		}
		var f funcFact
		c.pass.ImportObjectFact(obj, &f)
		f.AsKeyfunc, f.ReturnsKeyfunc, f.VerifiesParams, f.OwnTokenResults, f.FillsOwn = as, ret, verifies, own, fills
		c.pass.ExportObjectFact(obj, &f)
	}
}

// takesToken reports whether fn's first parameter is a parsed token (a
// pointer to a struct with a TokenMethod field): fn is keyfunc-shaped.
func (v *verifier) takesToken(fn *ssa.Function) bool {
	params := fn.Signature.Params()
	if params.Len() == 0 {
		return false
	}
	t := types.Unalias(params.At(0).Type())
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if name, _ := fieldName(t, i); len(v.c.table.rows(name, TokenMethod)) > 0 {
			return true
		}
	}
	return false
}

// callExpr returns the call expression of a call instruction.
func (c *checker) callExpr(common *ssa.CallCommon) *ast.CallExpr {
	return c.syn.calls[common.Pos()]
}

// quoteList renders algorithms as Go string literals: "HS256", "HS512".
func quoteList(algs []string) string {
	q := make([]string, len(algs))
	for i, a := range algs {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, ", ")
}

// referrers returns the referrers of a value or function, nil-safe (package
// variables and named functions have none recorded).
func referrers(v interface{ Referrers() *[]ssa.Instruction }) []ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return *r
	}
	return nil
}

// methodChecked reports whether a signing method value is checked where it
// flows: type-asserted, compared, its Alg() compared, in this function or in
// a function of this package it is passed to.
func (v *verifier) methodChecked(val ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, ref := range referrers(val) {
		switch x := ref.(type) {
		case *ssa.TypeAssert:
			return true
		case *ssa.BinOp:
			if x.Op == token.EQL || x.Op == token.NEQ {
				return true
			}
		case *ssa.ChangeInterface, *ssa.MakeInterface:
			if v.methodChecked(x.(ssa.Value), depth+1) {
				return true
			}
		case ssa.CallInstruction:
			common := x.Common()
			if common.IsInvoke() && common.Value == val {
				if res := x.Value(); res != nil && v.compared(res, 0) {
					return true
				}
				continue
			}
			i := slices.Index(common.Args, val)
			if callee := common.StaticCallee(); i >= 0 && callee != nil && callee.Pkg == v.c.ssapkg && i < len(callee.Params) {
				if v.methodChecked(callee.Params[i], depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// anySource judges a load of a variable by pred applied to the values
// stored in it, and a parameter by pred applied to the arguments at its
// function's call sites: true when pred holds for one of them, or when they
// are not all known (a pointer load, an exported function's parameter), as
// the "may be" questions of this file need.
func (v *verifier) anySource(x ssa.Value, depth int, pred func(ssa.Value, int) bool) bool {
	switch x := x.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return true
		}
		stores := v.storesTo(x.X)
		if stores == nil {
			return true
		}
		for _, st := range stores {
			if pred(st.Val, depth+1) {
				return true
			}
		}
		return false
	case *ssa.Parameter:
		fn := x.Parent()
		i := slices.Index(fn.Params, x)
		sites := v.c.index.callSites[fn]
		if len(sites) == 0 || exportedFunc(fn) || v.usedAsValue(fn) {
			return true // not every caller is known
		}
		for _, site := range sites {
			args := site.Common().Args
			if i >= len(args) || pred(args[i], depth+1) {
				return true
			}
		}
		return false
	}
	return true
}
