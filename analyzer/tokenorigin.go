package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file answers "whose token is this?" for unverified-parse: it follows
// a token value back to where it comes from, through conversions,
// transformations (knowledge_tokens.go's TokenPass rows), local structs
// filled by a decoder, fields and variables of the package, helpers of the
// package (with their parameters bound at the call), and the callers of
// unexported functions, and classes what it finds with the token table.

// A tokenClass says whose a token is. Classes are ordered: joining two
// origins gives the larger class.
type tokenClass uint8

const (
	// tokNeutral is a constant or a value built by the program itself
	// from nothing anyone sent (a literal, a JWT library's builder).
	tokNeutral tokenClass = iota
	// tokOwn is the program's own token: signed by it, received in the
	// response to its request, kept in its own credential store.
	tokOwn
	// tokParam is a parameter of an exported function of the package that
	// is no handler: whose token it is shows at the function's calls, in
	// the packages that call it (unverifiedparams.go).
	tokParam
	// tokUnknown cannot be told: it may be input.
	tokUnknown
	// tokInput is input the program receives.
	tokInput
)

func (a tokenClass) join(b tokenClass) tokenClass { return max(a, b) }

// own reports whether a token of class k is the program's: reading its
// claims unverified decides nothing an attacker controls.
func (k tokenClass) own() bool { return k <= tokOwn }

// originFrame binds the parameters of a helper of the package to the
// arguments of the call being followed, so that a helper called with the
// program's own token and, elsewhere, with input is judged per call.
type originFrame struct {
	fn     *ssa.Function
	args   []ssa.Value
	parent *originFrame
}

// binds reports whether the frame, or one of its parents, binds the
// parameters of fn.
func (fr *originFrame) binds(fn *ssa.Function) bool {
	for f := fr; f != nil; f = f.parent {
		if f.fn == fn {
			return true
		}
	}
	return false
}

type originWalk struct {
	v     *verifier
	steps int // of the current query, bounded by originSteps
	// input is the first input source met, when the walk looks for one
	// (inputSource).
	input *inputSource
	// filled are the calls handing named types by address to other
	// packages (fillSites), by type name, computed on first use.
	filled map[string][]fillSite
	memo   map[ssa.Value]tokenClass // for values followed outside any frame
	busy   map[ssa.Value]bool
	// params collects the parameters of exported functions met (class
	// tokParam), when the walk looks for them (paramsOf).
	params map[*ssa.Parameter]bool
	// judged is the call whose argument the walk classes, when it judges
	// one (judgeParamCall): handing a struct to it writes nothing into it
	// that the walk should class.
	judged ssa.CallInstruction
}

// tokenOrigin classes the origin of a token value.
func (v *verifier) tokenOrigin(val ssa.Value) tokenClass {
	return v.walk().value(val, nil, 0)
}

// walk returns the verifier's origin walk, its memo kept across questions
// and its step budget renewed.
func (v *verifier) walk() *originWalk {
	if v.origins == nil {
		v.origins = &originWalk{v: v, memo: map[ssa.Value]tokenClass{}, busy: map[ssa.Value]bool{}}
	}
	v.origins.steps = 0
	return v.origins
}

// An inputSource is where input enters a token, for the diagnostic's
// related information.
type inputSource struct {
	pos  token.Pos
	what string
}

// inputSourceOf finds where input enters a token of class tokInput.
func (v *verifier) inputSourceOf(val ssa.Value) *inputSource {
	w := &originWalk{v: v, memo: map[ssa.Value]tokenClass{}, busy: map[ssa.Value]bool{}, input: &inputSource{}}
	w.value(val, nil, 0)
	if !w.input.pos.IsValid() {
		return nil
	}
	return w.input
}

// found records an input source, when the walk looks for one.
func (w *originWalk) found(pos token.Pos, what string) tokenClass {
	if w.input != nil && !w.input.pos.IsValid() && pos.IsValid() {
		w.input.pos, w.input.what = pos, what
	}
	return tokInput
}

const (
	originDepth = 24
	originSteps = 20000
)

