package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file answers, for a key read from the environment, "does the
// program ever look at it before it signs or verifies with it?". An unset
// variable is an empty string, and JWT libraries sign with an empty HMAC key
// (issue 13 item 4). So is a setting with no default read by a getter that
// returns "" for it (viper.GetString, knowledge_config.go), whose test of
// presence (viper.IsSet of its name) counts as a look too (issue 12). The answer errs towards "checked": any comparison of
// the value (key == "", len(key) < 32, key != defaultKey) but one with nil
// (a []byte conversion is never nil), any len of it, a
// use of LookupEnv's ok, or any use it escapes to that we cannot see into
// (a call of another package's function, a map, a channel) counts, wherever
// it is in the package: in the function of the sink, in init, in a
// validation method of the config struct the key is stored in. Only a value
// that goes nowhere but into JWT libraries is unchecked.

// envRead is an os.Getenv or os.LookupEnv call of the package, or a call of
// a getter of a setting by name that returns "" for a setting nothing sets
// (knowledge_config.go: keyReader.EmptyUnset, viper.GetString).
type envRead struct {
	call *ssa.Call
	name string // the variable or setting, "" when not a constant
	// lib is the library of a setting getter ("viper"), "" for the
	// environment: reads of one name are one variable only within one
	// library.
	lib string
}

// envReadAt returns the environment read whose call is at pos, or false.
func (c *checker) envReadAt(pos token.Pos) (envRead, bool) {
	for _, r := range c.envReads() {
		if r.call.Pos() == pos {
			return r, true
		}
	}
	return envRead{}, false
}

// envReads lists the package's calls of os.Getenv and os.LookupEnv, and of
// the setting getters that return "" for an unset setting. The same walk
// records which settings the package tests the presence of (settingAsked).
func (c *checker) envReads() []envRead {
	if c.envReadList != nil {
		return *c.envReadList
	}
	cfg := configKnowledge()
	out := []envRead{}
	c.askedSettings = map[string]bool{}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				callee := staticCallee(call.Common())
				if callee == nil || callee.Pkg == nil {
					continue
				}
				if callee.Pkg.Pkg.Path() == "os" && (callee.Name() == "Getenv" || callee.Name() == "LookupEnv") {
					r := envRead{call: call}
					if len(call.Call.Args) == 1 {
						r.name, _ = constString(call.Call.Args[0])
					}
					out = append(out, r)
					continue
				}
				obj, ok := callee.Object().(*types.Func)
				if !ok {
					continue
				}
				name := obj.Origin().FullName()
				if p, ok := cfg.presence[name]; ok {
					// viper.IsSet(name); a name we cannot read asks of
					// every setting of the library ("").
					group, known := groupPrefix(call.Common(), obj, 0)
					k, ok := constString(callArg(call.Common(), obj.Signature(), p.Key))
					if !known || !ok {
						k, group = "", ""
					}
					c.askedSettings[p.Lib+"\x00"+group+k] = true
					continue
				}
				kr, ok := cfg.readers[name]
				if !ok || !kr.EmptyUnset {
					continue
				}
				r := envRead{call: call, lib: kr.Lib}
				group, known := groupPrefix(call.Common(), obj, 0)
				if k, ok := constString(callArg(call.Common(), obj.Signature(), kr.Key)); ok && known {
					r.name = group + k
				}
				out = append(out, r)
			}
		}
	}
	c.envReadList = &out
	return out
}

// settingAsked reports whether the package tests whether the setting name
// of lib is set (viper.IsSet(name), knowledge_config.go: presence), or asks
// of a setting of lib whose name it cannot read.
func (c *checker) settingAsked(lib, name string) bool {
	c.envReads()
	return c.askedSettings[lib+"\x00"+name] || c.askedSettings[lib+"\x00"]
}

// uncheckedRead reports whether an origin is a read of a variable or
// setting that is empty when unset, with no default, that the program never
// looks at, and says which: "variable" or "setting", and its name ("" when
// not constant). A read in this package is judged here (envChecked); one
// in another package was judged there (Origin.Unset), and is judged here
// by what this package does with the function result or variable it came
// through (importChecked).
func (c *checker) uncheckedRead(o Origin) (unset, name string, ok bool) {
	if o.Kind != External {
		return "", "", false
	}
	if o.Where != "" {
		if o.Unset == "" || o.unsetFrom == nil || c.importChecked(o.unsetFrom, o.unsetIdx) {
			return "", "", false
		}
		return o.Unset, o.UnsetName, true
	}
	if !o.Pos.IsValid() {
		return "", "", false
	}
	read, ok := c.envReadAt(o.Pos)
	if !ok {
		return "", "", false
	}
	unset, name = "variable", read.name
	if read.lib != "" {
		// A setting read by name: judged only when its name is known, so
		// that its defaults are among the origins (a default is
		// hardcoded-key's finding).
		if o.Setting == "" || o.SettingParam != 0 {
			return "", "", false
		}
		unset, name = "setting", strings.TrimPrefix(o.Setting, read.lib+":")
	}
	if c.envChecked(read) {
		return "", "", false
	}
	return unset, name, true
}

