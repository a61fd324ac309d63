package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file knows what a package variable holds when it is copied at
// package initialization from a field of a settings struct that only later
// code fills (issue 12, GpsLypy/go-gin-example_lyp e3a069e, the shape of
// EDDYCJY/go-gin-example and its forks):
//
//	package setting
//	var AppSetting = &App{}            // filled by Setup, which main calls
//
//	package util
//	var jwtSecret = []byte(setting.AppSetting.JwtSecret)
//
// Go initializes every package before main runs, so jwtSecret copies the
// field's zero value: tokens are signed and accepted with an empty HMAC key.
//
// The settings package's initialization (its package initializer, the
// func init bodies and every function of the package they call or take as
// a value: initScan) is read for the uses of its variables: a variable
// whose only store there is a composite literal, new(T) or &T{...} (or none,
// for a struct value), whose fields are only read or stored into directly,
// and which is passed to no call, leaves zero the fields the literal and
// those stores do not set. The package exports them (initZeroFact, on
// exported variables). Anything in doubt leaves nothing zero: an interface
// method call or a call through a func value in the initialization, the
// variable or one of its fields passed to a call, a declaration the
// analysis skipped, a package of another module (a dependency: its
// importers are not all analyzed).
//
// The reading package judges a copy only in its own package initializer,
// into a variable that has that one store and is used only by loads
// (initZeroCopy). Its initialization must call no function of the module's
// other packages nor store into their variables (a var _ = setup() before
// the copy would fill the settings first); and every package of the module
// it depends on must say the same of its own initialization (initFact): a
// package whose initialization calls into another package of the module,
// or calls through values while importing one, may run the settings'
// loader before the copy. A package exports initFact only when one of its
// dependencies exported an initZeroFact: otherwise no copy it precedes can
// be judged zero, and the fact would only cost. initZeroFact is exported
// only for fields named like a key (keyishName), for the same reason.
//
// Not seen: a loader run at initialization by reflection or through a
// package of another module that calls back into the module's code by a
// value registered elsewhere than in the initialization's own code.

// initZeroFact lists the fields, as dotted paths from the variable ("Key",
// "JWT.Secret"), of text or bytes named like a key that a package variable's package leaves
// zero at the end of its initialization.
type initZeroFact struct {
	Fields []string
}

func (*initZeroFact) AFact()           {}
func (f *initZeroFact) String() string { return "jwtlint.initzero" }

// initFact is exported by a package of the analyzed module whose
// initialization may run code of the module's other packages: it calls
// their functions or stores into (or passes on) their variables (Touches,
// sorted), or it calls through an interface or a func value while
// importing one of them (Opaque).
type initFact struct {
	Touches []string
	Opaque  bool
}

func (*initFact) AFact()           {}
func (f *initFact) String() string { return "jwtlint.init" }

// initScan is what the package's own initialization does.
type initScan struct {
	// opaque: the initialization calls through an interface or a func
	// value, or the package was analyzed in part.
	opaque bool
	// touches are the module's other packages whose functions the
	// initialization calls or whose variables it stores into or passes on.
	touches map[string]bool
	// zero are the fields (dotted paths) each variable of the package is
	// left with at their zero value; a variable in doubt has no entry.
	zero map[*ssa.Global]map[string]bool
	// loadedOnly are the package's variables whose every use in the
	// package is a direct load or store (built on first use).
	loadedOnly map[*ssa.Global]bool
}

// inModule reports whether path is a package of the module being analyzed
// (without a module, as in GOPATH mode: any package outside the standard
// library).
func (c *checker) inModule(path string) bool {
	if m := c.pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	first, _, _ := strings.Cut(path, "/")
	return strings.Contains(first, ".")
}

// isPackageInit reports whether fn is a package initializer.
func isPackageInit(fn *ssa.Function) bool {
	return fn.Synthetic == "package initializer"
}

