package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file finds keys a function replaces when they are empty:
//
//	func New(secret []byte) *Auth {
//		a := &Auth{Secret: secret}
//		if a.Secret == nil {
//			a.Secret = sampleSecret
//		}
//		...
//
//	func NewKeyed(key string) *Keyed {
//		if key == "" {
//			key = "fallback"
//		}
//		...
//
// The parameter reaches the sink only when it is not empty, so New(nil)
// signs with the sample (a hard-coded key, reported at the sink), not with
// an empty key (sweep 3: iris-admin's auth2.NewJwt). Such a parameter's
// origin is marked NonEmpty, and so is the key parameter made of it
// (keyParam.NonEmpty); the empty arguments of its calls are dropped.

// nonEmpty returns origins as they are when only their non-empty values
// get through: empty literals are dropped, parameters marked NonEmpty.
func nonEmpty(origins []Origin) []Origin {
	var out []Origin
	for _, o := range origins {
		switch {
		case o.Kind == Literal && o.Len == 0:
			continue
		case o.Kind == Param:
			o.NonEmpty = true
		}
		out = append(out, o)
	}
	return out
}

// emptyTest returns the value an if statement's condition tests for
// emptiness (x == nil, x == "", len(x) == 0, or != of them) and the
// successor taken when it is empty.
func emptyTest(ifi *ssa.If) (ssa.Value, *ssa.BasicBlock) {
	cmp, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return nil, nil
	}
	empty := ifi.Block().Succs[0]
	if cmp.Op == token.NEQ {
		empty = ifi.Block().Succs[1]
	}
	for _, side := range [2][2]ssa.Value{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
		k, ok := side[1].(*ssa.Const)
		if !ok {
			continue
		}
		switch {
		case isEmptyConst(k): // nil, ""
			return side[0], empty
		case k.Value.Kind() == constant.Int && constant.Sign(k.Value) == 0:
			if call, ok := side[0].(*ssa.Call); ok {
				if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "len" && len(call.Call.Args) == 1 {
					return call.Call.Args[0], empty
				}
			}
		}
	}
	return nil, nil
}

// closingEmptyTest returns, for a block that ends in an if statement
// testing a value for emptiness (emptyTest), the value tested, the branch
// taken when it is empty and the branch taken when it is not; nil values
// otherwise.
func closingEmptyTest(b *ssa.BasicBlock) (tested ssa.Value, empty, full *ssa.BasicBlock) {
	if len(b.Instrs) == 0 {
		return nil, nil, nil
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, nil, nil
	}
	tested, empty = emptyTest(ifi)
	if tested == nil {
		return nil, nil, nil
	}
	full = b.Succs[0]
	if full == empty {
		full = b.Succs[1]
	}
	return tested, empty, full
}

// refilledWhenEmpty reports whether its function, after store st into a
// struct field, tests the field for emptiness and stores into it again when
// it is empty: what st stores reaches a reader only when it is not empty.
func refilledWhenEmpty(st *ssa.Store) bool {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	sameField := func(v ssa.Value) bool {
		a, ok := v.(*ssa.FieldAddr)
		return ok && a.X == fa.X && a.Field == fa.Field
	}
	for _, b := range st.Parent().Blocks {
		if !st.Block().Dominates(b) {
			continue
		}
		tested, empty, _ := closingEmptyTest(b)
		load, ok := tested.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || !sameField(load.X) {
			continue
		}
		for _, eb := range st.Parent().Blocks {
			if !empty.Dominates(eb) {
				continue
			}
			for _, instr := range eb.Instrs {
				if again, ok := instr.(*ssa.Store); ok && again != st && sameField(again.Addr) {
					return true
				}
			}
		}
	}
	return false
}

// storedPastEmptyCheck reports whether store st runs only past an if
// statement of its function that found the stored value not empty, the
// empty branch never reaching the store:
//
//	if secret == "" {
//		return nil, errors.New("secret is required")
//	}
//	m.secret = []byte(secret)
//
// What st stores reaches a reader only when it is not empty, so the empty
// arguments of the function's calls never sign (sweep 7:
// n1rocket/go-auth-jwt's token.NewManager, called with "" by its tests and
// for RS256).
func storedPastEmptyCheck(st *ssa.Store) bool { return usedPastEmptyCheck(st, st.Val) }