// importChecked reports whether this package looks at result idx of a
// function of another package, or at a variable or field of it, as
// envChecked does at a read.
func (c *checker) importChecked(from types.Object, idx int) bool {
	w := envWalk{c: c, seen: map[ssa.Value]bool{}}
	switch from := from.(type) {
	case *types.Func:
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					if _, obj := c.callee(call.Common()); obj == nil || obj.Origin() != from.Origin() {
						continue
					}
					if call.Type() == nil || from.Signature().Results().Len() == 1 {
						w.push(call)
						continue
					}
					for _, r := range *call.Referrers() {
						if ex, ok := r.(*ssa.Extract); ok && ex.Index == idx {
							w.push(ex)
						}
					}
				}
			}
		}
	case *types.Var:
		if from.IsField() {
			for _, l := range w.loadsOf(from) {
				w.push(l)
			}
			break
		}
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL {
						if g, ok := u.X.(*ssa.Global); ok && g.Object() == from {
							w.push(u)
						}
					}
				}
			}
		}
	default:
		return true
	}
	return w.run()
}

// maxEnvValues bounds the values one check follows; past it the key counts
// as checked.
const maxEnvValues = 512

// envChecked reports whether the value read by r, or by any read of the
// same variable in the package, is looked at anywhere (see the comment at
// the top of this file).
func (c *checker) envChecked(r envRead) bool {
	if r.lib != "" && r.name != "" && c.settingAsked(r.lib, r.name) {
		return true
	}
	w := envWalk{c: c, seen: map[ssa.Value]bool{}}
	for _, other := range c.envReads() {
		if other.call == r.call || (r.name != "" && other.name == r.name && other.lib == r.lib) {
			w.push(other.call)
		}
	}
	return w.run()
}

// run follows the pushed values, and reports whether any use looks at one.
func (w *envWalk) run() bool {
	for len(w.work) > 0 {
		if len(w.seen) > maxEnvValues {
			return true
		}
		v := w.work[len(w.work)-1]
		w.work = w.work[:len(w.work)-1]
		if w.checks(v) {
			return true
		}
	}
	return false
}

// An envWalk follows a value read from the environment forward.
type envWalk struct {
	c    *checker
	seen map[ssa.Value]bool
	work []ssa.Value
	// loads are the package's loads of globals and fields, built on first
	// need.
	loads map[any][]ssa.Value
}

func (w *envWalk) push(v ssa.Value) {
	if v != nil && !w.seen[v] {
		w.seen[v] = true
		w.work = append(w.work, v)
	}
}

// checks reports whether a use of v looks at it, pushing the values it
// flows into.
func (w *envWalk) checks(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.BinOp:
			switch ref.Op {
			case token.EQL, token.NEQ:
				if isNilConst(ref.X) || isNilConst(ref.Y) {
					// []byte(os.Getenv(name)) is never nil, empty or
					// not: comparing it with nil refuses nothing
					// (realworldA.example/nilcheck).
					continue
				}
				return true
			case token.LSS, token.LEQ, token.GTR, token.GEQ:
				return true
			case token.ADD:
				w.push(ref)
			}
		case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.MultiConvert, *ssa.Slice, *ssa.Phi, *ssa.TypeAssert, *ssa.SliceToArrayPointer:
			w.push(ref.(ssa.Value))
		case *ssa.UnOp:
			if ref.Op == token.MUL {
				w.push(ref)
			}
		case *ssa.IndexAddr:
			for _, r := range *ref.Referrers() {
				if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
					w.push(load)
				}
			}
		case *ssa.Extract:
			if ref.Index == 1 { // LookupEnv's ok: looking at it is a check
				if rs := ref.Referrers(); rs != nil && len(*rs) > 0 {
					return true
				}
				continue
			}
			w.push(ref)
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			if !w.stored(ref.Addr) {
				return true
			}
		case *ssa.Return:
			fn := ref.Parent()
			i := slices.Index(ref.Results, v)
			for _, site := range w.c.index.callSites[fn] {
				call, ok := site.(*ssa.Call)
				if !ok {
					continue
				}
				if len(ref.Results) == 1 {
					w.push(call)
					continue
				}
				for _, cr := range *call.Referrers() {
					if ex, ok := cr.(*ssa.Extract); ok && ex.Index == i {
						w.push(ex)
					}
				}
			}
		case ssa.CallInstruction:
			if w.call(ref, v) {
				return true
			}
		case *ssa.DebugRef, *ssa.If, *ssa.Jump:
		default:
			return true // a map, a channel, a panic: we cannot see what happens
		}
	}
	return false
}

