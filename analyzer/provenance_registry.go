package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file follows settings registered in groups by name and read back by
// a dotted path, the registry real configuration packages build on viper
// (sweep: 13808796047/gohub):
//
//	// package config (the wrapper)
//	var ConfigFuncs map[string]ConfigFunc
//	func Add(name string, fn ConfigFunc) { ConfigFuncs[name] = fn }
//	func loadConfig() { for name, fn := range ConfigFuncs { viper.Set(name, fn()) } }
//	func GetString(path string) string { return cast.ToString(viper.Get(path)) }
//
//	// the application's settings
//	config.Add("app", func() map[string]any { return map[string]any{"key": config.Env("APP_KEY", "…")} })
//
//	// the signing package
//	[]byte(config.GetString("app.key"))
//
// A setter by name whose value is a group (groupSetter, knowledge_config.go)
// called with the key and the value of a range over a package map makes the
// map a registry; an exported function storing its parameters into the map
// is a registrar (funcFact.Registers); each constant key of the group a call
// of it registers is a setting "name.key" with the group's value as its
// default (configIndex.byKey, exported as configFact.KeyDefaults).
//
// The package registering a group and the package reading the setting into
// a key sink often do not import each other: only main imports both. So a
// package exports the settings it reads into a key sink without knowing a
// default for them (configFact.SettingSinks), and the first package that
// sees both facts, through its imports, judges the default at the sink and
// reports at its import of the registering package (joinSettings).

// registrar describes a function that registers a group of settings under
// a name: the SSA indexes of its name and group parameters, the library
// the group goes to, and whether the group is a function returning the map
// (Call) or the map itself.
type registrar struct {
	Name, Group int
	Lib         string
	Call        bool
}

// registryScan collects, in one pass over the package, what registries
// are made of: setter calls, stores into package maps, calls of possible
// registrars.
type registryScan struct {
	setters []*ssa.Call
	updates map[*ssa.Global][]*ssa.MapUpdate
	calls   []*ssa.Call
}

func (r *registryScan) mapUpdate(mu *ssa.MapUpdate) {
	load, ok := mu.Map.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return
	}
	if r.updates == nil {
		r.updates = map[*ssa.Global][]*ssa.MapUpdate{}
	}
	r.updates[g] = append(r.updates[g], mu)
}

func (r *registryScan) call(c *checker, call *ssa.Call) {
	_, obj := c.callee(call.Common())
	if obj == nil {
		return
	}
	if _, ok := configKnowledge().setters[obj.Origin().FullName()]; ok {
		r.setters = append(r.setters, call)
		return
	}
	r.calls = append(r.calls, call)
}

// indexRegistries finds the package's registries and registrars and
// indexes the settings its calls register.
func (c *checker) indexRegistries(ix *configIndex, r *registryScan) {
	kt := configKnowledge()
	regs := map[*ssa.Global]registrar{}
	for _, call := range r.setters {
		_, obj := c.callee(call.Common())
		row := kt.setters[obj.Origin().FullName()]
		sig := obj.Signature()
		v := stripIface(callArg(call.Common(), sig, row.Value))
		if row.Key == "" {
			// The group is the registry's root (koanf's confmap.Provider).
			c.indexGroup(ix, row.Lib, "", v, false, shortObjName(obj))
			continue
		}
		k := callArg(call.Common(), sig, row.Key)
		if name, ok := constString(k); ok {
			c.indexGroup(ix, row.Lib, name, v, false, shortObjName(obj))
			continue
		}
		g, next := rangedMap(k)
		if g == nil {
			continue
		}
		switch v := v.(type) {
		case *ssa.Call:
			if e, ok := v.Common().Value.(*ssa.Extract); ok && e.Tuple == next && e.Index == 2 {
				regs[g] = registrar{Lib: row.Lib, Call: true}
			}
		case *ssa.Extract:
			if v.Tuple == next && v.Index == 2 {
				regs[g] = registrar{Lib: row.Lib}
			}
		}
	}
	for g, reg := range regs {
		for _, mu := range r.updates[g] {
			if name, ok := constString(mu.Key); ok {
				c.indexGroup(ix, reg.Lib, name, mu.Value, reg.Call, "")
				continue
			}
			ni, gi := paramOf(mu.Key), paramOf(mu.Value)
			if ni >= 0 && gi >= 0 && mu.Key.Parent() == mu.Parent() && mu.Value.Parent() == mu.Parent() {
				reg := reg
				reg.Name, reg.Group = ni, gi
				ix.registrars[mu.Parent()] = &reg
			}
		}
	}
	for _, call := range r.calls {
		fn, obj := c.callee(call.Common())
		reg := ix.registrars[fn]
		if reg == nil && obj != nil && obj.Pkg() != c.pass.Pkg {
			var f funcFact
			if c.pass.ImportObjectFact(obj.Origin(), &f) {
				reg = f.Registers
			}
		}
		args := call.Common().Args
		if reg == nil || reg.Name >= len(args) || reg.Group >= len(args) {
			continue
		}
		if name, ok := constString(args[reg.Name]); ok {
			c.indexGroup(ix, reg.Lib, name, args[reg.Group], reg.Call, shortObjName(obj)+"(\""+name+"\")")
		}
	}
}