// initScanOnce reads the package's initialization.
func (c *checker) initScanOnce() *initScan {
	if c.inits != nil {
		return c.inits
	}
	s := &initScan{touches: map[string]bool{}, zero: map[*ssa.Global]map[string]bool{}}
	c.inits = s
	root := c.ssapkg.Func("init")
	if root == nil || len(c.complete.result().Skipped) > 0 {
		s.opaque = true
		return s
	}
	funcs := map[*ssa.Function]bool{}
	work := []*ssa.Function{root}
	add := func(fn *ssa.Function) {
		if fn != nil && fn.Pkg == c.ssapkg && !funcs[fn] {
			funcs[fn] = true
			work = append(work, fn)
		}
	}
	funcs[root] = true
	own := map[*ssa.Global]*globalUses{}
	usesOf := func(g *ssa.Global) *globalUses {
		u := own[g]
		if u == nil {
			u = &globalUses{set: map[string]bool{}}
			own[g] = u
		}
		return u
	}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					c.initCall(s, call.Common(), add)
				}
				var ops [8]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					switch v := (*op).(type) {
					case *ssa.Function:
						add(v.Origin())
						add(v)
					case *ssa.Global:
						if v.Pkg == c.ssapkg {
							globalUse(usesOf(v), instr, v)
						} else if v.Pkg != nil && c.inModule(v.Pkg.Pkg.Path()) {
							u := &globalUses{set: map[string]bool{}}
							globalUse(u, instr, v)
							if u.bad || len(u.stores) > 0 || len(u.set) > 0 {
								s.touches[v.Pkg.Pkg.Path()] = true
							}
						}
					}
				}
			}
		}
	}
	if s.opaque {
		return s
	}
	for _, m := range c.ssapkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok {
			continue
		}
		u := own[g]
		if u == nil {
			u = &globalUses{set: map[string]bool{}}
		}
		if z := u.zeroFields(g); len(z) > 0 {
			s.zero[g] = z
		}
	}
	return s
}

// initCall notes what a call of the initialization runs: functions of the
// package are read (add), other packages of the module are touched, calls
// through values are opaque when the package imports one of the module's
// other packages.
func (c *checker) initCall(s *initScan, common *ssa.CallCommon, add func(*ssa.Function)) {
	if _, ok := common.Value.(*ssa.Builtin); ok {
		return
	}
	fn := staticCallee(common)
	switch {
	case common.IsInvoke() || fn == nil || fn.Pkg == nil:
		if c.importsModule() {
			s.opaque = true
		}
	case fn.Pkg == c.ssapkg:
		add(fn)
	case isPackageInit(fn):
	case c.inModule(fn.Pkg.Pkg.Path()):
		s.touches[fn.Pkg.Pkg.Path()] = true
	}
}

// importsModule reports whether the package imports another package of
// the module: only then can a call through a value reach the module's code.
func (c *checker) importsModule() bool {
	return slices.ContainsFunc(c.pass.Pkg.Imports(), func(p *types.Package) bool { return c.inModule(p.Path()) })
}

// globalUses are the uses of one package variable in the initialization.
type globalUses struct {
	stores []*ssa.Store
	// set are the fields (dotted paths) stored into or whose address
	// leaves; bad: the variable itself is passed on.
	set map[string]bool
	bad bool
}

// globalUse notes one instruction of the initialization that uses g.
func globalUse(u *globalUses, instr ssa.Instruction, g *ssa.Global) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if instr.Addr == g && instr.Val != g {
			u.stores = append(u.stores, instr)
			return
		}
	case *ssa.UnOp:
		if instr.Op == token.MUL && instr.X == g {
			if _, ok := g.Type().(*types.Pointer).Elem().Underlying().(*types.Pointer); ok {
				u.pointerUses(instr)
			}
			return
		}
	case *ssa.FieldAddr:
		if instr.X == g {
			u.fieldUses(instr, "")
			return
		}
	case *ssa.DebugRef:
		return
	}
	u.bad = true
}

// pointerUses notes the uses of a pointer to the variable's struct: its
// fields may be read and stored into; anything else passes it on.
func (u *globalUses) pointerUses(p ssa.Value) {
	for _, ref := range *p.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			u.fieldUses(ref, "")
		case *ssa.BinOp, *ssa.DebugRef:
		default:
			u.bad = true
		}
	}
}

