package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// headerOnly reports whether an unverified parse is read only for its
// token's header: the parsed token's only uses are reads of its
// TokenHeader and TokenMethod fields (golang-jwt's Token.Header and
// Token.Method), followed through the returns of unexported helpers to
// their call sites in the package; the claims argument it fills is not
// read afterwards, and its other results (the token's parts) are unused.
// Reading the header of an unverified token to choose how to verify it
// trusts nothing (habitat's CanHandle: testdata/src/realworld8.example/
// headeronly). Any other use (the claims read, the token passed to a
// function, stored, returned from an exported function) is no header-only
// parse.
func (v *verifier) headerOnly(call ssa.CallInstruction, sig *types.Signature) bool {
	val := call.Value()
	if val == nil {
		return false
	}
	common := call.Common()
	recv := 0
	if sig.Recv() != nil && !common.IsInvoke() {
		recv = 1
	}
	for i := 0; i < sig.Params().Len() && i+recv < len(common.Args); i++ {
		if textual(sig.Params().At(i).Type()) {
			continue
		}
		if !unreadArg(common.Args[i+recv], call) {
			return false
		}
	}
	var results []ssa.Value
	if _, ok := val.Type().(*types.Tuple); ok {
		for _, ref := range referrers(val) {
			x, ok := ref.(*ssa.Extract)
			if !ok {
				return false
			}
			results = append(results, x)
		}
	} else {
		results = []ssa.Value{val}
	}
	token := false
	for _, res := range results {
		switch {
		case types.Identical(res.Type(), types.Universe.Lookup("error").Type()):
		case v.headerToken(res.Type()):
			if !v.headerReadsOnly(res, 0) {
				return false
			}
			token = true
		case len(usesOf(res)) > 0:
			return false // the parts, the claims
		}
	}
	return token
}

// headerToken reports whether t is (a pointer to) a parsed token type
// with a TokenHeader field.
func (v *verifier) headerToken(t types.Type) bool {
	st, ok := types.Unalias(derefType(t)).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if v.headerField(t, i) {
			return true
		}
	}
	return false
}

// headerField reports whether field i of the token type t is its header or
// its signing method (TokenHeader, TokenMethod rows).
func (v *verifier) headerField(t types.Type, i int) bool {
	name, _ := fieldName(t, i)
	return name != "" && (len(v.c.table.rows(name, TokenHeader)) > 0 || len(v.c.table.rows(name, TokenMethod)) > 0)
}

// headerReadsOnly reports whether the parsed token tok is only read for
// its header fields or compared (with nil), in its function or, returned
// from an unexported helper of the package, at every call site of the
// helper.
func (v *verifier) headerReadsOnly(tok ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, ref := range usesOf(tok) {
		switch x := ref.(type) {
		case *ssa.FieldAddr:
			if !v.headerField(x.X.Type(), x.Field) {
				return false
			}
		case *ssa.Field:
			if !v.headerField(x.X.Type(), x.Field) {
				return false
			}
		case *ssa.BinOp:
			if x.Op != token.EQL && x.Op != token.NEQ {
				return false
			}
		case *ssa.Return:
			if !v.callersReadHeader(x, tok, depth) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// callersReadHeader reports whether the token tok, returned by ret from an
// unexported function called only statically in the package, is read only
// for its header at each call site.
func (v *verifier) callersReadHeader(ret *ssa.Return, tok ssa.Value, depth int) bool {
	fn := ret.Parent()
	sites := v.c.index.callSites[fn]
	if len(sites) == 0 || exportedFunc(fn) || v.usedAsValue(fn) {
		return false
	}
	idx := -1
	for i, res := range ret.Results {
		if res == tok {
			if idx >= 0 {
				return false // returned twice
			}
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	for _, site := range sites {
		val := site.Value()
		if val == nil {
			return false
		}
		if len(ret.Results) == 1 {
			if !v.headerReadsOnly(val, depth+1) {
				return false
			}
			continue
		}
		for _, ref := range referrers(val) {
			x, ok := ref.(*ssa.Extract)
			if !ok {
				return false
			}
			if x.Index == idx && !v.headerReadsOnly(x, depth+1) {
				return false
			}
		}
	}
	return true
}

// unreadArg reports whether arg, an argument of call, is a value made for
// the call and not read elsewhere: nil, or a fresh map or struct (behind
// an interface) that is only written before the call (jwt.MapClaims{},
// &Claims{Issuer: "x"}), so what the call fills in it is never read.
func unreadArg(arg ssa.Value, call ssa.CallInstruction) bool {
	if mi, ok := arg.(*ssa.MakeInterface); ok {
		for _, ref := range usesOf(mi) {
			if ref != call {
				return false
			}
		}
		arg = mi.X
	}
	switch x := arg.(type) {
	case *ssa.Const:
		return true
	case *ssa.MakeMap:
		for _, ref := range usesOf(x) {
			switch r := ref.(type) {
			case *ssa.MapUpdate:
				if r.Map != x || r.Value == x || r.Key == x {
					return false
				}
			default:
				if ref != call && !isMakeInterfaceOf(ref, x, call) {
					return false
				}
			}
		}
		return true
	case *ssa.Alloc:
		for _, ref := range usesOf(x) {
			switch r := ref.(type) {
			case *ssa.FieldAddr:
				for _, w := range usesOf(r) {
					if st, ok := w.(*ssa.Store); !ok || st.Addr != r || st.Val == r {
						return false
					}
				}
			case *ssa.Store:
				if r.Addr != x || r.Val == x {
					return false
				}
			default:
				if ref != call && !isMakeInterfaceOf(ref, x, call) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// isMakeInterfaceOf reports whether instr converts x to the interface
// value used only by call.
func isMakeInterfaceOf(instr ssa.Instruction, x ssa.Value, call ssa.CallInstruction) bool {
	mi, ok := instr.(*ssa.MakeInterface)
	if !ok || mi.X != x {
		return false
	}
	for _, ref := range usesOf(mi) {
		if ref != call {
			return false
		}
	}
	return true
}

// usesOf returns the referrers of val other than debug references.
func usesOf(val ssa.Value) []ssa.Instruction {
	var out []ssa.Instruction
	for _, ref := range referrers(val) {
		if _, ok := ref.(*ssa.DebugRef); !ok {
			out = append(out, ref)
		}
	}
	return out
}