// rangedMap returns the package map whose range gives k as its key, and
// the range's Next, or nil.
func rangedMap(k ssa.Value) (*ssa.Global, *ssa.Next) {
	e, ok := k.(*ssa.Extract)
	if !ok || e.Index != 1 {
		return nil, nil
	}
	next, ok := e.Tuple.(*ssa.Next)
	if !ok || next.IsString {
		return nil, nil
	}
	rng, ok := next.Iter.(*ssa.Range)
	if !ok {
		return nil, nil
	}
	load, ok := rng.X.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, nil
	}
	g, _ := load.X.(*ssa.Global)
	return g, next
}

// stripIface returns v without the conversions to an interface or a named
// type wrapped around it.
func stripIface(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
}

// indexGroup indexes the settings of a group registered under name: the
// constant keys of the map literal v is (or, with call, the function v is
// returns), each as setting "lib:name.key" ("lib:key" when name is empty:
// the root) whose default is its value.
func (c *checker) indexGroup(ix *configIndex, lib, name string, v ssa.Value, call bool, via string) {
	var maps []*ssa.MakeMap
	v = stripIface(v)
	if call {
		var f *ssa.Function
		switch g := v.(type) {
		case *ssa.MakeClosure:
			f, _ = g.Fn.(*ssa.Function)
		case *ssa.Function:
			f = g
		}
		if f == nil {
			return
		}
		for _, b := range f.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
				if mm, ok := stripIface(ret.Results[0]).(*ssa.MakeMap); ok {
					maps = append(maps, mm)
				}
			}
		}
	} else if mm, ok := v.(*ssa.MakeMap); ok {
		maps = append(maps, mm)
	}
	if via == "" {
		via = "the registry"
	}
	for _, mm := range maps {
		for _, ref := range *mm.Referrers() {
			mu, ok := ref.(*ssa.MapUpdate)
			if !ok || mu.Map != mm {
				continue
			}
			k, ok := constString(mu.Key)
			if !ok {
				continue
			}
			path := k
			if name != "" {
				path = name + "." + k
			}
			ix.byKey[lib+":"+path] = append(ix.byKey[lib+":"+path], setting{pos: mu.Pos(), via: path + " registered by " + via, val: mu.Value, fn: mu.Parent()})
		}
	}
}

// settingSink is a key sink fed by a setting read by name for which the
// reading package knows no default: a package that sees a default for it
// registered elsewhere joins the two (joinSettings).
type settingSink struct {
	Setting string // "viper:app.key"
	API     string
	Lib     string
	Role    Role
	Where   string
	Alg     string
	Keyfunc bool
}

