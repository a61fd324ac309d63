package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file resolves calls through package variables that hold a function:
// iris's middleware/jwt declares `Sign = jwt.Sign`, re-exporting
// kataras/jwt, and its users call jwt.Sign(jwt.HS256, key, claims). SSA sees
// a call of a loaded variable; the call is the held function's, so the
// table's rows and the function's facts apply to it
// (testdata/src/regressfuncvar).

// heldFuncFact says which package-level function an exported variable of
// function type holds: the only function its package stores in it.
// Importers resolve calls through the variable to that function.
type heldFuncFact struct {
	Pkg, Name string // the function's package path and name
}

func (*heldFuncFact) AFact()           {}
func (f *heldFuncFact) String() string { return "jwtlint.heldfunc " + f.Pkg + "." + f.Name }

type heldRef struct {
	fn  *ssa.Function
	obj *types.Func
}

// heldCallee returns the function a call's function value holds when the
// value is a package variable of one function (nil, nil otherwise). fn is
// set when the variable is of this package.
func (c *checker) heldCallee(v ssa.Value) (*ssa.Function, *types.Func) {
	if ct, ok := v.(*ssa.ChangeType); ok {
		v = ct.X
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, nil
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return nil, nil
	}
	if r, ok := c.held[g]; ok {
		return r.fn, r.obj
	}
	var r heldRef
	if g.Pkg == c.ssapkg {
		r.fn, r.obj = c.storedFunc(g)
	} else if obj := g.Object(); obj != nil {
		var f heldFuncFact
		if c.pass.ImportObjectFact(obj, &f) {
			r.obj = c.lookupFunc(obj.Pkg(), f.Pkg, f.Name)
		}
	}
	c.held[g] = r
	return r.fn, r.obj
}

// storedFunc returns the package-level function every store of this
// package to g stores, or nil, nil.
func (c *checker) storedFunc(g *ssa.Global) (*ssa.Function, *types.Func) {
	var held *ssa.Function
	for _, st := range c.index.globalStores[g] {
		val := st.Val
		if ct, ok := val.(*ssa.ChangeType); ok {
			val = ct.X
		}
		fn, ok := val.(*ssa.Function)
		if !ok || fn.Parent() != nil || (held != nil && fn != held) {
			return nil, nil
		}
		held = fn
	}
	if held == nil {
		return nil, nil
	}
	obj, ok := held.Object().(*types.Func)
	if !ok || obj.Signature().Recv() != nil {
		return nil, nil // a method expression: its arguments start with the receiver
	}
	return held, obj
}

// lookupFunc finds the package-level function path.name among the
// packages from imports (transitively).
func (c *checker) lookupFunc(from *types.Package, path, name string) *types.Func {
	seen := map[*types.Package]bool{}
	queue := []*types.Package{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == nil || seen[p] {
			continue
		}
		seen[p] = true
		if p.Path() == path {
			fn, _ := p.Scope().Lookup(name).(*types.Func)
			return fn
		}
		queue = append(queue, p.Imports()...)
	}
	return nil
}

// exportHeldFuncs publishes which function each exported variable of
// function type holds, when the package stores one function only.
func (c *checker) exportHeldFuncs() {
	for g := range c.index.globalStores {
		obj := g.Object()
		if obj == nil || !obj.Exported() || obj.Pkg() != c.pass.Pkg {
			continue
		}
		if _, ok := obj.Type().Underlying().(*types.Signature); !ok {
			continue
		}
		if _, fn := c.storedFunc(g); fn != nil && fn.Pkg() != nil {
			c.pass.ExportObjectFact(obj, &heldFuncFact{Pkg: fn.Pkg().Path(), Name: fn.Name()})
		}
	}
}

// heldCallSites adds the calls through this package's variables to the
// call sites of the functions of this package they hold. calls are the
// package's calls of a function value (indexStores collects them).
func (c *checker) heldCallSites(calls []ssa.CallInstruction) {
	for _, call := range calls {
		if held, _ := c.heldCallee(call.Common().Value); held != nil && held.Pkg == c.ssapkg {
			c.index.callSites[held] = append(c.index.callSites[held], call)
		}
	}
}
