package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/weak"
	"golang.org/x/tools/go/ssa"
)

// This file follows keys into configuration whose default is written in the
// source (knowledge_config.go): a struct field with a default tag filled by a
// loader library, a flag, a viper default, cmp.Or(os.Getenv(…), "…"). Such a
// key comes from outside the program when the setting is set and is the
// literal default when it is not: its origins are External and the default,
// a Literal marked Default, so hardcoded-key reports that the key falls back
// to a hard-coded key. A program that refuses to start with the default
// (provenance_guard.go) is not reported.

// configIndex is what the package does with settings that have defaults:
// the flags and defaults stored through a pointer (flag.StringVar(&v, …)),
// by what they store into, and viper defaults by key. Built on first use.
type configIndex struct {
	// into maps a slot (a *ssa.Global, a *types.Var field, an *ssa.Alloc)
	// to the settings with a default stored into it.
	into map[any][]setting
	// byKey maps a setting's name ("viper:jwt.secret", "cli:secret") to
	// its defaults.
	byKey map[string][]setting
	// tags maps the position of a struct field of this package to its tag.
	tags map[token.Pos]*ast.BasicLit
	// loaders are the tag loaders the program imports (the package or its
	// dependencies, through configFact).
	loaders []*tagLoader
	// registrars are the package's functions that register a group of
	// settings under a name (provenance_registry.go).
	registrars map[*ssa.Function]*registrar
	// joined are the settings whose defaults this package joined to a
	// dependency's key sink ("viper:app.key@jwt.go:23"): exported so
	// that importers do not report them again.
	joined []string
}

// configIdx returns the package's configuration index, building it once.
func (c *checker) configIdx() *configIndex {
	if c.config != nil {
		return c.config
	}
	ix := &configIndex{into: map[any][]setting{}, byKey: map[string][]setting{}, tags: map[token.Pos]*ast.BasicLit{}, registrars: map[*ssa.Function]*registrar{}}
	c.config = ix
	kt := configKnowledge()
	var reg registryScan
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					c.flagLiteral(ix, st)
					continue
				}
				if mu, ok := instr.(*ssa.MapUpdate); ok {
					reg.mapUpdate(mu)
					continue
				}
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				reg.call(c, call)
				row, obj := c.configRow(call.Common())
				if row == nil {
					continue
				}
				sig := obj.Signature()
				set := c.callSetting(call, row, obj)
				if row.Into != "" {
					if p := callArg(call.Common(), sig, row.Into); p != nil {
						if s := slotOf(p); s != nil {
							ix.into[s] = append(ix.into[s], set)
						}
					}
				}
				if row.Key != "" {
					if k, ok := constString(callArg(call.Common(), sig, row.Key)); ok {
						ix.byKey[row.Lib+":"+k] = append(ix.byKey[row.Lib+":"+k], set)
					}
				}
			}
		}
	}
	c.indexRegistries(ix, &reg)
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if st, ok := n.(*ast.StructType); ok {
				for _, fld := range st.Fields.List {
					if fld.Tag == nil {
						continue
					}
					for _, name := range fld.Names {
						ix.tags[name.Pos()] = fld.Tag
					}
					if len(fld.Names) == 0 {
						ix.tags[fld.Type.Pos()] = fld.Tag
					}
				}
			}
			return true
		})
	}
	seen := map[*tagLoader]bool{}
	addLoader := func(path string) {
		if l := kt.loaders[path]; l != nil && !seen[l] {
			seen[l] = true
			ix.loaders = append(ix.loaders, l)
		}
	}
	for _, imp := range c.pass.Pkg.Imports() {
		addLoader(imp.Path())
	}
	for _, f := range c.pass.AllPackageFacts() {
		if cf, ok := f.Fact.(*configFact); ok {
			for _, p := range cf.Loaders {
				addLoader(p)
			}
		}
	}
	return ix
}