func (w *originWalk) value(val ssa.Value, fr *originFrame, depth int) tokenClass {
	if val == nil || depth > originDepth {
		return tokUnknown
	}
	if tokenless(val.Type()) {
		return tokNeutral // a boolean or a number holds no token
	}
	if fr == nil {
		if k, ok := w.memo[val]; ok {
			return k
		}
		if w.busy[val] {
			return tokNeutral // a cycle adds nothing to what its entry finds
		}
		w.busy[val] = true
		defer delete(w.busy, val)
	}
	k := w.compute(val, fr, depth)
	if fr == nil {
		w.memo[val] = k
	}
	return k
}

func (w *originWalk) compute(val ssa.Value, fr *originFrame, depth int) tokenClass {
	if w.steps++; w.steps > originSteps {
		return tokUnknown
	}
	switch x := val.(type) {
	case *ssa.Const, *ssa.Function, *ssa.MakeClosure, *ssa.MakeChan, *ssa.Builtin:
		return tokNeutral
	case *ssa.MakeSlice, *ssa.MakeMap:
		return w.writers(x, fr, depth+1)
	case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.TypeAssert, *ssa.Slice, *ssa.Index, *ssa.Lookup:
		// The same value under another type, or a part of it.
		return w.value(operand(x), fr, depth+1)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return w.call(call.Common(), x.Index, fr, depth)
		}
		return w.value(x.Tuple, fr, depth+1)
	case *ssa.BinOp:
		return w.value(x.X, fr, depth+1).join(w.value(x.Y, fr, depth+1))
	case *ssa.Phi:
		k := tokNeutral
		for _, e := range x.Edges {
			if k = k.join(w.value(e, fr, depth+1)); k == tokInput {
				break
			}
		}
		return k
	case *ssa.Field:
		if k, ok := w.fieldRow(x.X.Type(), x.Field, x.Pos()); ok {
			return k
		}
		return w.value(x.X, fr, depth+1)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			if x.Op == token.ARROW {
				return tokUnknown // a channel's values come from anywhere
			}
			return w.value(x.X, fr, depth+1)
		}
		return w.load(x.X, fr, depth+1)
	case *ssa.Alloc:
		return w.writers(x, fr, depth+1)
	case *ssa.Call:
		return w.call(x.Common(), 0, fr, depth)
	case *ssa.Parameter:
		return w.param(x, fr, depth)
	case *ssa.FreeVar:
		fn := x.Parent()
		i := slices.Index(fn.FreeVars, x)
		k, found := tokNeutral, false
		for _, ref := range referrers(fn) {
			if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i >= 0 && i < len(mc.Bindings) {
				found = true
				k = k.join(w.value(mc.Bindings[i], nil, depth+1))
			}
		}
		if !found {
			return tokUnknown
		}
		return k
	case *ssa.FieldAddr, *ssa.IndexAddr:
		return w.load(x, fr, depth+1)
	}
	return tokUnknown
}

// tokenless reports whether values of type t cannot hold a token: a
// boolean or a number, or a pointer to one (a flag's *bool beside the
// token's *string in the struct a constructor is given).
func tokenless(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0
}

// operand returns the value a conversion, assertion, slice, index or map
// lookup is taken from.
func operand(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.Convert:
		return x.X
	case *ssa.ChangeType:
		return x.X
	case *ssa.MakeInterface:
		return x.X
	case *ssa.ChangeInterface:
		return x.X
	case *ssa.TypeAssert:
		return x.X
	case *ssa.Slice:
		return x.X
	case *ssa.Index:
		return x.X
	case *ssa.Lookup:
		return x.X
	}
	return nil
}

