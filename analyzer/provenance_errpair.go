package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Go functions return a zero value with their error: `return "", err`. A
// caller that checks the error never uses that value, so it is no key:
// results returned with a non-nil error carry Origin.ErrOnly
// (markErrOnly), and the value of a call whose error every use is guarded
// by drops them (guardedExtract). Without the check the zero value can
// reach the key, and it counts.

// markErrOnly marks the origins of a result ret returns alongside a
// non-nil error.
func markErrOnly(ret *ssa.Return, idx int, os []Origin) []Origin {
	if idx >= len(ret.Results)-1 || !returnsNonNilError(ret) {
		return os
	}
	out := make([]Origin, len(os))
	for i, o := range os {
		o.ErrOnly = true
		out[i] = o
	}
	return out
}

// returnsNonNilError reports whether ret's last result is an error that
// is surely not nil where ret runs (returnsError allows any but the
// constant nil): a value of an error constructor (errors.New,
// fmt.Errorf), a concrete value made an error, or an error ret's block is
// reached with only after a check that it is not nil.
func returnsNonNilError(ret *ssa.Return) bool {
	e := statementResult(ret, len(ret.Results)-1)
	if !isErrorType(e.Type()) {
		return false
	}
	if nonNilError(e) {
		return true
	}
	if ret.Block() == ret.Parent().Recover && recoverSetsError(e) {
		return true
	}
	for _, v := range sameVariable(e) {
		refs := v.Referrers()
		if refs == nil {
			continue // a constant
		}
		for _, ref := range *refs {
			cmp, ok := ref.(*ssa.BinOp)
			if !ok {
				continue
			}
			for _, cref := range *cmp.Referrers() {
				if s := nonNilSucc(cmp, cref); s != nil && len(s.Preds) == 1 && s.Dominates(ret.Block()) {
					return true
				}
			}
		}
	}
	return false
}

// nonNilError reports whether e is surely not nil: a value of an error
// constructor (errors.New, fmt.Errorf) or a concrete value made an error.
func nonNilError(e ssa.Value) bool {
	switch e := e.(type) {
	case *ssa.MakeInterface:
		return true
	case *ssa.Call:
		if fn := e.Common().StaticCallee(); fn != nil {
			switch fn.RelString(nil) {
			case "errors.New", "fmt.Errorf":
				return true
			}
		}
	}
	return false
}

// recoverSetsError reports whether e, the error a function returns after a
// recovered panic (a load of its named error result), is set to a non-nil
// error by a function literal the function creates (its deferred
// recover: err = errors.New("...")).
func recoverSetsError(e ssa.Value) bool {
	load, ok := e.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		mc, ok := ref.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn := mc.Fn.(*ssa.Function)
		for i, b := range mc.Bindings {
			if b != alloc || i >= len(fn.FreeVars) {
				continue
			}
			for _, fref := range *fn.FreeVars[i].Referrers() {
				if st, ok := fref.(*ssa.Store); ok && st.Addr == fn.FreeVars[i] && nonNilError(st.Val) {
					return true
				}
			}
		}
	}
	return false
}

// sameVariable returns e and, when e loads a local variable (a named
// result, a variable a closure captures: SSA keeps those in memory), every
// load of that variable: a check of one load is a check of the variable.
func sameVariable(e ssa.Value) []ssa.Value {
	load, ok := e.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return []ssa.Value{e}
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return []ssa.Value{e}
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		if l, ok := ref.(*ssa.UnOp); ok && l.Op == token.MUL && l.X == alloc {
			out = append(out, l)
		}
	}
	return out
}

// nonNilSucc returns the successor of if (an *ssa.If on cmp) taken when
// cmp's operand is not nil, nil if cmp is no comparison with nil or ref is
// no *ssa.If.
func nonNilSucc(cmp *ssa.BinOp, ref ssa.Instruction) *ssa.BasicBlock {
	ifi, ok := ref.(*ssa.If)
	if !ok || ifi.Cond != cmp || !isNilConst(cmp.X) && !isNilConst(cmp.Y) {
		return nil
	}
	switch cmp.Op {
	case token.NEQ:
		return ifi.Block().Succs[0]
	case token.EQL:
		return ifi.Block().Succs[1]
	}
	return nil
}

// guardedExtract reports whether every use of v, a result of a call whose
// last result is an error, is out of reach of the path where that error
// is not nil: the caller checks the error and leaves (returns, panics,
// exits) or takes another value before it uses v.
func guardedExtract(v *ssa.Extract, call *ssa.Call) bool {
	res := call.Call.Signature().Results()
	last := res.Len() - 1
	if last < 1 || v.Index == last || !isErrorType(res.At(last).Type()) {
		return false
	}
	var errVal *ssa.Extract
	for _, ref := range *call.Referrers() {
		if e, ok := ref.(*ssa.Extract); ok && e.Index == last {
			errVal = e
		}
	}
	if errVal == nil {
		return false
	}
	uses := useBlocks(v)
	if len(uses) == 0 {
		return false
	}
	for _, ref := range *errVal.Referrers() {
		cmp, ok := ref.(*ssa.BinOp)
		if !ok {
			continue
		}
		for _, cref := range *cmp.Referrers() {
			s := nonNilSucc(cmp, cref)
			if s == nil {
				continue
			}
			reach := reachableFrom(s)
			guarded := true
			for _, b := range uses {
				if reach[b] {
					guarded = false
					break
				}
			}
			if guarded {
				return true
			}
		}
	}
	return false
}

// useBlocks returns the blocks where v is used: a φ-node's use is at the
// end of the predecessor it comes from.
func useBlocks(v ssa.Value) []*ssa.BasicBlock {
	var out []*ssa.BasicBlock
	for _, ref := range *v.Referrers() {
		if phi, ok := ref.(*ssa.Phi); ok {
			for i, e := range phi.Edges {
				if e == v && i < len(phi.Block().Preds) {
					out = append(out, phi.Block().Preds[i])
				}
			}
			continue
		}
		if b := ref.Block(); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// reachableFrom returns the blocks reachable from b, b included, not
// going past a block that ends the program (stopsProgram: os.Exit,
// log.Fatal; SSA knows only panic and return).
func reachableFrom(b *ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		if stopsIn(b) {
			continue
		}
		stack = append(stack, b.Succs...)
	}
	return seen
}

// stopsIn reports whether b calls a function that ends the program.
func stopsIn(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		if call, ok := instr.(*ssa.Call); ok && stopsProgram(call.Common()) {
			return true
		}
	}
	return false
}

// statementResult returns result idx of ret as the return statement gave it: with
// named results, SSA stores the statement's values into the result
// variables and returns their loads, and the value is the one stored in
// ret's block (what deferred functions do to it is not followed).
func statementResult(ret *ssa.Return, idx int) ssa.Value {
	v := ret.Results[idx]
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return v
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return v
	}
	instrs := ret.Block().Instrs
	for i := len(instrs) - 1; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok && st.Addr == alloc {
			return st.Val
		}
	}
	return v
}