// settingSinks returns the package's key sinks fed by a setting it knows
// no default for, sorted.
func (c *checker) settingSinks() []settingSink {
	var out []settingSink
	seen := map[string]bool{}
	for _, u := range c.uses {
		if slices.ContainsFunc(u.Origins, func(o Origin) bool { return o.Default }) {
			continue
		}
		for _, o := range u.Origins {
			if o.Kind != External || o.Setting == "" || o.SettingParam > 0 || strings.HasSuffix(o.Setting, ":") {
				continue
			}
			where := u.Where
			if where == "" {
				where = c.position(u.Pos)
			}
			s := settingSink{Setting: o.Setting, API: u.Name, Lib: u.API.Lib, Role: u.Role, Where: where, Alg: u.Alg, Keyfunc: u.Keyfunc}
			if k := s.Setting + "@" + s.Where; !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	slices.SortFunc(out, func(a, b settingSink) int { return strings.Compare(a.Setting+"@"+a.Where, b.Setting+"@"+b.Where) })
	return out
}

// joinSettings judges, at this package's import of the package that
// registers it, the default of a setting that a dependency reads into a
// key sink without seeing that default (neither imports the other), unless
// a dependency of this package joined it already.
func (c *checker) joinSettings() {
	type def struct {
		pkg     *types.Package
		origins []factOrigin
	}
	defaults := map[string][]def{}
	var sinks []settingSink
	joined := map[string]bool{}
	for _, f := range c.pass.AllPackageFacts() {
		cf, ok := f.Fact.(*configFact)
		if !ok || f.Package == c.pass.Pkg {
			continue
		}
		for _, kd := range cf.KeyDefaults {
			defaults[kd.Key] = append(defaults[kd.Key], def{f.Package, kd.Origins})
		}
		sinks = append(sinks, cf.SettingSinks...)
		for _, j := range cf.Joined {
			joined[j] = true
		}
	}
	ix := c.configIdx()
	for _, s := range sinks {
		k := s.Setting + "@" + s.Where
		ds := defaults[s.Setting]
		if joined[k] || len(ds) == 0 || slices.Contains(ix.joined, k) {
			continue
		}
		slices.SortFunc(ds, func(a, b def) int { return strings.Compare(a.pkg.Path(), b.pkg.Path()) })
		spec := c.importOf(ds[0].pkg)
		if spec == nil {
			continue
		}
		origins := []Origin{{Kind: External, Len: -1, Bits: -1, Setting: s.Setting}}
		for _, d := range ds {
			origins = append(origins, fromFact(d.origins)...)
		}
		_, name, _ := strings.Cut(s.Setting, ":")
		u := &KeyUse{API: &API{Name: s.API, Lib: s.Lib, Role: s.Role}, Name: s.API, Role: s.Role, Keyfunc: s.Keyfunc, Via: "setting " + name, Where: s.Where, Alg: s.Alg, Origins: origins}
		c.setRange(u, spec.Path, spec.Pos())
		c.addUse(u)
		ix.joined = append(ix.joined, k)
	}
	slices.Sort(ix.joined)
}

// importOf returns this package's import of pkg, or of the first package
// through which it imports pkg; nil when none is found.
func (c *checker) importOf(pkg *types.Package) *ast.ImportSpec {
	reach := map[*types.Package]bool{}
	var reaches func(p *types.Package) bool
	reaches = func(p *types.Package) bool {
		if p == pkg {
			return true
		}
		if r, ok := reach[p]; ok {
			return r
		}
		reach[p] = false
		for _, q := range p.Imports() {
			if reaches(q) {
				reach[p] = true
				return true
			}
		}
		return false
	}
	byPath := map[string]*types.Package{}
	for _, p := range c.pass.Pkg.Imports() {
		byPath[p.Path()] = p
	}
	var through *ast.ImportSpec
	for _, f := range c.pass.Files {
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			if path == pkg.Path() {
				return spec
			}
			if p := byPath[path]; through == nil && p != nil && reaches(p) {
				through = spec
			}
		}
	}
	return through
}