// fieldUses notes the uses of the address of a field (prefix is the path
// of the struct holding it): loads read it, a store or an address that
// leaves sets it.
func (u *globalUses) fieldUses(fa *ssa.FieldAddr, prefix string) {
	fv := structField(fa.X.Type(), fa.Field)
	if fv == nil {
		u.bad = true
		return
	}
	path := prefix + fv.Name()
	for _, ref := range *fa.Referrers() {
		switch ref := ref.(type) {
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				u.set[path] = true
			}
		case *ssa.FieldAddr:
			u.fieldUses(ref, path+".")
		case *ssa.DebugRef:
		default:
			u.set[path] = true // a store, or the address passed on
		}
	}
}

// zeroFields returns the fields of text or bytes named like a key
// (keyishName: JwtSecret, JWT.SigningKey) that g is left with at their zero
// value after the initialization, or nil.
func (u *globalUses) zeroFields(g *ssa.Global) map[string]bool {
	if u.bad || len(u.stores) > 1 {
		return nil
	}
	elem := g.Type().(*types.Pointer).Elem()
	var st *types.Struct
	if p, ok := elem.Underlying().(*types.Pointer); ok {
		// A pointer: its one store is a fresh struct (&T{...}, new(T)).
		st, _ = p.Elem().Underlying().(*types.Struct)
		if st == nil || len(u.stores) != 1 {
			return nil
		}
		alloc, ok := u.stores[0].Val.(*ssa.Alloc)
		if !ok || !u.allocUses(alloc, u.stores[0]) {
			return nil
		}
	} else {
		st, _ = elem.Underlying().(*types.Struct)
		if st == nil {
			return nil
		}
		if len(u.stores) == 1 {
			// A struct value: a zero constant, or a literal built in place.
			switch v := u.stores[0].Val.(type) {
			case *ssa.Const:
			case *ssa.UnOp:
				alloc, ok := v.X.(*ssa.Alloc)
				if v.Op != token.MUL || !ok || !u.allocUses(alloc, nil) {
					return nil
				}
			default:
				return nil
			}
		}
	}
	out := map[string]bool{}
	for _, p := range textFields(st, "", 0) {
		if keyishName(p) && !u.setAt(p) {
			out[p] = true
		}
	}
	return out
}

