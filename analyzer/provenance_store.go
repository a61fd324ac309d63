package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file judges keys stored into another package's variables and
// fields. A package that reads a variable or field into a key sink exports
// it (configFact.Sinks, keyed by slotKey); a package that imports it and
// stores into that variable or field (common.JWTSecret = "…",
// global.Config.JWT.SigningKey = randString(16)) has the store judged as a
// key use, reported at the store. Stores that the reading package sees
// itself (its own, and the declaring package's through varFact) are judged
// at the sink as before.

// A slotSink is a package variable or struct field whose value reaches a
// key sink, as facts carry it.
type slotSink struct {
	Key   string // slotKey of the variable or field
	API   string // the sink as users write it
	Lib   string
	Role  Role
	Where string // position of the sink
	Alg   string
	Name  string // the variable or field as users write it
	// NonEmpty: the sink runs only past a check that the slot is not
	// empty, so an empty store is no empty key.
	NonEmpty bool
}

// slotKey names a package variable or struct field across packages:
// "path.Name" for a variable, "path.Type.Field" (through anonymous struct
// fields: "path.Type.JWT.Secret") for a field, else its position.
func slotKey(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	fv, ok := obj.(*types.Var)
	if !ok || !fv.IsField() {
		return obj.Pkg().Path() + "." + obj.Name()
	}
	scope := obj.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if path := fieldPath(tn.Type().Underlying(), fv, 0); path != "" {
			return obj.Pkg().Path() + "." + name + path
		}
	}
	return fmt.Sprintf("%s.%s@%d", obj.Pkg().Path(), obj.Name(), obj.Pos())
}

// fieldPath returns ".F1.F2" leading from struct type t through anonymous
// struct fields to fv, or "".
func fieldPath(t types.Type, fv *types.Var, depth int) string {
	st, ok := t.(*types.Struct)
	if !ok || depth > 4 {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f == fv {
			return "." + f.Name()
		}
		if inner, ok := types.Unalias(f.Type()).(*types.Struct); ok {
			if p := fieldPath(inner, fv, depth+1); p != "" {
				return "." + f.Name() + p
			}
		}
	}
	return ""
}

// reachable reports whether other packages can store into a slot by
// name: an exported variable, or an exported field on a path from an
// exported type (key is its slotKey).
func reachable(obj types.Object, key string) bool {
	if obj.Pkg() == nil || !obj.Exported() {
		return false
	}
	fv, ok := obj.(*types.Var)
	if !ok || !fv.IsField() {
		return true
	}
	rest := strings.TrimPrefix(key, obj.Pkg().Path()+".")
	if rest == key || strings.Contains(rest, "@") {
		return false
	}
	for _, name := range strings.Split(rest, ".") {
		if !token.IsExported(name) {
			return false
		}
	}
	return true
}

// slotDisplay names a variable or field for messages: "common.JWTSecret",
// "config.Config.Secret".
func slotDisplay(obj types.Object) string {
	key := slotKey(obj)
	if obj.Pkg() == nil {
		return key
	}
	return obj.Pkg().Name() + key[len(obj.Pkg().Path()):]
}

// slotsOf returns the package variables and struct fields the value v
// is read from, through conversions, fallbacks, local variables and the
// results of functions of this package.
func (c *checker) slotsOf(v ssa.Value) []types.Object {
	var out []types.Object
	seen := map[ssa.Value]bool{}
	var value, addr func(v ssa.Value, depth int)
	value = func(v ssa.Value, depth int) {
		if v == nil || seen[v] || depth > 16 || len(seen) > 256 {
			return
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.Convert:
			value(v.X, depth+1)
		case *ssa.MultiConvert:
			value(v.X, depth+1)
		case *ssa.ChangeType:
			value(v.X, depth+1)
		case *ssa.MakeInterface:
			value(v.X, depth+1)
		case *ssa.ChangeInterface:
			value(v.X, depth+1)
		case *ssa.TypeAssert:
			value(v.X, depth+1)
		case *ssa.Slice:
			value(v.X, depth+1)
		case *ssa.Phi:
			for _, e := range v.Edges {
				value(e, depth+1)
			}
		case *ssa.UnOp:
			if v.Op == token.MUL {
				addr(v.X, depth+1)
			}
		case *ssa.Field:
			if fv := structField(v.X.Type(), v.Field); fv != nil {
				out = append(out, fv)
			}
		case *ssa.Extract:
			if call, ok := v.Tuple.(*ssa.Call); ok {
				c.callSlots(call, v.Index, depth, value)
			}
		case *ssa.Call:
			c.callSlots(v, 0, depth, value)
		case *ssa.Alloc:
			addr(v, depth+1)
		}
	}
	addr = func(a ssa.Value, depth int) {
		switch a := a.(type) {
		case *ssa.Global:
			if obj := a.Object(); obj != nil {
				out = append(out, obj)
			}
		case *ssa.FieldAddr:
			if fv := structField(a.X.Type(), a.Field); fv != nil {
				out = append(out, fv)
			}
		case *ssa.Alloc:
			if seen[a] || depth > 16 {
				return
			}
			seen[a] = true
			for _, ref := range *a.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
					value(st.Val, depth+1)
				}
			}
		}
	}
	value(v, 0)
	return out
}