// A setting is a default a configuration API declares: the value a
// setting has when nothing outside the program sets it.
type setting struct {
	pos  token.Pos // the declaring call or literal
	via  string    // the API, as users write it
	val  ssa.Value // the default
	expr ast.Expr  // the default as written, nil when unknown
	fn   *ssa.Function
}

// callSetting returns the setting a call of a configuration row declares.
func (c *checker) callSetting(call *ssa.Call, row *configDefault, obj *types.Func) setting {
	s := setting{pos: call.Pos(), via: shortObjName(obj), val: callArg(call.Common(), obj.Signature(), row.Value), fn: call.Parent()}
	if i := paramIndex(obj.Signature(), row.Value); i >= 0 {
		s.expr = c.syn.callArg(call.Pos(), i)
	}
	return s
}

// flagLiteral indexes the default of a flag declared by a struct literal
// (urfave/cli's &cli.StringFlag{Name: "secret", Value: "…", Destination:
// &cfg.Secret}): by the slot its Destination points to and by its Name.
func (c *checker) flagLiteral(ix *configIndex, st *ssa.Store) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	name, fv := fieldName(fa.X.Type(), fa.Field)
	if fv == nil {
		return
	}
	lit := configKnowledge().flagStructs[name]
	if lit == nil {
		return
	}
	set := setting{pos: st.Pos(), via: shortFieldName(fa.X.Type(), fv), val: st.Val, expr: c.syn.stored[st.Pos()], fn: st.Parent()}
	for _, ref := range *fa.X.Referrers() {
		sib, ok := ref.(*ssa.FieldAddr)
		if !ok || sib.X != fa.X {
			continue
		}
		_, sfv := fieldName(sib.X.Type(), sib.Field)
		if sfv == nil {
			continue
		}
		for _, r := range *sib.Referrers() {
			sst, ok := r.(*ssa.Store)
			if !ok || sst.Addr != sib {
				continue
			}
			switch sfv.Name() {
			case lit.Into:
				if s := slotOf(sst.Val); s != nil {
					ix.into[s] = append(ix.into[s], set)
				}
			case lit.Key:
				if k, ok := constString(sst.Val); ok {
					ix.byKey[lit.Lib+":"+k] = append(ix.byKey[lit.Lib+":"+k], set)
				}
			}
		}
	}
}

// configRow returns the configuration row of the function a call calls.
func (c *checker) configRow(common *ssa.CallCommon) (*configDefault, *types.Func) {
	_, obj := c.callee(common)
	if obj == nil {
		return nil, nil
	}
	row := configKnowledge().defaults[obj.Origin().FullName()]
	if row == nil {
		return nil, nil
	}
	return row, obj
}

// slotOf returns what a pointer argument points to, as configIndex keys
// it: a package variable, a struct field, a local variable.
func slotOf(p ssa.Value) any {
	switch p := p.(type) {
	case *ssa.Global:
		return p
	case *ssa.FieldAddr:
		if fv := structField(p.X.Type(), p.Field); fv != nil {
			return fv
		}
	case *ssa.Alloc:
		return p
	}
	return nil
}