// load classes a value loaded from addr.
func (w *originWalk) load(addr ssa.Value, fr *originFrame, depth int) tokenClass {
	c := w.v.c
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		if k, ok := w.fieldRow(a.X.Type(), a.Field, a.Pos()); ok {
			return k
		}
		base := aliases(a.X)[0]
		if alloc, ok := base.(*ssa.Alloc); ok {
			p := spilledParam(alloc)
			if p == nil || fr.binds(p.Parent()) {
				return w.writers(alloc, fr, depth+1)
			}
			// A struct parameter passed by value (a value receiver),
			// copied to a local, and not bound by the call being
			// followed: its field is what the package stores in the
			// field, like a pointer parameter's.
			if k, ok := w.packageField(a.X.Type(), a.Field, p, depth+1); ok {
				return k
			}
			return w.writers(alloc, fr, depth+1)
		}
		if k, ok := w.packageField(a.X.Type(), a.Field, base, depth+1); ok {
			return k
		}
		if g, ok := base.(*ssa.Global); ok && g.Pkg == c.ssapkg {
			return tokUnknown
		}
		// A token read back from a store the package writes its own
		// tokens into (storedback.go).
		if k, ok := w.storedBack(a, depth+1); ok {
			return k
		}
		return w.value(a.X, fr, depth+1)
	case *ssa.IndexAddr:
		if alloc, ok := aliases(a.X)[0].(*ssa.Alloc); ok {
			return w.writers(alloc, fr, depth+1)
		}
		return w.value(a.X, fr, depth+1)
	case *ssa.Alloc:
		return w.writers(a, fr, depth+1)
	case *ssa.Global:
		if a.Pkg != c.ssapkg {
			return tokUnknown
		}
		k := tokNeutral
		for _, st := range c.index.globalStores[a] {
			k = k.join(w.value(st.Val, nil, depth+1))
		}
		return k
	}
	// What a pointer of another kind (a call's result, a parameter's)
	// points to comes with the pointer.
	return w.value(addr, fr, depth+1)
}

// packageField classes a field of the package's own struct type, or of a
// package variable, read through base (a receiver, a parameter, a pointer
// the package got from anywhere) by what the package writes into it: the
// values of its stores (stored), and, for a struct handed by address to
// functions of other packages, what those write (a decoder writes what it
// reads: json.Unmarshal(data, c) fills c from data; one that reads input
// makes the field input). ok is false when the
// package writes nothing there, or hands the struct to a function that may
// write anything; the field then comes with its struct.
func (w *originWalk) packageField(t types.Type, field int, base ssa.Value, depth int) (tokenClass, bool) {
	c := w.v.c
	_, fv := fieldName(t, field)
	g, global := base.(*ssa.Global)
	global = global && g.Pkg == c.ssapkg
	if fv == nil || !(fv.Pkg() == c.pass.Pkg || global) {
		return 0, false
	}
	stores := c.index.fieldStores[fv]
	if global {
		stores = append(slices.Clip(stores), c.index.globalStores[g]...)
	}
	// What tests store there decides nothing about the program: their
	// made-up tokens are left out (armory-cli's configuration_test.go
	// builds an Input of its own).
	stores = slices.DeleteFunc(slices.Clone(stores), func(st *ssa.Store) bool { return w.v.test(st.Parent().Pos()) })
	k := tokNeutral
	fills := w.fillSites(t)
	if fills == nil {
		return 0, false // not a named type: anyone may write it
	}
	for _, site := range fills {
		switch k = k.join(w.filler(site.common, site.arg, nil, depth)); {
		case k == tokInput:
			return k, true // a decoder of the package fills it from input
		case k >= tokUnknown:
			return 0, false
		}
	}
	if len(stores) == 0 && len(fills) == 0 {
		return 0, false
	}
	for _, st := range stores {
		k = k.join(w.stored(st.Val, depth))
	}
	return k, true
}

// spilledParam returns the parameter a local variable is a copy of, the
// SSA form of a struct parameter passed by value whose fields are read by
// address (func (c Credentials) Get() { use(c.Token) }); nil for other
// locals.
func spilledParam(alloc *ssa.Alloc) *ssa.Parameter {
	var p *ssa.Parameter
	for _, ref := range referrers(alloc) {
		st, ok := ref.(*ssa.Store)
		if !ok || st.Addr != alloc {
			continue
		}
		q, ok := st.Val.(*ssa.Parameter)
		if !ok || p != nil {
			return nil
		}
		p = q
	}
	return p
}

// stored classes a value stored into a field of the package. A parameter
// of an exported function stored there (a constructor keeping its
// argument: NewCredentials(audience, token)) is what the package's own
// calls of that function pass, when it has such calls and is never used as
// a value; a constructor the package never calls is filled by whoever
// calls it, as any exported parameter.
func (w *originWalk) stored(val ssa.Value, depth int) tokenClass {
	p, ok := aliases(val)[0].(*ssa.Parameter)
	if !ok {
		return w.value(val, nil, depth)
	}
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	if !exportedFunc(fn) || fn.Signature.Recv() != nil && i == 0 {
		return w.value(val, nil, depth)
	}
	if k, known := w.callersArg(fn, i, depth); known {
		return k
	}
	return w.value(val, nil, depth)
}

