package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file decides whether a store into a field of a local copy of a
// struct can be what a key use reads from a field of another struct value.
//
// The field tracer (tracer.field) takes every store to a field in the
// package as a possible origin of a read of that field. A store into a copy
// made for display is not: moul/sgtm's (Opts).Filtered copies the options,
// overwrites the copy's JWTSigningKey with a placeholder and returns the
// copy, which only ever becomes a field of the page's template data, while
// the key is read from the service's own options
// (testdata/src/realworld6.example/filteredcopy).
//
// A store into a field of an *ssa.Alloc of struct type is left out of a
// field read through a slot (the field or package variable holding the
// struct the key is read from) when the copy's whole value provably never
// reaches that slot. The copy is followed forward: its loads; another local
// variable it is stored into; a package variable or struct field it is
// stored into (a place), and then every read of that place in the package;
// a return, and then the results of the function's call sites in the
// package (promoted-method wrappers included). Reading the copy field by
// field, comparing it, or writing into it passes nothing on. Anything else
// is taken to reach everywhere: a call argument, an interface conversion, a
// closure, the copy's address escaping, a function used as a value or
// called through an interface method of its name, an exported function
// without callers in the package, a package analyzed in part. Another
// package cannot store into this package's slots through what this package
// cannot see, so the places reached are this package's only.
//
// The stores of a field exported to other packages (facts.go's varFact,
// foreignStores) leave such a store out when it is into a copy (f := o)
// that stays in the package (copyStoreLocal): one that reaches no place
// another package can read. Results of an exported function are judged by
// its callers in the package there too: sgtm's command reads the options' key as a flag default
// (cmd/sgtm/main.go:59) and never calls Filtered; a command that did and
// kept the result as its options would be missed.

// copyIndex holds what following copies needs of the whole package, built
// on first use (copyIdx).
type copyIndex struct {
	// reads are the instructions that use a field (FieldAddr, Field) or
	// a package variable (any instruction with it as an operand).
	reads map[types.Object][]ssa.Instruction
	// calls are the static call sites of each function or method,
	// including those through synthetic wrappers of it.
	calls map[types.Object][]ssa.CallInstruction
	// valued are the functions used other than by being called (a
	// function value, a bound method value, a method expression).
	valued map[types.Object]bool
	// invoked are the names of the methods called through interfaces.
	invoked map[string]bool
	// reach memoizes copyReach.
	reach map[*ssa.Alloc]copyReach
}

// copyReach is where the value of a local struct variable goes.
type copyReach struct {
	// places are the fields and package variables it is stored into.
	places map[types.Object]bool
	// anywhere is set when it may go where the package cannot follow.
	anywhere bool
	// leaves is set when one of the places is one another package can
	// read: an exported package variable, an exported field of an
	// exported or unnamed struct type, a field of another package.
	leaves bool
}

// maxCopySteps bounds the walk of one copy; past it, the copy reaches
// anywhere.
const maxCopySteps = 2000

// copyStoreUnreached reports whether st, a store into a field of a local
// struct variable, can be left out of the origins of that field read from
// base (tracer.field): the variable's value never reaches the slot base
// is read through.
func (c *checker) copyStoreUnreached(st *ssa.Store, base ssa.Value) bool {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	alloc, ok := fa.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	slot := readSlot(base)
	if slot == nil || (c.complete != nil && len(c.complete.skipped) > 0) {
		return false
	}
	r := c.copyReach(alloc)
	return !r.anywhere && !r.places[slot]
}

// copyStoreLocal reports whether st, a store into a field of a local copy
// of a struct value, stays in the package: the copy goes only to places of
// the package no other package can read (facts.go's exported stores and
// foreignStores leave it out). Only a copy (f := o, a value receiver
// written to): a struct the package fills from nothing is what the fact
// describes even when it stays local, as the default configuration of
// realworld4.example/openlist (saved and loaded back in the real code).
// Results of an exported function with callers in the package are judged
// by those callers, as in the package (sgtm's exported Filtered).
func (c *checker) copyStoreLocal(st *ssa.Store) bool {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	alloc, ok := fa.X.(*ssa.Alloc)
	if !ok || !isCopy(alloc) || (c.complete != nil && len(c.complete.skipped) > 0) {
		return false
	}
	r := c.copyReach(alloc)
	return !r.anywhere && !r.leaves
}