func constString(v ssa.Value) (string, bool) {
	k, ok := stripIface(v).(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(k.Value), true
}

// configCall returns the origins of a call of a configuration API: the
// setting a flag declaration returns (a pointer to it), a viper getter's
// value, cmp.Or's first non-zero argument.
func (t *tracer) configCall(call *ssa.Call, obj *types.Func, idx int, hint token.Pos) ([]Origin, bool) {
	name := obj.Origin().FullName()
	kt := configKnowledge()
	if r, ok := kt.readers[name]; ok {
		out := []Origin{{Kind: External, Pos: call.Pos(), Len: -1, Bits: -1, Via: shortObjName(obj)}}
		arg := callArg(call.Common(), obj.Signature(), r.Key)
		group, known := groupPrefix(call.Common(), obj, 0)
		if k, ok := constString(arg); ok && known {
			out[0].Setting = r.Lib + ":" + group + k
			out = append(out, t.settingDefaults(out[0].Setting)...)
		} else if i := paramOf(arg); i >= 0 && known && group == "" {
			out[0].Setting, out[0].SettingParam = r.Lib+":", i+1
		}
		return out, true
	}
	if p, ok := configConverters[name]; ok {
		if idx != 0 {
			return unknown(), true // the error of a ...E variant
		}
		if v := callArg(call.Common(), obj.Signature(), p); v != nil {
			return t.value(v, hint), true
		}
		return unknown(), true
	}
	row := kt.defaults[name]
	if row == nil || row.Into != "" || row.Key != "" {
		return nil, false
	}
	if row.All {
		var out []Origin
		for _, v := range variadicArgs(callArg(call.Common(), obj.Signature(), row.Value)) {
			out = append(out, t.value(v, hint)...)
		}
		if len(out) == 0 {
			return unknown(), true
		}
		return out, true
	}
	if idx != 0 {
		return unknown(), true
	}
	return t.defaultValue(t.c.callSetting(call, row, obj), nil), true
}

// groupPrefix returns the dotted name of the group of settings a method
// call's receiver is ("jwt." for viper.Sub("jwt").GetString), "" for a
// receiver that is no group, and whether the name is known (a group got
// by a name that is not constant is not).
func groupPrefix(common *ssa.CallCommon, obj *types.Func, depth int) (string, bool) {
	if obj.Signature().Recv() == nil || common.IsInvoke() || len(common.Args) == 0 || depth > 4 {
		return "", true
	}
	recv := common.Args[0]
	if ct, ok := recv.(*ssa.ChangeType); ok {
		recv = ct.X
	}
	sub, ok := recv.(*ssa.Call)
	if !ok {
		return "", true
	}
	subFn := staticCallee(sub.Common())
	if subFn == nil {
		return "", true
	}
	subObj, ok := subFn.Object().(*types.Func)
	if !ok {
		return "", true
	}
	g, ok := configKnowledge().groups[subObj.Origin().FullName()]
	if !ok {
		return "", true
	}
	name, ok := constString(callArg(sub.Common(), subObj.Signature(), g.Key))
	if !ok {
		return "", false
	}
	outer, known := groupPrefix(sub.Common(), subObj, depth+1)
	return outer + name + ".", known
}

// settingDefaults returns the defaults the package and its dependencies
// declare for the setting named key ("viper:app.key").
func (t *tracer) settingDefaults(key string) []Origin {
	var out []Origin
	for _, def := range t.c.configIdx().byKey[key] {
		out = append(out, t.defaultValue(def, nil)...)
	}
	return append(out, t.c.importedKeyDefaults(key)...)
}

// namedSetting resolves an External origin read from a setting named by a
// parameter of the callee (o.SettingParam) at a call: a constant argument
// names the setting, whose defaults join the origins; a parameter of the
// caller makes the caller a wrapper getter in turn.
func (t *tracer) namedSetting(o Origin, common *ssa.CallCommon) []Origin {
	i := o.SettingParam - 1
	o.SettingParam = 0
	if i >= len(common.Args) {
		o.Setting = ""
		return []Origin{o}
	}
	a := common.Args[i]
	if k, ok := constString(a); ok {
		o.Setting += k
		return append([]Origin{o}, t.settingDefaults(o.Setting)...)
	}
	if j := paramOf(a); j >= 0 {
		o.SettingParam = j + 1
		return []Origin{o}
	}
	o.Setting = ""
	return []Origin{o}
}

// paramOf returns the index of v among its function's parameters, -1 when
// v is no parameter.
func paramOf(v ssa.Value) int {
	p, ok := v.(*ssa.Parameter)
	if !ok || p.Parent() == nil {
		return -1
	}
	return slices.Index(p.Parent().Params, p)
}

// defaultValue returns the origins of a setting: from outside the
// program, or its default, marked Default. slot is where the setting is
// stored (for guards across packages).
func (t *tracer) defaultValue(set setting, slot types.Object) []Origin {
	out := []Origin{{Kind: External, Pos: set.pos, Len: -1, Bits: -1, Via: set.via}}
	v := set.val
	via := set.via
	if v == nil {
		return out
	}
	for _, o := range t.value(v, set.pos) {
		if o.Kind == Literal && o.Len == 0 {
			// An empty default is no key: programs check for it (and
			// short-key would call every optional flag an empty key).
			continue
		}
		if o.Kind == Literal {
			o.Default, o.Slot = true, slot
			if o.Via == "" {
				o.Via = "the default of " + via
			}
		}
		out = append(out, o)
	}
	return out
}

// variadicArgs returns the values a call passes in a variadic parameter:
// the elements stored into the array its slice is made of.
func variadicArgs(v ssa.Value) []ssa.Value {
	s, ok := v.(*ssa.Slice)
	if !ok {
		if v != nil {
			return []ssa.Value{v}
		}
		return nil
	}
	alloc, ok := s.X.(*ssa.Alloc)
	if !ok {
		return []ssa.Value{v}
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// intoDefaults returns the origins of the settings stored into slot by
// calls such as flag.StringVar(&slot, name, "default", usage).
func (t *tracer) intoDefaults(slot any) []Origin {
	obj := slotObject(slot)
	var out []Origin
	for _, set := range t.c.configIdx().into[slot] {
		out = append(out, t.defaultValue(set, obj)...)
	}
	return out
}

// tagDefault returns the origins a struct tag default gives field i of the
// struct type typ when the program imports a loader library that reads the
// tag: External (the loader fills it from outside) and the literal default.
func (t *tracer) tagDefault(typ types.Type, i int) []Origin {
	st := structOf(typ, i)
	if st == nil || st.Tag(i) == "" {
		return nil
	}
	ix := t.c.configIdx()
	fv := st.Field(i).Origin()
	loaders := ix.loaders
	if fv.Pkg() != nil && fv.Pkg() != t.c.pass.Pkg {
		// The declaring package's imports, as far as the type checker
		// knows them (facts say it when that package is analyzed).
		for _, imp := range fv.Pkg().Imports() {
			if l := configKnowledge().loaders[imp.Path()]; l != nil && !slices.Contains(loaders, l) {
				loaders = append(slices.Clip(loaders), l)
			}
		}
	}
	var out []Origin
	for _, l := range loaders {
		val, ok := reflect.StructTag(st.Tag(i)).Lookup(l.Tag)
		if !ok {
			continue
		}
		if l.Option != "" {
			val, ok = tagOption(val, l.Option, l.Rest)
			if !ok {
				continue
			}
		}
		if val == "" || strings.Contains(val, "${") {
			// No default, or one expanded from another variable
			// (envDefault:"${HOME}/key", kong's ${var}).
			continue
		}
		o := Origin{Kind: Literal, Len: len(val), Bits: -1, WellKnown: weak.Known(val), value: val, Default: true, Slot: fv,
			Via: "the " + l.Tag + " tag of " + slotDisplay(fv)}
		if fv.Pkg() == t.c.pass.Pkg {
			if lit := ix.tags[fv.Pos()]; lit != nil {
				o.Pos = lit.Pos()
			} else {
				o.Pos = fv.Pos()
			}
		} else {
			o.Where = t.c.position(fv.Pos())
		}
		out = append(out, Origin{Kind: External, Len: -1, Bits: -1, Via: l.Lib}, o)
		break
	}
	return out
}

// tagOption returns the value of the option with the given prefix in a
// tag value of comma-separated options ("NAME,default=VALUE"): up to the
// next comma, or with rest the rest of the tag, commas included.
func tagOption(val, prefix string, rest bool) (string, bool) {
	parts := strings.Split(val, ",")
	for i, p := range parts {
		if p = strings.TrimSpace(p); strings.HasPrefix(p, prefix) {
			if rest {
				p = strings.Join(append([]string{p}, parts[i+1:]...), ",")
			}
			return strings.TrimPrefix(p, prefix), true
		}
	}
	return "", false
}