// callersArg classes what the package's calls of fn pass as its SSA
// parameter i; known is false when fn's callers are not all in sight (it
// has no call in the package, or is used as a value).
func (w *originWalk) callersArg(fn *ssa.Function, i int, depth int) (k tokenClass, known bool) {
	sites := w.v.c.index.callSites[fn]
	if !w.v.test(fn.Pos()) {
		// Seen from code outside test files, the calls of its tests are
		// left out: a test's made-up arguments decide nothing about the
		// program's (armory-cli's configuration_test.go calls config.New).
		sites = slices.DeleteFunc(slices.Clone(sites), func(site ssa.CallInstruction) bool { return w.v.test(site.Pos()) })
	}
	if i < 0 || w.v.usedAsValue(fn) {
		return tokUnknown, false
	}
	if len(sites) == 0 {
		if w.v.c.usedInSkipped(fn) {
			// Its calls are in declarations left out because their types
			// are incomplete (complete.go): whose token it is cannot be
			// told, and jwtlint reports what it can tell, not what it
			// cannot see (pocket-id's preview helper where its fosite
			// fork does not load).
			return tokNeutral, true
		}
		return tokUnknown, false
	}
	k = tokNeutral
	for _, site := range sites {
		args := site.Common().Args
		if i >= len(args) {
			return tokUnknown, true
		}
		if k = k.join(w.value(args[i], nil, depth+1)); k == tokInput {
			break
		}
	}
	return k, true
}

// reads reports whether obj only reads the values it is given (a
// TokenRead row: json.Marshal).
func (w *originWalk) reads(obj *types.Func) bool {
	return slices.ContainsFunc(w.v.c.table.funcRows(obj), func(r *API) bool { return r.Role == TokenRead })
}

// A fillSite is a call that hands a pointer to a struct of the package to
// a function of another package, which may write its fields.
type fillSite struct {
	common *ssa.CallCommon
	arg    ssa.Value
}

// fillSites returns the calls that hand values of the named type t points
// to, by address, to functions of other packages (a decoder, a framework's
// binder, a database scan): their fields are then written where the
// package's stores do not show. It returns nil for a type with no name,
// which anyone may write, and an empty slice for a named type no such call
// is given. Computed on first use.
func (w *originWalk) fillSites(t types.Type) []fillSite {
	name := namedTypeName(t)
	if name == "" {
		return nil
	}
	if w.filled == nil {
		w.filled = map[string][]fillSite{}
		c := w.v.c
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					callee, obj := c.callee(call.Common())
					if callee != nil && callee.Pkg == c.ssapkg || obj != nil && w.reads(obj) {
						continue // the package's own code, or a reader
					}
					for _, a := range call.Common().Args {
						arg := a
						if mi, ok := a.(*ssa.MakeInterface); ok {
							a = mi.X
						}
						if _, ptr := a.Type().Underlying().(*types.Pointer); ptr {
							if n := namedTypeName(a.Type()); n != "" {
								w.filled[n] = append(w.filled[n], fillSite{call.Common(), arg})
							}
						}
					}
				}
			}
		}
	}
	return append([]fillSite{}, w.filled[name]...)
}

// writers classes what is written into a local variable or struct: the
// values stored in it or its fields and elements, and what a decoder that
// is given its address reads from (json.Unmarshal(data, &v) fills v from
// data).
func (w *originWalk) writers(alloc ssa.Value, fr *originFrame, depth int) tokenClass {
	if depth > originDepth {
		return tokUnknown
	}
	k := tokNeutral
	var visit func(addr ssa.Value, d int)
	visit = func(addr ssa.Value, d int) {
		if d > 4 {
			k = tokUnknown
			return
		}
		for _, ref := range referrers(addr) {
			switch x := ref.(type) {
			case *ssa.Store:
				if x.Addr == addr {
					k = k.join(w.value(x.Val, fr, depth+1))
				} else if x.Val == addr && !w.spilled(x, func(load ssa.Value) { visit(load, d+1) }, func(call ssa.CallInstruction, local ssa.Value) {
					k = k.join(w.filler(call.Common(), local, fr, depth+1))
				}) {
					k = tokUnknown // it escapes: others may write it
				}
			case *ssa.MapUpdate:
				if x.Map == addr {
					k = k.join(w.value(x.Value, fr, depth+1))
				}
			case *ssa.FieldAddr:
				visit(x, d+1)
			case *ssa.IndexAddr:
				visit(x, d+1)
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Convert:
				visit(x.(ssa.Value), d+1)
			case ssa.CallInstruction:
				if x != w.judged {
					k = k.join(w.filler(x.Common(), addr, fr, depth+1))
				}
			}

		}
	}
	visit(alloc, 0)
	return k
}