// isCopy reports whether local variable a is given a whole struct value
// (f := o), not only filled field by field.
func isCopy(a *ssa.Alloc) bool {
	for _, ref := range referrers(a) {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			if _, zero := st.Val.(*ssa.Const); !zero {
				return true
			}
		}
	}
	return false
}

// unexportedType reports whether t is, or points to, a named type that is
// not exported.
func unexportedType(t types.Type) bool {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && !n.Obj().Exported()
}

// readSlot returns the field or package variable holding the struct that
// base is or points to: s.opts of s.opts.key, cfg of cfg.key; nil when the
// struct comes from elsewhere (a parameter, a call).
func readSlot(base ssa.Value) types.Object {
	if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
		base = load.X
	}
	switch b := base.(type) {
	case *ssa.FieldAddr:
		if fv := structField(b.X.Type(), b.Field); fv != nil {
			return fv
		}
	case *ssa.Field:
		if fv := structField(b.X.Type(), b.Field); fv != nil {
			return fv
		}
	case *ssa.Global:
		return b.Object()
	}
	return nil
}

// copyReach returns where the value of local variable a goes.
func (c *checker) copyReach(a *ssa.Alloc) copyReach {
	idx := c.copyIdx()
	if r, ok := idx.reach[a]; ok {
		return r
	}
	w := &copyWalk{c: c, idx: idx, r: copyReach{places: map[types.Object]bool{}}, seen: map[any]bool{}}
	w.addr(a)
	idx.reach[a] = w.r
	return w.r
}

// copyWalk follows one copy forward.
type copyWalk struct {
	c     *checker
	idx   *copyIndex
	r     copyReach
	seen  map[any]bool
	steps int
}

// visit reports whether x is to be followed: not seen, within the bound.
func (w *copyWalk) visit(x any) bool {
	if w.r.anywhere || w.seen[x] {
		return false
	}
	w.seen[x] = true
	if w.steps++; w.steps > maxCopySteps {
		w.r.anywhere = true
		return false
	}
	return true
}

// addr follows the struct held at address a: a local variable, or a field
// of a place.
func (w *copyWalk) addr(a ssa.Value) {
	if !w.visit(a) {
		return
	}
	for _, ref := range referrers(a) {
		switch ref := ref.(type) {
		case *ssa.UnOp:
			if ref.Op == token.MUL {
				w.value(ref)
				continue
			}
			w.r.anywhere = true
		case *ssa.FieldAddr, *ssa.DebugRef:
			// Field by field: a field of the struct is no copy of it.
		case *ssa.Store:
			if ref.Addr != a {
				w.r.anywhere = true // the address itself is stored
			}
		default:
			w.r.anywhere = true
		}
	}
}

// value follows a struct value.
func (w *copyWalk) value(v ssa.Value) {
	if !w.visit(v) {
		return
	}
	for _, ref := range referrers(v) {
		switch ref := ref.(type) {
		case *ssa.Store:
			w.store(ref.Addr)
		case *ssa.Phi:
			w.value(ref)
		case *ssa.ChangeType:
			w.value(ref)
		case *ssa.Field, *ssa.DebugRef, *ssa.BinOp:
			// Read field by field, or compared.
		case *ssa.Return:
			w.returned(ref, v)
		default:
			w.r.anywhere = true
		}
	}
}

// store follows a struct value stored at addr.
func (w *copyWalk) store(addr ssa.Value) {
	switch addr := addr.(type) {
	case *ssa.Alloc:
		w.addr(addr)
	case *ssa.FieldAddr:
		if fv := structField(addr.X.Type(), addr.Field); fv != nil {
			w.r.leaves = w.r.leaves || fv.Pkg() != w.c.pass.Pkg || fv.Exported() && !unexportedType(addr.X.Type())
			w.place(fv)
			return
		}
		w.r.anywhere = true
	case *ssa.Global:
		w.r.leaves = w.r.leaves || addr.Object().Exported()
		w.place(addr.Object())
	default:
		w.r.anywhere = true
	}
}

