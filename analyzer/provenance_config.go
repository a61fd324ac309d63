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
	// to the calls that store a setting with a default into it.
	into map[any][]*ssa.Call
	// byKey maps a viper key to the calls that set its default.
	byKey map[string][]*ssa.Call
	// tags maps the position of a struct field of this package to its tag.
	tags map[token.Pos]*ast.BasicLit
	// loaders are the tag loaders the program imports (the package or its
	// dependencies, through configFact).
	loaders []*tagLoader
}

// configIdx returns the package's configuration index, building it once.
func (c *checker) configIdx() *configIndex {
	if c.config != nil {
		return c.config
	}
	ix := &configIndex{into: map[any][]*ssa.Call{}, byKey: map[string][]*ssa.Call{}, tags: map[token.Pos]*ast.BasicLit{}}
	c.config = ix
	kt := configKnowledge()
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				row, obj := c.configRow(call.Common())
				if row == nil {
					continue
				}
				sig := obj.Signature()
				if row.Into != "" {
					if p := callArg(call.Common(), sig, row.Into); p != nil {
						if s := slotOf(p); s != nil {
							ix.into[s] = append(ix.into[s], call)
						}
					}
				}
				if row.Key != "" {
					if k, ok := constString(callArg(call.Common(), sig, row.Key)); ok {
						ix.byKey[k] = append(ix.byKey[k], call)
					}
				}
			}
		}
	}
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
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		}
		break
	}
	k, ok := v.(*ssa.Const)
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
	if lib, ok := kt.readers[name]; ok && lib != "" {
		out := []Origin{{Kind: External, Pos: call.Pos(), Len: -1, Bits: -1, Via: shortObjName(obj)}}
		if k, ok := constString(callArg(call.Common(), obj.Signature(), "key")); ok {
			for _, def := range t.c.configIdx().byKey[k] {
				out = append(out, t.defaultValue(def, nil)...)
			}
			out = append(out, t.c.importedKeyDefaults(k)...)
		}
		return out, true
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
	return t.defaultValue(call, nil), true
}

// defaultValue returns the origins of the setting a configuration call
// declares: from outside the program, or its default, marked Default.
// slot is where the setting is stored (for guards across packages).
func (t *tracer) defaultValue(call *ssa.Call, slot types.Object) []Origin {
	row, obj := t.c.configRow(call.Common())
	if row == nil {
		return unknown()
	}
	via := shortObjName(obj)
	out := []Origin{{Kind: External, Pos: call.Pos(), Len: -1, Bits: -1, Via: via}}
	v := callArg(call.Common(), obj.Signature(), row.Value)
	if v == nil {
		return out
	}
	for _, o := range t.value(v, call.Pos()) {
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
	var obj types.Object
	switch s := slot.(type) {
	case *ssa.Global:
		obj = s.Object()
	case *types.Var:
		obj = s
	}
	var out []Origin
	for _, call := range t.c.configIdx().into[slot] {
		out = append(out, t.defaultValue(call, obj)...)
	}
	return out
}

// tagDefault returns the origins a struct tag default gives field i of the
// struct type typ when the program imports a loader library that reads the
// tag: External (the loader fills it from outside) and the literal default.
func (t *tracer) tagDefault(typ types.Type, i int) []Origin {
	typ = types.Unalias(typ)
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	st, ok := typ.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	if st.Tag(i) == "" {
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
			val, ok = tagOption(val, l.Option)
			if !ok {
				continue
			}
		}
		if val == "" {
			continue
		}
		o := Origin{Kind: Literal, Len: len(val), Bits: -1, WellKnown: weak.Known(val), value: val, Default: true, Slot: fv,
			Via: "the " + l.Tag + " tag of " + fieldDisplay(typ, fv)}
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
// tag value of comma-separated options ("NAME,default=VALUE"): the rest of
// the tag, which may hold commas itself.
func tagOption(val, prefix string) (string, bool) {
	parts := strings.Split(val, ",")
	for i, p := range parts {
		if p = strings.TrimSpace(p); i > 0 && strings.HasPrefix(p, prefix) {
			return strings.TrimPrefix(strings.Join(append([]string{p}, parts[i+1:]...), ","), prefix), true
		}
	}
	return "", false
}

// fieldDisplay names a field as users write it: "config.Config.Secret",
// or only the field of an anonymous struct.
func fieldDisplay(typ types.Type, fv *types.Var) string {
	if named, ok := types.Unalias(typ).(*types.Named); ok && named.Obj().Pkg() != nil {
		return named.Obj().Pkg().Name() + "." + named.Obj().Name() + "." + fv.Name()
	}
	if fv.Pkg() != nil {
		return fv.Pkg().Name() + "…" + fv.Name()
	}
	return fv.Name()
}