// usedPastEmptyCheck reports whether instr runs only past an if statement
// of its function that found v not empty (v itself, or another load of
// the same variable or field, which the function never stores into), the
// empty branch never reaching instr:
//
//	if t.Secret == nil || len(t.Secret) == 0 {
//		return ErrMissingSecret
//	}
//	s, err := tok.SignedString(t.Secret)
//
// (sweep 7: x64integer/go-common's jwt.Token.Generate, whose tests build
// Tokens with nil and empty Secrets to see the error).
func usedPastEmptyCheck(instr ssa.Instruction, v ssa.Value) bool {
	v = unconverted(v)
	for b := instr.Block().Idom(); b != nil; b = b.Idom() {
		tested, _, full := closingEmptyTest(b)
		if tested == nil || !sameValue(instr.Parent(), unconverted(tested), v) {
			continue
		}
		if len(full.Preds) == 1 && full.Dominates(instr.Block()) {
			return true
		}
	}
	return false
}

// sameValue reports whether a and b are one value in fn: the same SSA
// value, or loads of one package variable or of one field of one value
// that fn never stores into.
func sameValue(fn *ssa.Function, a, b ssa.Value) bool {
	if a == b {
		return true
	}
	la, ok := a.(*ssa.UnOp)
	if !ok || la.Op != token.MUL {
		return false
	}
	lb, ok := b.(*ssa.UnOp)
	if !ok || lb.Op != token.MUL {
		return false
	}
	same := func(addr ssa.Value) bool {
		if addr == la.X {
			return true
		}
		fa, ok := la.X.(*ssa.FieldAddr)
		fb, ok2 := addr.(*ssa.FieldAddr)
		return ok && ok2 && fa.X == fb.X && fa.Field == fb.Field
	}
	switch x := la.X.(type) {
	case *ssa.Global:
		if lb.X != x {
			return false
		}
	case *ssa.FieldAddr:
		if !same(lb.X) {
			return false
		}
	default:
		return false
	}
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			if st, ok := instr.(*ssa.Store); ok && same(st.Addr) {
				return false
			}
		}
	}
	return true
}

// unconverted returns v without the conversions that keep its emptiness
// ([]byte(s), a named type, an interface).
func unconverted(v ssa.Value) ssa.Value {
	for {
		v = stripIface(v)
		conv, ok := v.(*ssa.Convert)
		if !ok {
			return v
		}
		v = conv.X
	}
}

// phiEdgeNonEmpty reports whether edge i of phi comes only from where an
// if statement found that very value not empty (if key == "" { key = … }).
func phiEdgeNonEmpty(phi *ssa.Phi, i int) bool {
	e := phi.Edges[i]
	pred := phi.Block().Preds[i]
	for b := pred; b != nil; b = b.Idom() {
		tested, _, full := closingEmptyTest(b)
		if tested == nil || tested != e {
			continue
		}
		if (b == pred && full == phi.Block()) || (b != pred && full.Dominates(pred)) {
			return true
		}
	}
	return false
}

// isEmptyConst reports whether v is nil or "".
func isEmptyConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && (k.Value == nil || (k.Value.Kind() == constant.String && constant.StringVal(k.Value) == ""))
}

// A package variable declared empty and filled by a loader,
//
//	var JwtSecret = ""
//
//	func LoadEnvs() {
//		if secret := os.Getenv("JWT_SECRET"); secret != "" {
//			JwtSecret = secret
//		} else {
//			JwtSecret = utils.RandomString(32)
//		}
//	}
//
// holds the declaration's "" only until the loader runs: the program reads
// it after (zxh326/kite's common.JwtSecret, regressoverwritten.example).
// The package initializer's store of the empty value is no empty-key
// fallback then, and dropOverwrittenInits takes it out of the index. A
// loader that stores on some paths only (an if without else, an early
// return) leaves the variable empty on the others: the store stays.
//
// A placeholder that is not empty (var JwtSecret = "dev") is dropped only
// when the loader runs before the program's work (earlyLoaders): a func
// init, a function main, a func init or another such loader calls on every
// path (directly or through a package func variable), or one registered
// with a loader hook of the
// table (cobra.OnInitialize, a cobra command's PreRunE, sync.Once.Do:
// regressregistrar.example). An exported function that stores on every
// path may be a setter nobody calls; it drops only an empty placeholder,
// as before. A loader that reads the variable (JwtSecret =
// cmp.Or(os.Getenv("JWT_SECRET"), JwtSecret)) keeps the placeholder.