// callSlots follows a call to the slots of its result idx: the returns of
// a function of this package, the argument of a pass-through.
func (c *checker) callSlots(call *ssa.Call, idx, depth int, value func(ssa.Value, int)) {
	fn, obj := c.callee(call.Common())
	if fn != nil && fn.Pkg == c.ssapkg && fn.Blocks != nil {
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) {
				value(ret.Results[idx], depth+1)
			}
		}
		return
	}
	if obj == nil || idx != 0 {
		return
	}
	for _, row := range c.table.funcRows(obj) {
		switch row.Role {
		case PassThrough, Encoder, Decoder, PrivateKeyParser, KeyParser:
			value(callArg(call.Common(), obj.Signature(), row.Param), depth+1)
		}
	}
}

// structField returns field i of the struct t is or points to (named or
// not), as its generic origin.
func structField(t types.Type, i int) *types.Var {
	st := structOf(t, i)
	if st == nil {
		return nil
	}
	return st.Field(i).Origin()
}

// structOf returns the struct type t is or points to (named or not) when it
// has a field i, or nil.
func structOf(t types.Type, i int) *types.Struct {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st
}

// slotObject returns the object of a store slot: a package variable's or a
// struct field's.
func slotObject(slot any) types.Object {
	switch s := slot.(type) {
	case *ssa.Global:
		return s.Object()
	case *types.Var:
		return s
	}
	return nil
}

// storeUses records the package's key uses through slots: it notes the
// slots its own uses read (exported as facts), and judges its stores into
// slots that imported packages read into a key sink.
func (c *checker) storeUses() {
	c.slots = map[string]slotSink{}
	for _, u := range c.uses {
		for _, obj := range c.slotsOf(u.Value) {
			k := slotKey(obj)
			if _, ok := c.slots[k]; ok || !reachable(obj, k) {
				continue
			}
			where := u.Where
			if where == "" {
				where = c.position(u.Pos)
			}
			c.slots[k] = slotSink{Key: k, API: u.Name, Lib: u.API.Lib, Role: u.Role, Where: where, Alg: u.Alg, Name: slotDisplay(obj), NonEmpty: u.NonEmpty}
		}
	}
	c.joinSettings()
	imported := map[string]slotSink{}
	for _, f := range c.pass.AllPackageFacts() {
		if cf, ok := f.Fact.(*configFact); ok && f.Package != c.pass.Pkg {
			for _, s := range cf.Sinks {
				if _, ok := imported[s.Key]; !ok {
					imported[s.Key] = s
				}
			}
		}
	}
	if len(imported) == 0 {
		return
	}
	sinkOf := func(obj types.Object) (slotSink, bool) {
		if obj == nil || obj.Pkg() == c.pass.Pkg {
			return slotSink{}, false // read here: judged at the sink
		}
		k := slotKey(obj)
		if _, local := c.slots[k]; local {
			return slotSink{}, false
		}
		s, ok := imported[k]
		return s, ok
	}
	judge := func(s slotSink, st *ssa.Store) {
		u := &KeyUse{API: &API{Name: s.API, Lib: s.Lib, Role: s.Role}, Name: s.API, Role: s.Role, Via: s.Name, Where: s.Where, Alg: s.Alg, Value: st.Val, Func: st.Parent()}
		c.setRange(u, c.syn.stored[st.Pos()], st.Pos())
		u.Origins = c.origins(st.Val, u.Pos)
		if s.NonEmpty {
			if u.Origins = nonEmpty(u.Origins); len(u.Origins) == 0 {
				return // an empty store, which the sink's function refuses
			}
		}
		c.addUse(u)
	}
	for g, stores := range c.index.globalStores {
		if s, ok := sinkOf(g.Object()); ok {
			for _, st := range stores {
				judge(s, st)
			}
		}
	}
	for fv, stores := range c.index.fieldStores {
		if s, ok := sinkOf(fv); ok {
			for _, st := range stores {
				judge(s, st)
			}
		}
	}
	for slot, sets := range c.configIdx().into {
		obj := slotObject(slot)
		s, ok := sinkOf(obj)
		if !ok {
			continue
		}
		for _, set := range sets {
			u := &KeyUse{API: &API{Name: s.API, Lib: s.Lib, Role: s.Role}, Name: s.API, Role: s.Role, Via: s.Name, Where: s.Where, Alg: s.Alg, Func: set.fn}
			c.setRange(u, set.expr, set.pos)
			t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
			u.Origins = c.dropGuarded(dedup(t.defaultValue(set, obj)))
			c.addUse(u)
		}
	}
}