// spilled reports whether a store keeps a pointer in a local variable of
// its function that nothing else takes the address of (the SSA form of a
// variable the builder does not lift, in a function with a defer:
// response := &T{} ... Decode(response)), or whose address only calls of
// functions are given (a parameter passed on as &result to a helper that
// decodes into it), and then visits the loads of the variable (what is
// written through them is written into the pointee) and those calls.
func (w *originWalk) spilled(st *ssa.Store, visit func(load ssa.Value), visitCall func(call ssa.CallInstruction, local ssa.Value)) bool {
	local, ok := st.Addr.(*ssa.Alloc)
	if !ok {
		return false
	}
	var loads []ssa.Value
	type given struct {
		call ssa.CallInstruction
		arg  ssa.Value
	}
	var calls []given
	call := func(x ssa.CallInstruction, arg ssa.Value) bool {
		if x.Common().IsInvoke() || x == w.judged || !slices.Contains(x.Common().Args, arg) {
			return false
		}
		calls = append(calls, given{x, arg})
		return true
	}
	for _, r := range referrers(local) {
		switch x := r.(type) {
		case *ssa.Store:
			if x.Addr != local {
				return false
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			loads = append(loads, x)
		case *ssa.DebugRef:
		case ssa.CallInstruction:
			if !call(x, local) {
				return false
			}
		case *ssa.MakeInterface: // &result given as an interface
			for _, rr := range referrers(x) {
				if c, ok := rr.(ssa.CallInstruction); !ok || !call(c, x) {
					return false
				}
			}
		default:
			return false
		}
	}
	if local.Heap && len(calls) == 0 {
		return false
	}
	for _, l := range loads {
		visit(l)
	}
	for _, c := range calls {
		visitCall(c.call, c.arg)
	}
	return true
}

// filler classes what a call given the address of a variable writes into
// it: a TokenPass row (a decoder) writes what its other arguments and its
// receiver hold; a JWT library writes claims decoded from the token it is
// given; anything else may write anything.
func (w *originWalk) filler(common *ssa.CallCommon, addr ssa.Value, fr *originFrame, depth int) tokenClass {
	c := w.v.c
	_, obj := c.callee(common)
	if obj == nil {
		return tokUnknown
	}
	lib := obj.Pkg() != nil && c.table.paths[obj.Pkg().Path()]
	switch row := w.tokenRow(obj); {
	case row == TokenOwn:
		return tokOwn // flag.StringVar(&tok, ...): the user's own flag
	case !lib && row != TokenPass:
		return w.fills(common, obj, addr, depth)
	}
	k := tokNeutral
	for _, a := range w.operands(common) {
		if a == addr || aliases(a)[0] == addr {
			continue
		}
		k = k.join(w.value(a, fr, depth+1))
	}
	return k
}

// fills classes what a function of the program writes into the variable
// whose address it is given as an argument: what the function writes into
// that parameter, followed into a function of the package and read from the
// FillsOwn facts of another package's (a token client decoding its token
// endpoint's answer into the caller's value); unknown otherwise.
func (w *originWalk) fills(common *ssa.CallCommon, obj *types.Func, addr ssa.Value, depth int) tokenClass {
	c := w.v.c
	if common.IsInvoke() || depth > originDepth {
		return tokUnknown
	}
	i := slices.Index(common.Args, addr)
	if i < 0 {
		return tokUnknown
	}
	if callee := staticCallee(common); callee != nil && callee.Pkg == c.ssapkg && callee.Blocks != nil {
		if i >= len(callee.Params) || w.busy[callee.Params[i]] {
			return tokUnknown
		}
		p := callee.Params[i]
		w.busy[p] = true
		defer delete(w.busy, p)
		return w.writers(p, nil, depth+1)
	}
	var f funcFact
	if obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(obj.Origin(), &f) && slices.Contains(f.FillsOwn, i) {
		return tokOwn
	}
	return tokUnknown
}

// ownFills returns the parameters of fn, pointers or interfaces, that fn
// writes only the program's own data into (funcFact.FillsOwn).
func (v *verifier) ownFills(fn *ssa.Function) []int {
	var out []int
	for i, p := range fn.Params {
		switch p.Type().Underlying().(type) {
		case *types.Pointer, *types.Interface:
		default:
			continue
		}
		if v.walk().writers(p, nil, 0) == tokOwn {
			out = append(out, i)
		}
	}
	return out
}

// operands are the receiver and arguments of a call.
func (w *originWalk) operands(common *ssa.CallCommon) []ssa.Value {
	if common.IsInvoke() {
		return append([]ssa.Value{common.Value}, common.Args...)
	}
	return common.Args
}

// call classes result idx of a call.
func (w *originWalk) call(common *ssa.CallCommon, idx int, fr *originFrame, depth int) tokenClass {
	c := w.v.c
	if _, ok := common.Value.(*ssa.Builtin); ok {
		k := tokNeutral
		for _, a := range common.Args {
			k = k.join(w.value(a, fr, depth+1))
		}
		return k
	}
	callee, obj := c.callee(common)
	if obj == nil {
		return tokUnknown
	}
	switch w.tokenRow(obj) {
	case TokenInput:
		return w.found(common.Pos(), shortObjName(obj))
	case TokenOwn:
		return tokOwn
	case TokenPass:
		k := tokNeutral
		for _, a := range w.operands(common) {
			k = k.join(w.value(a, fr, depth+1))
		}
		return k
	}
	if w.v.signing(obj) {
		return tokOwn // SignedString, Sign: a token the program made
	}
	if obj.Pkg() != nil && c.table.paths[obj.Pkg().Path()] {
		// A JWT library's result is made of what it was given: the token
		// it parses, the claims and keys it signs with.
		k := tokNeutral
		for _, a := range w.operands(common) {
			k = k.join(w.value(a, fr, depth+1))
		}
		return k
	}
	if callee != nil && callee.Pkg == c.ssapkg && callee.Blocks != nil && !common.IsInvoke() {
		sub := &originFrame{fn: callee, args: common.Args, parent: fr}
		if depth > originDepth/2 {
			return tokUnknown
		}
		k := tokNeutral
		for _, ret := range returns(callee) {
			if idx < len(ret.Results) {
				k = k.join(w.value(ret.Results[idx], sub, depth+1))
			}
		}
		return k
	}
	if common.IsInvoke() {
		return w.implsResult(obj, idx, depth)
	}
	if w.ownResult(obj, idx) {
		return tokOwn
	}
	return tokUnknown
}

// ownResult reports whether result idx of a function of another package
// is always the program's own token (its facts).
func (w *originWalk) ownResult(obj *types.Func, idx int) bool {
	c := w.v.c
	if obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return false
	}
	var f funcFact
	return c.pass.ImportObjectFact(obj.Origin(), &f) && slices.Contains(f.OwnTokenResults, idx)
}

