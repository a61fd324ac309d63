package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file finds the loaders a program runs before its work, for
// dropOverwrittenInits (provenance_fallback.go): a placeholder they
// replace on every path never reaches a key sink.

// earlyLoaders returns the package's functions, outside test code, that
// run before the program's work, each with the loader hook that runs it
// (nil for one the program calls itself):
//
//   - func init and main.main, and the functions an early function calls
//     on every path, directly or through a package func variable
//     (var load = func() {…});
//   - the functions passed to a loader hook's parameter
//     (cobra.OnInitialize(initConfig), once.Do(load)) by a function that
//     runs (a function literal runs when the function around it does), or
//     stored into a hook field (&cobra.Command{PreRunE: …}) by one.
func (c *checker) earlyLoaders() map[*ssa.Function]*loaderHook {
	kt := configKnowledge()
	out := map[*ssa.Function]*loaderHook{}
	// funcVars are the package's func variables and the functions stored
	// in them.
	funcVars := map[*ssa.Global][]*ssa.Function{}
	for g, stores := range c.index.globalStores {
		if _, ok := g.Type().(*types.Pointer).Elem().Underlying().(*types.Signature); !ok {
			continue
		}
		for _, st := range stores {
			funcVars[g] = append(funcVars[g], c.funcValues(st.Val, funcVars, 0)...)
		}
	}
	changed := false
	mark := func(fns []*ssa.Function, hook *loaderHook) {
		for _, fn := range fns {
			if _, done := out[fn]; !done && !c.testFiles[c.pass.Fset.File(fn.Pos())] {
				out[fn] = hook
				changed = true
			}
		}
	}
	for _, fn := range c.funcs {
		if isInitFunc(fn) || isMainFunc(fn) {
			mark([]*ssa.Function{fn}, nil)
		}
	}
	// running reports whether fn runs: it is early, runs by itself, is
	// the package initializer, or is a function literal of a function
	// that runs (a command's Run: func(…) {…} in a package variable).
	var running func(fn *ssa.Function) bool
	running = func(fn *ssa.Function) bool {
		if _, early := out[fn]; early || c.runs(fn) || fn.Synthetic == "package initializer" {
			return true
		}
		return fn.Parent() != nil && running(fn.Parent())
	}
	for first := true; first || changed; first = false {
		changed = false
		for _, fn := range c.funcs {
			if c.testFiles[c.pass.Fset.File(fn.Pos())] || !running(fn) {
				continue
			}
			hook, isEarly := out[fn]
			// called are the blocks of an early fn calling each function
			// of the package (directly or through a func variable).
			called := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case ssa.CallInstruction:
						common := instr.Common()
						if common.IsInvoke() {
							continue
						}
						callee := staticCallee(common)
						var callees []*ssa.Function
						switch {
						case callee == nil:
							callees = c.funcValues(common.Value, funcVars, 0)
						case callee.Pkg == c.ssapkg:
							callees = []*ssa.Function{callee}
						default:
							if obj, ok := callee.Object().(*types.Func); ok {
								if h := kt.hooks[obj.FullName()]; h != nil && h.Param != "" {
									for _, arg := range variadicArgs(callArg(common, obj.Signature(), h.Param)) {
										mark(c.funcValues(arg, funcVars, 0), h)
									}
								}
							}
						}
						if isEarly {
							for _, f := range callees {
								if called[f] == nil {
									called[f] = map[*ssa.BasicBlock]bool{}
								}
								called[f][b] = true
							}
						}
					case *ssa.Store:
						if fa, ok := instr.Addr.(*ssa.FieldAddr); ok {
							if name, _ := fieldName(fa.X.Type(), fa.Field); name != "" {
								if h := kt.hooks[name]; h != nil && h.Param == "" {
									mark(c.funcValues(instr.Val, funcVars, 0), h)
								}
							}
						}
					}
				}
			}
			for f, blocks := range called {
				if passesAlways(fn, blocks, hook != nil && hook.ErrorStops) {
					mark([]*ssa.Function{f}, nil)
				}
			}
		}
	}
	return out
}

// isInitFunc reports whether fn is a func init of the package.
func isInitFunc(fn *ssa.Function) bool {
	return fn.Parent() == nil && strings.HasPrefix(fn.Name(), "init#")
}

// isMainFunc reports whether fn is a command's func main.
func isMainFunc(fn *ssa.Function) bool {
	return fn.Parent() == nil && fn.Name() == "main" && fn.Pkg.Pkg.Name() == "main"
}

// funcValues returns the functions of this package a function value can
// be: a function, a closure of a function literal, the functions a func
// variable holds.
func (c *checker) funcValues(v ssa.Value, funcVars map[*ssa.Global][]*ssa.Function, depth int) []*ssa.Function {
	if depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Function:
		if v.Pkg == c.ssapkg && v.Blocks != nil {
			return []*ssa.Function{v}
		}
	case *ssa.MakeClosure:
		return c.funcValues(v.Fn, funcVars, depth+1)
	case *ssa.ChangeType:
		return c.funcValues(v.X, funcVars, depth+1)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			return funcVars[g]
		}
	}
	return nil
}