// A slotStore is what a package stores into a variable or field of another
// package, as facts carry it. An importer that reads the slot into a key
// sink judges these stores at its sink, as it judges its own: the other
// direction of storeUses (siteboot stores a math/rand secret into
// sitecfg.SiteConfig.JwtSecret; siteauth, which imports siteboot, signs
// with it: sweep 0xDkd/auxpi).
type slotStore struct {
	Key     string // slotKey of the variable or field
	Origins []factOrigin
}

// foreignStores returns the stores the package makes, outside test code,
// into other packages' variables and fields that can hold a key, when they
// are literal, predictable or random (the others say nothing an importer
// could report), sorted by slot. Only slots named like a key count
// (keyishName, on the slot's type and field path: "SiteConfig.JwtSecret",
// "ServerConfig.JWT.SigningKey"), and none of a JWT library: a package
// fills many structs of other packages (claims, cookies, options), and a
// store into a library's key field is a key use judged where it is.
func (c *checker) foreignStores() []slotStore {
	byKey := map[string][]Origin{}
	var keys []string
	// slot returns the key of a slot whose stores are exported, or "".
	slot := func(obj types.Object, pos token.Pos) string {
		if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg || !factKeyish(obj.Type()) || c.testFiles[c.pass.Fset.File(pos)] {
			return ""
		}
		path := obj.Pkg().Path()
		if c.table.paths[path] {
			return ""
		}
		k := c.slotKey(obj)
		if strings.Contains(k, "@") || !keyishName(k[len(path):]) {
			return "" // a field of no named type (no key another package can name), or not named like a key
		}
		return k
	}
	add := func(k string, os []Origin) {
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], os...)
	}
	for g, stores := range c.index.globalStores {
		for _, st := range stores {
			if k := slot(g.Object(), st.Pos()); k != "" {
				add(k, c.origins(st.Val, st.Pos()))
			}
		}
	}
	for fv, stores := range c.index.fieldStores {
		for _, st := range stores {
			if k := slot(fv, st.Pos()); k != "" && !c.copyStoreLocal(st) {
				add(k, c.origins(st.Val, st.Pos()))
			}
		}
	}
	for s, sets := range c.configIdx().into {
		obj := slotObject(s)
		t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
		for _, set := range sets {
			if k := slot(obj, set.pos); k != "" {
				add(k, c.dropGuarded(dedup(t.defaultValue(set, obj))))
			}
		}
	}
	var out []slotStore
	for _, k := range keys {
		fs := c.toFact(dedup(byKey[k]))
		for _, o := range fs {
			if o.Kind == Literal || o.Kind == Predictable || o.Kind == Random {
				out = append(out, slotStore{Key: k, Origins: fs})
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b slotStore) int { return strings.Compare(a.Key, b.Key) })
	for i := range out {
		slices.SortStableFunc(out[i].Origins, func(a, b factOrigin) int { return strings.Compare(a.Where, b.Where) })
	}
	return out
}

// importedStores returns the origins of what the packages this one imports
// (directly or not) store into obj, a variable or field of another
// package, from their facts; nil when they store nothing known.
func (c *checker) importedStores(obj types.Object) []Origin {
	if c.depStores == nil {
		c.depStores = map[string][]factOrigin{}
		facts := c.pass.AllPackageFacts()
		slices.SortFunc(facts, func(a, b analysis.PackageFact) int { return strings.Compare(a.Package.Path(), b.Package.Path()) })
		for _, f := range facts {
			if cf, ok := f.Fact.(*configFact); ok && f.Package != c.pass.Pkg {
				for _, s := range cf.Stores {
					c.depStores[s.Key] = append(c.depStores[s.Key], s.Origins...)
				}
			}
		}
	}
	if obj == nil || len(c.depStores) == 0 {
		return nil
	}
	fs := c.depStores[c.slotKey(obj)]
	if len(fs) == 0 {
		return nil
	}
	return fromFact(fs)
}

// slotKey is slotKey(obj), memoized: naming a field scans its package's
// scope.
func (c *checker) slotKey(obj types.Object) string {
	if k, ok := c.slotKeys[obj]; ok {
		return k
	}
	if c.slotKeys == nil {
		c.slotKeys = map[types.Object]string{}
	}
	k := slotKey(obj)
	c.slotKeys[obj] = k
	return k
}