// implsResult classes result idx of an interface method call by the
// implementations the program has (implementations): the join of what
// they return; unknown when there is none.
func (w *originWalk) implsResult(m *types.Func, idx int, depth int) tokenClass {
	c := w.v.c
	impls := w.v.implementations(m)
	if len(impls) == 0 || depth > originDepth/2 {
		return tokUnknown
	}
	k := tokNeutral
	for _, impl := range impls {
		if impl.Pkg() != c.pass.Pkg {
			if !w.ownResult(impl, idx) {
				return tokUnknown
			}
			k = k.join(tokOwn)
			continue
		}
		fn := c.ssapkg.Prog.FuncValue(impl)
		if fn == nil || fn.Blocks == nil {
			return tokUnknown
		}
		for _, ret := range returns(fn) {
			if idx < len(ret.Results) {
				k = k.join(w.value(ret.Results[idx], nil, depth+1))
			}
		}
	}
	return k
}

// param classes a parameter: bound at the call being followed, or the
// arguments of every call site of an unexported function whose callers are
// all known. An exported handler's parameters are input; another exported
// function's are what its callers pass, judged at their calls (tokParam).
func (w *originWalk) param(p *ssa.Parameter, fr *originFrame, depth int) tokenClass {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	for f := fr; f != nil; f = f.parent {
		if f.fn == fn {
			if i < 0 || i >= len(f.args) {
				return tokUnknown
			}
			return w.value(f.args[i], f.parent, depth+1)
		}
	}
	if exportedFunc(fn) {
		if !importable(fn) || handlerShaped(w.v.c.table, fn) || !w.v.tokenClient() {
			return w.found(p.Pos(), "parameter "+p.Name()+" of the exported "+fn.Name()+", which anyone calling it fills")
		}
		if w.params != nil {
			w.params[p] = true
		}
		return tokParam
	}
	k, _ := w.callersArg(fn, i, depth)
	return k
}