// place records a field or package variable the value is stored into, and
// follows its reads in the package.
func (w *copyWalk) place(obj types.Object) {
	if !w.visit(obj) {
		return
	}
	w.r.places[obj] = true
	for _, read := range w.idx.reads[obj] {
		switch read := read.(type) {
		case *ssa.FieldAddr:
			if structField(read.X.Type(), read.Field) == obj {
				w.addr(read)
			}
			// else: a field of the package variable, field by field
		case *ssa.Field:
			w.value(read)
		case *ssa.UnOp:
			if read.Op == token.MUL {
				w.value(read) // a load of the package variable
				continue
			}
			w.r.anywhere = true
		case *ssa.Store:
			if g, ok := read.Addr.(*ssa.Global); !ok || g.Object() != obj {
				w.r.anywhere = true // the variable's address is stored
			}
		case *ssa.DebugRef:
		default:
			w.r.anywhere = true
		}
	}
}

// returned follows a struct value returned by its function to the results
// of the function's call sites.
func (w *copyWalk) returned(ret *ssa.Return, v ssa.Value) {
	fn := ret.Parent()
	obj, ok := fn.Object().(*types.Func)
	if ok {
		obj = obj.Origin()
	}
	if !ok || fn.Parent() != nil || w.idx.valued[obj] {
		w.r.anywhere = true
		return
	}
	sites := w.idx.calls[obj]
	if (obj.Exported() && len(sites) == 0) || (fn.Signature.Recv() != nil && w.idx.invoked[obj.Name()]) {
		w.r.anywhere = true
		return
	}
	for i, r := range ret.Results {
		if r != v {
			continue
		}
		for _, site := range sites {
			call, ok := site.(*ssa.Call)
			if !ok {
				continue // go, defer: the results are dropped
			}
			if len(ret.Results) == 1 {
				w.value(call)
				continue
			}
			for _, ref := range referrers(call) {
				if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
					w.value(ex)
				}
			}
		}
	}
}

// copyIdx builds the copy index on first use.
func (c *checker) copyIdx() *copyIndex {
	if c.copies != nil {
		return c.copies
	}
	idx := &copyIndex{
		reads:   map[types.Object][]ssa.Instruction{},
		calls:   map[types.Object][]ssa.CallInstruction{},
		valued:  map[types.Object]bool{},
		invoked: map[string]bool{},
		reach:   map[*ssa.Alloc]copyReach{},
	}
	var ops []*ssa.Value
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.FieldAddr:
					if fv := structField(instr.X.Type(), instr.Field); fv != nil {
						idx.reads[fv] = append(idx.reads[fv], instr)
					}
				case *ssa.Field:
					if fv := structField(instr.X.Type(), instr.Field); fv != nil {
						idx.reads[fv] = append(idx.reads[fv], instr)
					}
				}
				call, isCall := instr.(ssa.CallInstruction)
				if isCall {
					common := call.Common()
					if common.IsInvoke() {
						idx.invoked[common.Method.Name()] = true
					} else if callee := staticCallee(common); callee != nil && callee.Object() != nil {
						obj := originObj(callee.Object())
						idx.calls[obj] = append(idx.calls[obj], call)
					}
				}
				ops = instr.Operands(ops[:0])
				for i, op := range ops {
					if op == nil || *op == nil {
						continue
					}
					switch x := (*op).(type) {
					case *ssa.Global:
						idx.reads[x.Object()] = append(idx.reads[x.Object()], instr)
					case *ssa.Function:
						if isCall && i == 0 && !call.Common().IsInvoke() {
							continue // the called function
						}
						if x.Object() != nil {
							idx.valued[originObj(x.Object())] = true
						}
					}
				}
			}
		}
	}
	c.copies = idx
	return idx
}

// originObj is the generic origin of a function or method object.
func originObj(obj types.Object) types.Object {
	if f, ok := obj.(*types.Func); ok {
		return f.Origin()
	}
	return obj
}