// stored follows a store of the value to addr: to the loads of the local
// variable (and of closures that capture it), of the package variable, or
// of the struct field anywhere in the package. It returns false when the
// address is one we cannot follow.
func (w *envWalk) stored(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.Alloc:
		for _, r := range *a.Referrers() {
			switch r := r.(type) {
			case *ssa.UnOp:
				if r.Op == token.MUL {
					w.push(r)
				}
			case *ssa.MakeClosure:
				fn := r.Fn.(*ssa.Function)
				if i := slices.Index(r.Bindings, ssa.Value(a)); i >= 0 && i < len(fn.FreeVars) {
					for _, fr := range *fn.FreeVars[i].Referrers() {
						if load, ok := fr.(*ssa.UnOp); ok && load.Op == token.MUL {
							w.push(load)
						}
					}
				}
			case *ssa.Store, *ssa.DebugRef:
			default:
				return false
			}
		}
		return true
	case *ssa.Global:
		for _, l := range w.loadsOf(a) {
			w.push(l)
		}
		return true
	case *ssa.IndexAddr:
		// An element of an array or slice, as the arguments of a
		// variadic call (fmt.Println(key)): follow the array.
		if _, isAlloc := a.X.(*ssa.Alloc); isAlloc {
			w.push(a.X)
			return true
		}
		return false
	case *ssa.FieldAddr:
		_, fv := fieldName(a.X.Type(), a.Field)
		if fv == nil {
			return false
		}
		for _, l := range w.loadsOf(fv) {
			w.push(l)
		}
		return true
	}
	return false
}

// loadsOf returns the package's loads of a global (*ssa.Global) or of a
// struct field (*types.Var, through a pointer or from a struct value).
func (w *envWalk) loadsOf(k any) []ssa.Value {
	if w.loads == nil {
		w.loads = map[any][]ssa.Value{}
		for _, fn := range w.c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case *ssa.UnOp:
						if instr.Op != token.MUL {
							continue
						}
						switch x := instr.X.(type) {
						case *ssa.Global:
							w.loads[x] = append(w.loads[x], instr)
						case *ssa.FieldAddr:
							if _, fv := fieldName(x.X.Type(), x.Field); fv != nil {
								w.loads[fv] = append(w.loads[fv], instr)
							}
						}
					case *ssa.Field:
						if _, fv := fieldName(instr.X.Type(), instr.Field); fv != nil {
							w.loads[fv] = append(w.loads[fv], instr)
						}
					}
				}
			}
		}
	}
	return w.loads[k]
}

// call follows v passed to a call: len looks at it; a function of this
// package gets it as its parameter; a JWT library takes it as a key; append
// and the standard library make new values of it (strings.TrimSpace(key) ==
// "" is a check; fmt.Println(key) is none). Anything else (another
// package's function) may check it: true.
func (w *envWalk) call(instr ssa.CallInstruction, v ssa.Value) bool {
	common := instr.Common()
	result := func() {
		if call, ok := instr.(*ssa.Call); ok {
			w.push(call)
		}
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "len":
			return true
		case "append":
			result()
			return false
		}
		return true
	}
	if common.Value == v {
		return true // called: not a key
	}
	var obj *types.Func
	fn := staticCallee(common)
	if common.IsInvoke() {
		obj = common.Method
	} else if fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj != nil && obj.Pkg() != nil && w.c.table.paths[rowPackage(obj.Origin().FullName())] {
		return false // the key enters a JWT library
	}
	if obj != nil && obj.Pkg() != nil && std(obj.Pkg().Path()) {
		result()
		return false
	}
	if fn != nil && fn.Pkg == w.c.ssapkg && fn.Blocks != nil {
		for i, a := range common.Args {
			if a == v && i < len(fn.Params) {
				w.push(fn.Params[i])
			}
		}
		return false
	}
	return true
}

// isNilConst reports whether v is the constant nil.
func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}