// dropOverwrittenInits removes from c.index.globalStores the package
// initializer's constant stores into a variable that a function of the
// package, outside test code and not reading the variable, stores into on
// every path from its entry to its returns (overwritesAlways): empty ones
// when the function runs at all, others when it runs before the program's
// work.
func (c *checker) dropOverwrittenInits() {
	var early map[*ssa.Function]*loaderHook
	for g, stores := range c.index.globalStores {
		if !keyish(g.Type().(*types.Pointer).Elem()) || !slices.ContainsFunc(stores, isConstInit) {
			continue
		}
		if early == nil {
			early = c.earlyLoaders()
		}
		fns := map[*ssa.Function]bool{}
		for _, st := range stores {
			if fn := st.Parent(); !isConstInit(st) && !c.testFiles[c.pass.Fset.File(fn.Pos())] {
				fns[fn] = true
			}
		}
		dropEmpty, dropAll := false, false
		for fn := range fns {
			hook, isEarly := early[fn]
			if (!isEarly && !c.runs(fn)) || readsGlobal(fn, g) || !overwritesAlways(fn, stores, hook != nil && hook.ErrorStops) {
				continue
			}
			dropEmpty = true
			if isEarly {
				dropAll = true
				break
			}
		}
		if dropEmpty {
			c.index.globalStores[g] = slices.DeleteFunc(slices.Clone(stores), func(st *ssa.Store) bool {
				return isConstInit(st) && (dropAll || isEmptyConst(st.Val))
			})
		}
	}
}

// isConstInit reports whether st is the package initializer's store of a
// constant (var x = "", var x = "dev", var x = []byte("dev")).
func isConstInit(st *ssa.Store) bool {
	if st.Parent().Synthetic != "package initializer" {
		return false
	}
	v := st.Val
	if conv, ok := v.(*ssa.Convert); ok {
		v = conv.X
	}
	_, ok := v.(*ssa.Const)
	return ok
}

// readsGlobal reports whether fn loads g.
func readsGlobal(fn *ssa.Function, g *ssa.Global) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if load, ok := instr.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == g {
				return true
			}
		}
	}
	return false
}

// runs reports whether a function can run other than by a call through a
// value: it is exported, a method or a func init, or called in the package.
// A loader nobody calls overwrites nothing.
func (c *checker) runs(fn *ssa.Function) bool {
	if obj := fn.Object(); obj != nil && (obj.Exported() || fn.Signature.Recv() != nil) {
		return true
	}
	return len(c.index.callSites[fn]) > 0 || (fn.Parent() == nil && strings.HasPrefix(fn.Name(), "init#"))
}

// overwritesAlways reports whether every path of fn from its entry (or its
// recover block) to a return passes one of stores; with errorStops, paths
// returning a non-nil error need not (the hook's caller stops there).
func overwritesAlways(fn *ssa.Function, stores []*ssa.Store, errorStops bool) bool {
	storing := map[*ssa.BasicBlock]bool{}
	for _, st := range stores {
		if st.Parent() == fn {
			storing[st.Block()] = true
		}
	}
	return passesAlways(fn, storing, errorStops)
}

// passesAlways reports whether every path of fn from its entry (or its
// recover block) to a return passes one of blocks; with errorStops, paths
// returning a non-nil error need not.
func passesAlways(fn *ssa.Function, blocks map[*ssa.BasicBlock]bool, errorStops bool) bool {
	if len(fn.Blocks) == 0 {
		return false
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := []*ssa.BasicBlock{fn.Blocks[0]}
	if fn.Recover != nil {
		work = append(work, fn.Recover)
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] || blocks[b] {
			continue
		}
		seen[b] = true
		if len(b.Instrs) > 0 {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				if errorStops && returnsError(ret) {
					continue
				}
				return false
			}
		}
		work = append(work, b.Succs...)
	}
	return true
}

// returnsError reports whether ret's last result is an error that is not
// the constant nil.
func returnsError(ret *ssa.Return) bool {
	if len(ret.Results) == 0 {
		return false
	}
	last := ret.Results[len(ret.Results)-1]
	if !types.Identical(last.Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	k, ok := last.(*ssa.Const)
	return !ok || k.Value != nil
}
