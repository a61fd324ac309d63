package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file finds programs that refuse to start with a configuration
// default: a key whose default is "changeme" is no hard-coded key when the
// program checks
//
//	if cfg.Secret == "changeme" { log.Fatal("set JWT_SECRET") }
//
// A comparison of the setting with its default whose equal branch panics,
// exits, logs fatally or returns an error guards the default: the default
// is then never the key in use. The guard may be anywhere in the package
// (a Validate method called at start-up): jwtlint does not prove that it
// runs before the key is used. Guards of a field or variable of this
// package are exported (configFact.Guarded) for its importers.

// guardIndex lists the defaults the package refuses to run with, by the
// position of the default (defaults of this package) and by the slot the
// setting is stored in.
type guardIndex struct {
	pos      map[token.Pos]bool
	slots    map[types.Object]bool
	building bool
}

// guards returns the package's guard index, built once.
func (c *checker) guards() *guardIndex {
	if c.guard != nil {
		return c.guard
	}
	g := &guardIndex{pos: map[token.Pos]bool{}, slots: map[types.Object]bool{}, building: true}
	c.guard = g
	t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
			if !ok {
				continue
			}
			cmp, ok := ifi.Cond.(*ssa.BinOp)
			if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) || !isString(cmp.X.Type()) {
				continue
			}
			refusal := b.Succs[0]
			if cmp.Op == token.NEQ {
				refusal = b.Succs[1]
			}
			if !refuses(refusal) {
				continue
			}
			for _, side := range [2][2]ssa.Value{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
				want, ok := t.literalValue(side[1])
				if !ok {
					continue
				}
				t.visiting = map[ssa.Value]bool{}
				for _, o := range t.value(side[0], cmp.Pos()) {
					if !o.Default || o.value != want {
						continue
					}
					if o.Pos.IsValid() {
						g.pos[o.Pos] = true
					}
					if o.Slot != nil {
						g.slots[o.Slot] = true
					}
				}
			}
		}
	}
	g.building = false
	return g
}

// literalValue returns the text of v when it is one literal (a constant, a
// variable holding only a literal).
func (t *tracer) literalValue(v ssa.Value) (string, bool) {
	if s, ok := constString(v); ok {
		return s, true
	}
	t.visiting = map[ssa.Value]bool{}
	os := t.value(v, v.Pos())
	if len(os) == 1 && os[0].Kind == Literal && !os[0].Default && os[0].Where == "" {
		return os[0].value, true
	}
	return "", false
}

// refuses reports whether a block, or the blocks it leads to without a
// branch, stops the program or the operation: a panic, os.Exit, a fatal
// log call, or a return of a non-nil error.
func refuses(b *ssa.BasicBlock) bool {
	for i := 0; i < 4 && b != nil; i++ {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Panic:
				return true
			case *ssa.Return:
				for _, r := range instr.Results {
					if isErrorType(r.Type()) {
						if k, ok := r.(*ssa.Const); !ok || !k.IsNil() {
							return true
						}
					}
				}
				return false
			case ssa.CallInstruction:
				if stopsProgram(instr.Common()) {
					return true
				}
			}
		}
		if len(b.Succs) != 1 {
			return false
		}
		b = b.Succs[0]
	}
	return false
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// stopsProgram reports whether a call ends the program: os.Exit, and the
// Fatal and Panic functions and methods of the log packages (log, logrus,
// zap, zerolog's Fatal().Msg chain starts with Fatal).
func stopsProgram(common *ssa.CallCommon) bool {
	var obj *types.Func
	if common.IsInvoke() {
		obj = common.Method
	} else if fn := common.StaticCallee(); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj == nil {
		return false
	}
	if obj.Pkg() != nil && obj.Pkg().Path() == "os" && obj.Name() == "Exit" {
		return true
	}
	name := obj.Name()
	return strings.HasPrefix(name, "Fatal") || (strings.HasPrefix(name, "Panic") && obj.Pkg() != nil && strings.Contains(obj.Pkg().Path(), "log"))
}

// guardedSlot reports whether the default stored in slot is refused, by
// this package or by the package that declares slot.
func (c *checker) guardedSlot(slot types.Object) bool {
	if slot == nil {
		return false
	}
	if g := c.guards(); !g.building && g.slots[slot] {
		return true
	}
	if slot.Pkg() == nil || slot.Pkg() == c.pass.Pkg {
		return false
	}
	var f configFact
	return c.pass.ImportPackageFact(slot.Pkg(), &f) && slices.Contains(f.Guarded, slotKey(slot))
}

// dropGuarded removes the defaults the program refuses to run with from
// the origins of a key; nothing left is Unknown.
func (c *checker) dropGuarded(os []Origin) []Origin {
	if !slices.ContainsFunc(os, func(o Origin) bool { return o.Default }) {
		return os
	}
	g := c.guards()
	if g.building {
		return os
	}
	out := slices.DeleteFunc(slices.Clone(os), func(o Origin) bool {
		return o.Default && ((o.Pos.IsValid() && g.pos[o.Pos]) || c.guardedSlot(o.Slot))
	})
	if len(out) == 0 {
		return unknown()
	}
	return out
}