// allocUses notes the fields a composite literal or new(T) sets; it reports
// false when the struct is used otherwise than by its field stores, its
// store st into the variable and loads.
func (u *globalUses) allocUses(a *ssa.Alloc, st *ssa.Store) bool {
	for _, ref := range *a.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			u.fieldUses(ref, "")
		case *ssa.Store:
			if ref != st {
				return false
			}
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// setAt reports whether the field at path, or a struct holding it, is set.
func (u *globalUses) setAt(path string) bool {
	for p := path; ; {
		if u.set[p] {
			return true
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			return false
		}
		p = p[:i]
	}
}

// textFields returns the dotted paths of the string and byte slice fields
// of st, through fields holding structs (not pointers to them).
func textFields(st *types.Struct, prefix string, depth int) []string {
	if depth > 3 {
		return nil
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		switch u := f.Type().Underlying().(type) {
		case *types.Struct:
			out = append(out, textFields(u, prefix+f.Name()+".", depth+1)...)
		case *types.Basic, *types.Slice:
			if keyish(f.Type()) {
				out = append(out, prefix+f.Name())
			}
		}
	}
	return out
}

// exportInitFacts exports, for a package of the analyzed module, the
// fields its exported variables are left zero with (initZeroFact), and
// what its initialization runs of the module's other packages (initFact).
func (c *checker) exportInitFacts() {
	if isDependency(c.pass) || isStdlib(c.pass) {
		return
	}
	s := c.initScanOnce()
	if (s.opaque || len(s.touches) > 0) && c.depsLeaveZero() {
		f := &initFact{Opaque: s.opaque}
		for p := range s.touches {
			f.Touches = append(f.Touches, p)
		}
		slices.Sort(f.Touches)
		c.pass.ExportPackageFact(f)
	}
	for g, z := range s.zero {
		if obj := g.Object(); obj != nil && obj.Exported() {
			f := &initZeroFact{}
			for p := range z {
				f.Fields = append(f.Fields, p)
			}
			slices.Sort(f.Fields)
			c.pass.ExportObjectFact(obj, f)
		}
	}
}

// depsLeaveZero reports whether a package this one depends on leaves a
// field zero at its initialization (initZeroFact): only then can what this
// package's initialization runs matter to a copy of one (initFact).
func (c *checker) depsLeaveZero() bool {
	for _, f := range c.pass.AllObjectFacts() {
		if _, ok := f.Fact.(*initZeroFact); ok && f.Object.Pkg() != c.pass.Pkg {
			return true
		}
	}
	return false
}

// initZeroCopy returns the origin of the value st stores into g, a
// variable of this package, when st is g's only store, made by the package
// initializer, and copies a field of a package variable that the
// variable's package leaves zero: an empty key copied before the settings
// are loaded.
func (c *checker) initZeroCopy(g *ssa.Global, st *ssa.Store) ([]Origin, bool) {
	if !isPackageInit(st.Parent()) || len(c.index.globalStores[g]) != 1 || !c.loadedOnly(g) {
		return nil, false
	}
	src, path, at := fieldCopy(st.Val)
	if src == nil || src.Object() == nil {
		return nil, false
	}
	s := c.initScanOnce()
	if s.opaque {
		return nil, false
	}
	if src.Pkg == c.ssapkg {
		if !s.zero[src][path] {
			return nil, false
		}
	} else {
		var f initZeroFact
		if len(s.touches) > 0 || !c.pass.ImportObjectFact(src.Object(), &f) || !slices.Contains(f.Fields, path) || c.depInitsTouch() {
			return nil, false
		}
	}
	name := src.Object().Pkg().Name() + "." + src.Object().Name() + "." + path
	o := Origin{Kind: Literal, Pos: at, Len: 0, Bits: -1, Zero: true,
		Desc: g.Object().Name() + " is copied from " + name + " when package " + c.pass.Pkg.Name() + " is initialized, before the settings are loaded"}
	return []Origin{o}, true
}

// depInitsTouch reports whether a package this one depends on may run code
// of the module's other packages while it is initialized (initFact).
func (c *checker) depInitsTouch() bool {
	for _, f := range c.pass.AllPackageFacts() {
		if _, ok := f.Fact.(*initFact); ok && f.Package != c.pass.Pkg {
			return true
		}
	}
	return false
}

// loadedOnly reports whether every use of g in the package is a direct
// load or store: its address goes nowhere.
func (c *checker) loadedOnly(g *ssa.Global) bool {
	s := c.initScanOnce()
	if s.loadedOnly == nil {
		s.loadedOnly = map[*ssa.Global]bool{}
		bad := map[*ssa.Global]bool{}
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					var ops [8]*ssa.Value
					for i, op := range instr.Operands(ops[:0]) {
						gl, ok := (*op).(*ssa.Global)
						if !ok || gl.Pkg != c.ssapkg {
							continue
						}
						switch instr := instr.(type) {
						case *ssa.Store:
							if i == 0 && instr.Addr == gl {
								continue
							}
						case *ssa.UnOp:
							if instr.Op == token.MUL {
								continue
							}
						case *ssa.DebugRef:
							continue
						}
						bad[gl] = true
					}
				}
			}
		}
		for _, m := range c.ssapkg.Members {
			if gl, ok := m.(*ssa.Global); ok && !bad[gl] {
				s.loadedOnly[gl] = true
			}
		}
	}
	return s.loadedOnly[g]
}

// fieldCopy returns the package variable, the field path and the position
// of a value read from a field of it (setting.AppSetting.JwtSecret, maybe
// converted: []byte(...)), or nil.
func fieldCopy(v ssa.Value) (*ssa.Global, string, token.Pos) {
	v = unconverted(v)
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, "", token.NoPos
	}
	var names []string
	var at token.Pos
	a := load.X
	for {
		fa, ok := a.(*ssa.FieldAddr)
		if !ok {
			break
		}
		fv := structField(fa.X.Type(), fa.Field)
		if fv == nil {
			return nil, "", token.NoPos
		}
		if len(names) == 0 {
			at = fa.Pos() // the outermost selector
		}
		names = append(names, fv.Name())
		a = fa.X
	}
	if len(names) == 0 {
		return nil, "", token.NoPos
	}
	if l, ok := a.(*ssa.UnOp); ok && l.Op == token.MUL {
		a = l.X // through a pointer variable
	}
	g, ok := a.(*ssa.Global)
	if !ok {
		return nil, "", token.NoPos
	}
	slices.Reverse(names)
	return g, strings.Join(names, "."), at
}