// tokenRow returns the token role of a function or method: its own row, or
// the row of its receiver's named type; 0 when it has none.
func (w *originWalk) tokenRow(obj *types.Func) Role {
	t := w.v.c.table
	for _, r := range t.funcRows(obj) {
		switch r.Role {
		case TokenInput, TokenOwn, TokenPass:
			return r.Role
		case TokenFetched:
			return TokenOwn
		}
	}
	if recv := obj.Signature().Recv(); recv != nil {
		if name := namedTypeName(recv.Type()); name != "" {
			for _, r := range t.byName[name] {
				switch r.Role {
				case TokenInput, TokenOwn:
					return r.Role
				case TokenFetched:
					return TokenOwn
				}
			}
		}
	}
	return 0
}

// fieldRow classes a field of a type with a token row (the field itself or
// its struct type).
func (w *originWalk) fieldRow(t types.Type, field int, pos token.Pos) (tokenClass, bool) {
	name, fv := fieldName(t, field)
	if fv == nil {
		return 0, false
	}
	typeName := name[:strings.LastIndex(name, ".")]
	for _, n := range []string{name, typeName} {
		for _, r := range w.v.c.table.byName[n] {
			switch r.Role {
			case TokenInput:
				return w.found(pos, shortFieldName(t, fv)), true
			case TokenOwn, TokenFetched:
				return tokOwn, true
			}
		}
	}
	return 0, false
}

// namedTypeName names the named type of t (through a pointer) in the
// table's form, "path.Type"; "" for other types.
func namedTypeName(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	obj := named.Origin().Obj()
	return obj.Pkg().Path() + "." + obj.Name()
}

// signing reports whether a library function signs a token: it has a row
// for a signing key, so its string result is a token the program made.
func (v *verifier) signing(obj *types.Func) bool {
	for _, r := range v.c.table.funcRows(obj) {
		if r.Role == SignKey {
			return true
		}
	}
	return false
}

// tokenArgs returns the values of an unverified call that are the token:
// its string and []byte arguments, or, for a method of a parsed token
// (go-jose's UnsafeClaimsWithoutVerification), its receiver.
func tokenArgs(common *ssa.CallCommon, sig *types.Signature) []ssa.Value {
	var out []ssa.Value
	args := common.Args
	recv := ssa.Value(nil)
	if sig.Recv() != nil {
		if common.IsInvoke() {
			recv = common.Value
		} else if len(args) > 0 {
			recv, args = args[0], args[1:]
		}
	}
	for _, a := range args {
		if textual(a.Type()) {
			out = append(out, a)
		}
	}
	if len(out) == 0 && recv != nil {
		out = append(out, recv)
	}
	return out
}

// textual reports whether t is a string or a byte slice.
func textual(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// ownTokens reports whether every token of an unverified call is the
// program's own.
func (v *verifier) ownTokens(tokens []ssa.Value) bool {
	if len(tokens) == 0 {
		return false
	}
	for _, t := range tokens {
		if !v.tokenOrigin(t).own() {
			return false
		}
	}
	return true
}

// ownTokenResults returns the results of fn (an exported function of the
// package) that are always the program's own token, or a struct made of
// the program's own (the token endpoint's decoded response: armory-cli's
// auth.RefreshAuthToken), for funcFact.
func (v *verifier) ownTokenResults(fn *ssa.Function) []int {
	res := fn.Signature.Results()
	var out []int
	for i := 0; i < res.Len(); i++ {
		if t := res.At(i).Type(); !textual(t) && !structPointer(t) {
			continue
		}
		k, any := tokNeutral, false
		for _, ret := range returns(fn) {
			if i < len(ret.Results) {
				any = true
				k = k.join(v.tokenOrigin(ret.Results[i]))
			}
		}
		if any && k == tokOwn {
			out = append(out, i)
		}
	}
	return out
}
