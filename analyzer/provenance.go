package analyzer

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/weak"
	"golang.org/x/tools/go/ssa"
)

// An OriginKind says where key material comes from.
type OriginKind uint8

const (
	// Unknown: nothing is known (a call into code without facts, a map, an
	// interface method). Rules stay silent about unknown origins.
	Unknown OriginKind = iota
	// External: from outside the program (environment, flags, files, a
	// secret manager): never hard-coded.
	External
	// Literal: a literal or constant of the source.
	Literal
	// Param: a parameter of a function of the package being analyzed; the
	// engine resolves it at the function's call sites.
	Param
	// PublicKey: a public key, which is not a secret.
	PublicKey
	// Random: bytes from a CSPRNG (crypto/rand), possibly encoded as text.
	Random
	// Predictable: derived from math/rand, the time, the process ID or a
	// counter only (constants aside): an attacker can recover it.
	Predictable
)

// An Origin is one place key material may come from. A value can have
// several (a phi node, a fallback): rules look at each.
type Origin struct {
	Kind OriginKind
	// Pos is the literal, or the call that produced the value; it may be
	// token.NoPos when the origin is in another package (see Where).
	Pos token.Pos
	// Where is "file.go:line" of an origin in another package, from facts.
	Where string
	// Len is a Literal's length in bytes, -1 if unknown.
	Len int
	// WellKnown marks a Literal that is a published sample or default
	// secret.
	WellKnown bool
	// PrivateKey marks a Literal that is parsed into a private key.
	PrivateKey bool
	// Fn and Index identify a Param origin.
	Fn    *ssa.Function
	Index int
	// Via names the helper the value was returned by, for messages.
	Via string
	// Bits is the entropy of a Random value in bits, -1 when unknown.
	Bits float64
	// Desc says what produced a Random or Predictable value
	// ("math/rand.Read", "hex text of crypto/rand bytes").
	Desc string
	// SizeParam, when not 0, is 1 + the index of the parameter that sets
	// the size of a Random value made by a helper (randomBytes(n)); its
	// length and entropy are then UnitLen and UnitBits per unit of it.
	SizeParam         int
	UnitLen, UnitBits float64
	// Enc is the text encoding applied to random bytes ("hex", "base64").
	Enc string
	// value is a Literal's text: never printed, never exported.
	value string
	// Zero marks a nil or zero value (an empty key).
	Zero bool
	// Embedded marks a Literal that is a file a //go:embed directive
	// compiles in; Pos is the variable (provenance_embed.go).
	Embedded bool
	// Material marks a Param origin the function parses as key material
	// (a KeyParser row): what a caller passes is judged by what it holds
	// (parsedKey) where it is substituted.
	Material bool
	// ErrOnly marks an origin a function returns only alongside a non-nil
	// error (return "", err): a caller that checks the error never uses it
	// (provenance_errpair.go).
	ErrOnly bool
	// MakePos is the make call (or the array) that allocated a Random
	// buffer, for the fix that grows it; token.NoPos when unknown.
	MakePos token.Pos
	// Cut is the slice a function applies to its parameter, on a Param
	// origin (provenance_random.go); nil when none.
	Cut *cut
	// Codec are the encodings and decodings a function applies to its
	// parameter, in order ("enc:base62", "dec:hex"), on a Param origin:
	// substitute applies them to what a caller passes, so that a helper
	// writing its argument as text gives the text's length and entropy.
	Codec []string
	// Default marks a Literal that is the default of a setting (a struct
	// tag, a flag, a viper default: provenance_config.go), used only when
	// the setting is not set; Slot is the field or variable holding the
	// setting, when known, for guards (provenance_guard.go).
	Default bool
	Slot    types.Object
	// Elem marks a Param origin that is an element of the parameter, a
	// slice (def[0] of a variadic fallback: getEnv(name, def ...string)).
	Elem bool
	// NonEmpty marks a Param origin that reaches the sink only when it is
	// not empty: the function replaces an empty one (provenance_fallback.go).
	NonEmpty bool
	// Setting names the setting an External origin is read from by name
	// ("viper:app.key"): a key sink fed by it is exported (configFact's
	// SettingSinks) so that a package registering a default under that
	// name joins it (provenance_config.go). With SettingParam, it is the
	// library prefix only ("viper:"), the name being the value of
	// parameter SettingParam-1 of the reading function (a wrapper getter:
	// GetString(path) returning viper.Get(path)).
	Setting      string
	SettingParam int
	// Unset marks an External origin read in another package by a getter
	// that returns "" when the setting is unset ("setting":
	// viper.GetString) where that package never looks at it (envcheck.go);
	// UnsetName names the setting.
	// unsetFrom and unsetIdx are the function (and its result) or the
	// variable or field of that package through which the value reached
	// this one: a look at it here is a check too.
	Unset, UnsetName string
	unsetFrom        types.Object
	unsetIdx         int
}

// unknown is the origin of a value nothing is known about.
func unknown() []Origin { return []Origin{{Kind: Unknown, Len: -1, Bits: -1}} }

func (o Origin) key() string {
	return fmt.Sprintf("%d/%d/%s/%d/%p/%d/%g/%d/%s/%v/%v/%v/%s/%d/%v", o.Kind, o.Pos, o.Where, o.Len, o.Fn, o.Index, o.Bits, o.SizeParam, o.Desc, o.Cut, o.Elem, o.NonEmpty, o.Setting, o.SettingParam, o.Codec)
}

// dedup removes repeated origins. A parameter sliced differently on
// different paths is one origin whose length is unknown: a loop of
// conditional b = b[n:] would otherwise give one origin per path.
func dedup(os []Origin) []Origin {
	seen := map[string]bool{}
	params := map[paramRef]int{}
	out := os[:0:0]
	for _, o := range os {
		if o.Kind == Param && !o.Elem {
			r := paramRef{o.Fn, o.Index}
			if i, ok := params[r]; ok {
				if out[i].Cut != o.Cut && (out[i].Cut == nil || o.Cut == nil || *out[i].Cut != *o.Cut) {
					out[i].Cut = &cut{Lo: -1, Hi: -1}
				}
				continue
			}
			params[r] = len(out)
		}
		if k := o.key(); !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	}
	return out
}

// maxOrigins bounds how many origins one value keeps. Code that joins
// many values (a fasthttp-sized package of helpers calling helpers, with
// parameters substituted at every call) can otherwise multiply them into the
// tens of thousands; past the bound the rest is Unknown, as for maxSteps.
const maxOrigins = 128

func capOrigins(os []Origin) []Origin {
	if len(os) <= maxOrigins {
		return os
	}
	return append(os[:maxOrigins-1:maxOrigins-1], Origin{Kind: Unknown})
}

// maxDepth bounds how far one trace follows values, so that pathological
// code (long phi chains, deep helper stacks) stays linear.
const maxDepth = 64

// maxSteps bounds the work of one query; past it, values are Unknown.
const maxSteps = 5000

// A tracer answers "where does this value come from?" for one query.
type tracer struct {
	c        *checker
	visiting map[ssa.Value]bool
	depth    int
	steps    int
}

func (c *checker) origins(v ssa.Value, hint token.Pos) []Origin {
	t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
	return c.dropGuarded(dedup(t.value(v, hint)))
}

func (t *tracer) enter(v ssa.Value) bool {
	t.steps++
	if t.visiting[v] || t.depth >= maxDepth || t.steps > maxSteps {
		return false
	}
	t.visiting[v] = true
	t.depth++
	return true
}

// memoKey identifies a traced value: as a value, or as an address whose
// contents are traced.
type memoKey struct {
	v    ssa.Value
	addr bool
}

func (t *tracer) leave(v ssa.Value) {
	delete(t.visiting, v)
	t.depth--
}

// value returns the origins of v. hint is the position of the nearest
// enclosing use, for locating the literal of a constant.
func (t *tracer) value(v ssa.Value, hint token.Pos) []Origin {
	return t.memoized(memoKey{v, false}, hint, t.value1)
}

// memoized answers one value or address query once per package, within the
// cycle, depth and step bounds of the query.
func (t *tracer) memoized(k memoKey, hint token.Pos, f func(ssa.Value, token.Pos) []Origin) []Origin {
	if r, ok := t.c.memo[k]; ok {
		return r
	}
	if !t.enter(k.v) {
		return nil
	}
	defer t.leave(k.v)
	r := capOrigins(dedup(f(k.v, hint)))
	t.c.memo[k] = r
	return r
}

func (t *tracer) value1(v ssa.Value, hint token.Pos) []Origin {
	if _, isParam := v.(*ssa.Parameter); !isParam {
		if p := v.Pos(); p.IsValid() {
			hint = p
		}
	}
	switch v := v.(type) {
	case *ssa.Const:
		return t.constant(v, hint)
	case *ssa.Convert:
		return t.value(v.X, hint)
	case *ssa.MultiConvert:
		// A conversion whose operand or result is a type parameter
		// ([]byte(k) with k of type K ~string|~[]byte).
		return t.value(v.X, hint)
	case *ssa.ChangeType:
		return t.value(v.X, hint)
	case *ssa.MakeInterface:
		return t.value(v.X, hint)
	case *ssa.ChangeInterface:
		return t.value(v.X, hint)
	case *ssa.TypeAssert:
		return t.value(v.X, hint)
	case *ssa.SliceToArrayPointer:
		return t.value(v.X, hint)
	case *ssa.Slice:
		return sliced(t.value(v.X, hint), v)
	case *ssa.Index:
		return t.charsetIndex(v, hint)
	case *ssa.Phi:
		var out []Origin
		for i, e := range v.Edges {
			os := t.value(e, hint)
			if phiEdgeNonEmpty(v, i) {
				os = nonEmpty(os) // if key == "" { key = … } (provenance_fallback.go)
			}
			out = append(out, os...)
		}
		return out
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return t.addr(v.X, hint)
		}
	case *ssa.Field:
		return t.field(v.X, v.Field, hint)
	case *ssa.Extract:
		switch tuple := v.Tuple.(type) {
		case *ssa.Call:
			out := t.call(tuple, v.Index, hint)
			if slices.ContainsFunc(out, func(o Origin) bool { return o.ErrOnly }) && guardedExtract(v, tuple) {
				out = slices.DeleteFunc(slices.Clone(out), func(o Origin) bool { return o.ErrOnly })
				if len(out) == 0 {
					out = unknown()
				}
			}
			return out
		case *ssa.TypeAssert:
			if v.Index == 0 { // s, ok := x.(string)
				return t.value(tuple.X, hint)
			}
		}
	case *ssa.Call:
		return t.call(v, 0, hint)
	case *ssa.Parameter:
		fn := v.Parent()
		return []Origin{{Kind: Param, Fn: fn, Index: slices.Index(fn.Params, v), Len: -1, Bits: -1}}
	case *ssa.FreeVar:
		return t.freeVar(v, hint, t.value)
	case *ssa.BinOp:
		if v.Op == token.ADD && isString(v.Type()) {
			return concat(t.value(v.X, hint), t.value(v.Y, hint))
		}
		return arith(t.value(v.X, hint), t.value(v.Y, hint))
	case *ssa.Alloc:
		return t.alloc(v, hint)
	case *ssa.MakeSlice:
		return t.contents(v, hint)
	case *ssa.Global:
		return t.addr(v, hint)
	}
	return unknown()
}

// concat returns the origins of a concatenation: a literal joined to
// anything else is no longer a hard-coded value.
func concat(x, y []Origin) []Origin {
	all := append(slices.Clip(x), y...)
	allLit := true
	n := 0
	for _, o := range all {
		if o.Kind != Literal {
			allLit = false
		}
	}
	if allLit && len(x) == 1 && len(y) == 1 {
		n = x[0].Len + y[0].Len
		o := x[0]
		o.Len, o.WellKnown, o.value, o.Zero = n, false, x[0].value+y[0].value, n == 0
		return []Origin{o}
	}
	if len(x) == 0 || len(y) == 0 {
		return all
	}
	out := all[:0:0]
	for _, o := range all {
		if o.Kind != Literal {
			out = append(out, o)
		}
	}
	return out
}

func (t *tracer) constant(c *ssa.Const, hint token.Pos) []Origin {
	if c.Value == nil {
		if keyish(c.Type()) && !types.IsInterface(c.Type()) {
			return []Origin{{Kind: Literal, Pos: hint, Len: 0, Bits: -1, Zero: true}}
		}
		return nil
	}
	if c.Value.Kind() != constant.String || t.c.table.noneConstant(c.Type()) != nil {
		return nil // numbers, and the libraries' "none" magic constants
	}
	s := constant.StringVal(c.Value)
	if s == "{}" || s == "[]" {
		// An empty JSON document is data, not a key: a loader that
		// returns it as a placeholder also loads keys (golang-jwt's
		// cmd/jwt loadData, testdata/src/regressplaceholder).
		return unknown()
	}
	o := Origin{Kind: Literal, Pos: hint, Len: len(s), Bits: -1, WellKnown: weak.Known(s), value: s}
	if lit := t.c.syn.literal(s, hint); lit != nil {
		o.Pos = lit.Pos()
	}
	return []Origin{o}
}

// addr returns the origins of the value stored at address a.
func (t *tracer) addr(a ssa.Value, hint token.Pos) []Origin {
	return t.memoized(memoKey{a, true}, hint, t.addr1)
}

func (t *tracer) addr1(a ssa.Value, hint token.Pos) []Origin {
	switch a := a.(type) {
	case *ssa.Global:
		var out []Origin
		if a.Pkg != t.c.ssapkg {
			out = append(t.c.importedVar(a.Object()), t.c.importedStores(a.Object())...)
		}
		for _, st := range t.c.index.globalStores[a] {
			if os, ok := t.c.initZeroCopy(a, st); ok {
				out = append(out, os...) // copied at initialization from zero settings (provenance_initzero.go)
				continue
			}
			os := t.value(st.Val, st.Pos())
			if storedPastEmptyCheck(st) {
				os = nonEmpty(os) // if key == "" { return … }; global = key (provenance_fallback.go)
			}
			out = append(out, os...)
		}
		if o, ok := t.c.embedded(a.Object()); ok {
			out = append(out, o)
		}
		return append(out, t.intoDefaults(a)...)
	case *ssa.FieldAddr:
		return t.field(a.X, a.Field, hint)
	case *ssa.Alloc:
		return t.alloc(a, hint)
	case *ssa.FreeVar:
		return t.freeVar(a, hint, t.addr)
	case *ssa.IndexAddr:
		// An element of a slice parameter: def[0] of getEnv(name, def
		// ...string) is what the caller passes. A character of one
		// (table[rand.Int63()%n] of a []byte table) is judged by its index,
		// as from any table (element).
		if p, ok := a.X.(*ssa.Parameter); ok && !charElem(a) {
			fn := p.Parent()
			return []Origin{{Kind: Param, Fn: fn, Index: slices.Index(fn.Params, p), Len: -1, Bits: -1, Elem: true}}
		}
		return t.element(a, hint)
	case *ssa.Call:
		return t.call(a, 0, hint)
	case *ssa.Extract:
		if call, ok := a.Tuple.(*ssa.Call); ok {
			return t.call(call, a.Index, hint)
		}
	case *ssa.Convert:
		// *(*string)(unsafe.Pointer(&b)): the bytes of b read as a string.
		if inner, ok := a.X.(*ssa.Convert); ok && isUnsafePointer(inner.Type()) {
			return t.addr(inner.X, hint)
		}
	case *ssa.UnOp:
		// A pointer loaded from a variable (p := flag.String(…); *p):
		// what the pointers stored in the variable point to.
		if a.Op == token.MUL {
			var out []Origin
			for _, v := range t.c.storedAt(a.X, 0) {
				out = append(out, t.addr(v, hint)...)
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return unknown()
}

// isUnsafePointer reports whether t is unsafe.Pointer.
func isUnsafePointer(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.UnsafePointer
}

// storedAt returns the values stored at address a of this package: in a
// package variable, a local variable, the variable a closure captures.
func (c *checker) storedAt(a ssa.Value, depth int) []ssa.Value {
	if depth > 4 {
		return nil
	}
	var out []ssa.Value
	switch a := a.(type) {
	case *ssa.Global:
		for _, st := range c.index.globalStores[a] {
			out = append(out, st.Val)
		}
	case *ssa.Alloc:
		for _, ref := range *a.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
				out = append(out, st.Val)
			}
		}
	case *ssa.FreeVar:
		fn := a.Parent()
		i := slices.Index(fn.FreeVars, a)
		if refs := fn.Referrers(); refs != nil && i >= 0 {
			for _, ref := range *refs {
				if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i < len(mc.Bindings) {
					out = append(out, c.storedAt(mc.Bindings[i], depth+1)...)
				}
			}
		}
	}
	return out
}

// alloc returns the origins of what a local variable or buffer holds: the
// values stored in it whole, else its contents element by element.
func (t *tracer) alloc(a *ssa.Alloc, hint token.Pos) []Origin {
	var out []Origin
	for _, ref := range *a.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			out = append(out, t.value(st.Val, st.Pos())...)
		}
	}
	out = append(out, t.intoDefaults(a)...)
	if len(out) == 0 {
		return t.contents(a, hint)
	}
	return out
}

// field returns the origins of field i of the struct that base points to
// (or is). A struct built by a literal in this function is followed
// exactly; otherwise every store to the field in the package counts, but
// one into a local copy whose value never reaches the slot base is read
// through (provenance_copy.go), as do facts about the field from its own
// package.
func (t *tracer) field(base ssa.Value, i int, hint token.Pos) []Origin {
	if !t.enter(base) {
		return nil
	}
	defer t.leave(base)
	defaults := t.tagDefault(base.Type(), i)
	// A field of a named struct, or of an anonymous struct nested in one
	// (global.Config.JWT.SigningKey).
	fv := structField(base.Type(), i)
	if fv == nil {
		return unknown()
	}
	defaults = append(defaults, t.intoDefaults(fv)...)
	if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
		if alloc, ok := load.X.(*ssa.Alloc); ok {
			base = alloc // a struct value read from a local variable
		}
	}
	if alloc, ok := base.(*ssa.Alloc); ok {
		var out []Origin
		for _, ref := range *alloc.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
				// The whole struct stored: cfg := Config{...}.
				out = append(out, t.field(st.Val, i, hint)...)
				continue
			}
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok || fa.Field != i {
				continue
			}
			for _, r := range *fa.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
					out = append(out, t.value(st.Val, st.Pos())...)
				}
			}
		}
		return append(out, defaults...)
	}
	out := defaults
	if fv.Pkg() != nil && fv.Pkg() != t.c.pass.Pkg {
		out = append(out, t.c.importedVar(fv)...)
		out = append(out, t.c.importedStores(fv)...)
	}
	for _, st := range t.c.index.fieldStores[fv] {
		if t.c.copyStoreUnreached(st, base) {
			continue // a copy's field that never reaches base (provenance_copy.go)
		}
		os := t.value(st.Val, st.Pos())
		if refilledWhenEmpty(st) || storedPastEmptyCheck(st) {
			os = nonEmpty(os) // if a.Key == nil { a.Key = … }, if key == "" { return … } (provenance_fallback.go)
		}
		out = append(out, os...)
	}
	if len(out) == 0 {
		// A field of a value that came from elsewhere: a decoded PEM
		// block's Bytes come from what was decoded.
		switch base.(type) {
		case *ssa.Call, *ssa.Extract, *ssa.UnOp:
			return t.value(base, hint)
		}
		return unknown()
	}
	return out
}

// freeVar follows a closure's free variable to the value bound where the
// closure is made.
func (t *tracer) freeVar(fv *ssa.FreeVar, hint token.Pos, follow func(ssa.Value, token.Pos) []Origin) []Origin {
	fn := fv.Parent()
	i := slices.Index(fn.FreeVars, fv)
	refs := fn.Referrers()
	if refs == nil || i < 0 {
		return unknown()
	}
	var out []Origin
	for _, ref := range *refs {
		if mc, ok := ref.(*ssa.MakeClosure); ok && mc.Fn == fn && i < len(mc.Bindings) {
			out = append(out, follow(mc.Bindings[i], hint)...)
		}
	}
	return out
}

// callee returns the function a call statically calls, the interface
// method it invokes, or the function a package variable it calls through
// holds (heldfunc.go).
func (c *checker) callee(common *ssa.CallCommon) (*ssa.Function, *types.Func) {
	if common.IsInvoke() {
		return nil, common.Method
	}
	fn := staticCallee(common)
	if fn == nil {
		return c.heldCallee(common.Value)
	}
	obj, _ := fn.Object().(*types.Func)
	return fn, obj
}

// staticCallee is common.StaticCallee, with an instantiation of a generic
// function replaced by its generic origin: without ssa.InstantiateGenerics
// an instance is a synthetic wrapper of no package that calls the origin,
// and the origin's parameters and results are the instance's values
// (testdata/src/hostilegenerics).
func staticCallee(common *ssa.CallCommon) *ssa.Function {
	fn := common.StaticCallee()
	if fn != nil && fn.Origin() != nil {
		return fn.Origin()
	}
	return fn
}

// call returns the origins of result idx of call.
func (t *tracer) call(call *ssa.Call, idx int, hint token.Pos) []Origin {
	common := call.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" && len(common.Args) == 2 {
			return loopAppended(call, concat(t.value(common.Args[0], hint), t.value(common.Args[1], hint)))
		}
		return unknown()
	}
	fn, obj := t.c.callee(common)
	if obj != nil {
		name := obj.Origin().FullName()
		if slices.Contains(t.c.cfg.ExtraSources, name) {
			return []Origin{{Kind: External, Pos: call.Pos(), Len: -1, Bits: -1, Via: name}}
		}
		if out, ok := t.configCall(call, obj, idx, hint); ok {
			return out
		}
		if out, ok := t.knownCall(call, common, obj, idx, hint); ok {
			return out
		}
	}
	switch {
	case fn != nil && fn.Pkg == t.c.ssapkg && fn.Blocks != nil:
		return t.substitute(t.c.results(fn, idx), fn, common, hint, shortFuncName(fn))
	case obj != nil && obj.Pkg() != nil && obj.Pkg() != t.c.pass.Pkg:
		var f funcFact
		if t.c.pass.ImportObjectFact(obj.Origin(), &f) && idx < len(f.Results) {
			return t.substitute(importedFrom(fromFact(f.Results[idx]), obj, idx), nil, common, hint, shortObjName(obj))
		}
		// A function nothing is known about, such as a hash or a
		// formatter: its result is as predictable as its arguments.
		return t.derived(common, hint)
	}
	return unknown()
}

// knownCall applies the table's rows about obj to a call of it.
func (t *tracer) knownCall(call *ssa.Call, common *ssa.CallCommon, obj *types.Func, idx int, hint token.Pos) ([]Origin, bool) {
	sig := obj.Type().(*types.Signature)
	arg := func(row *API) ssa.Value { return callArg(common, sig, row.Param) }
	name := shortObjName(obj)
	desc := descName(obj)
	for _, row := range t.c.table.funcRows(obj) {
		switch row.Role {
		case Source:
			return []Origin{{Kind: External, Pos: call.Pos(), Len: -1, Bits: -1, Via: name}}, true
		case PublicKeyParser:
			return []Origin{{Kind: PublicKey, Pos: call.Pos(), Len: -1, Bits: -1}}, true
		case PredictableSource:
			if t.cryptoSeeded(common, sig) {
				return []Origin{{Kind: Random, Pos: call.Pos(), Len: -1, Bits: -1, Desc: desc + " seeded from crypto/rand"}}, true
			}
			return []Origin{{Kind: Predictable, Pos: call.Pos(), Len: -1, Bits: -1, Desc: desc}}, true
		case Hash, Seeder:
			if idx != 0 {
				return nil, true
			}
			if v := arg(row); v != nil {
				return t.derivedBy(row, name, v, hint), true
			}
		case Contents:
			if idx != 0 || len(common.Args) == 0 {
				return nil, true
			}
			return t.bufferContents(common.Args[0], hint), true
		case RandomNumber:
			if idx != 0 {
				return nil, true // the error result
			}
			return []Origin{{Kind: Random, Pos: call.Pos(), Len: -1, Bits: -1, Desc: desc}}, true
		case RandomText:
			var n int
			var bits float64
			fmt.Sscanf(row.Alg, "%d/%g", &n, &bits)
			return []Origin{{Kind: Random, Pos: call.Pos(), Len: n, Bits: bits, Desc: desc}}, true
		case KeyParser:
			if idx != 0 {
				return nil, true // the error result
			}
			v := arg(row)
			if v == nil {
				continue
			}
			return parsedKey(t.value(v, hint), call.Pos()), true
		case Formatter:
			if idx != 0 {
				return nil, true
			}
			if v := singleVerbArg(common, sig, row); v != nil {
				return t.value(v, hint), true
			}
		case PassThrough, PrivateKeyParser, Encoder, Decoder:
			if idx != 0 {
				return nil, true // the error result
			}
			v := arg(row)
			if row.Param == "" && sig.Recv() != nil && !common.IsInvoke() && len(common.Args) > 0 {
				v = common.Args[0] // the receiver
			}
			if v == nil {
				continue
			}
			out := t.value(v, hint)
			for i := range out {
				switch row.Role {
				case PrivateKeyParser:
					out[i].PrivateKey = out[i].Kind == Literal
				case Encoder:
					out[i] = encoded(out[i], encoding(row, common))
				case Decoder:
					out[i] = decoded(out[i], row.Alg)
				}
			}
			return out, true
		}
	}
	return nil, false
}

// derived returns the origins of the result of a function nothing is known
// about: Predictable when its arguments are predictable values and
// constants only (a hash of the time is still the time), Unknown otherwise.
func (t *tracer) derived(common *ssa.CallCommon, hint token.Pos) []Origin {
	var pred *Origin
	for _, a := range common.Args {
		for _, o := range t.value(a, hint) {
			switch o.Kind {
			case Predictable:
				if pred == nil {
					o := o
					pred = &o
				}
			case Literal:
			default:
				return unknown()
			}
		}
	}
	if pred == nil {
		return unknown()
	}
	return []Origin{*pred}
}

// substitute replaces the Param origins of a callee's result summary with
// the origins of the call's arguments, and sizes that depend on a
// parameter with the argument's value. fn is the callee, nil when the
// summary comes from facts (whose Param origins are the callee's). A Param
// origin of another function (a constructor's parameter stored in a field
// the callee returns) stays: its function's call sites are key uses.
func (t *tracer) substitute(sum []Origin, fn *ssa.Function, common *ssa.CallCommon, hint token.Pos, via string) []Origin {
	var out []Origin
	for _, o := range sum {
		if o.Kind == Param && (fn == nil || o.Fn == nil || o.Fn == fn) {
			if o.Elem && o.Index >= 0 && o.Index < len(common.Args) {
				out = append(out, t.elements(common.Args[o.Index], hint)...)
				continue
			}
			if o.Index >= 0 && o.Index < len(common.Args) {
				arg := t.value(common.Args[o.Index], hint)
				if o.Cut != nil {
					arg = cutAll(arg, *o.Cut)
				}
				if len(o.Codec) > 0 {
					arg = applyCodec(arg, o.Codec)
				}
				if o.Material {
					arg = parsedKey(arg, hint)
				}
				out = append(out, arg...)
			}
			continue
		}
		if o.SizeParam > 0 {
			o = sized(o, common)
		}
		if o.SettingParam > 0 {
			out = append(out, t.namedSetting(o, common)...)
			continue
		}
		if o.Via == "" {
			o.Via = via
		}
		out = append(out, o)
	}
	return out
}

// elements returns the origins of the elements of a slice argument: the
// values a variadic call passes, or, for a slice that is a parameter of
// the caller passed on (internalGet(path, def...)), that parameter's
// elements.
func (t *tracer) elements(arg ssa.Value, hint token.Pos) []Origin {
	if s, ok := arg.(*ssa.Slice); ok {
		if _, ok := s.X.(*ssa.Alloc); ok {
			var out []Origin
			for _, v := range variadicArgs(s) {
				out = append(out, t.value(v, hint)...)
			}
			return out
		}
	}
	if arg == nil {
		return unknown()
	}
	if _, ok := arg.(*ssa.Const); ok {
		return nil // a nil slice: no elements
	}
	var out []Origin
	for _, o := range t.value(arg, hint) {
		if o.Kind == Param && !o.Elem {
			o.Elem = true
			out = append(out, o)
			continue
		}
		out = append(out, Origin{Kind: Unknown, Len: -1, Bits: -1})
	}
	return out
}

// results returns the origins of result idx of fn, a function of this
// package, with its parameters left as Param origins. Results are memoized;
// a recursive call sees none.
func (c *checker) results(fn *ssa.Function, idx int) []Origin {
	k := resultKey{fn, idx}
	if r, ok := c.resultMemo[k]; ok {
		return r
	}
	c.resultMemo[k] = nil
	t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
	var out []Origin
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || idx >= len(ret.Results) {
			continue
		}
		hint := ret.Pos()
		if rs := c.syn.returns[ret.Pos()]; rs != nil && idx < len(rs.Results) {
			hint = rs.Results[idx].Pos()
		}
		out = append(out, markErrOnly(ret, idx, t.value(statementResult(ret, idx), hint))...)
	}
	out = dedup(out)
	c.resultMemo[k] = out
	return out
}

type resultKey struct {
	fn  *ssa.Function
	idx int
}

// position renders pos as "file.go:line" for facts and messages.
func (c *checker) position(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

func shortFuncName(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return shortObjName(obj)
	}
	return fn.Name()
}

// shortObjName names a function or method the way users write it:
// "config.Secret", "(*jwt.Token).SignedString".
func shortObjName(obj *types.Func) string {
	qual := func(p *types.Package) string { return p.Name() }
	sig := obj.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), qual) + ")." + obj.Name()
	}
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// descName names a function for messages about where bytes come from:
// standard library functions with their import path ("math/rand.Read",
// "(*math/rand.Rand).Read"), which says more than the package name.
func descName(obj *types.Func) string {
	if obj.Pkg() == nil || strings.Contains(obj.Pkg().Path(), ".") {
		return shortObjName(obj)
	}
	qual := func(p *types.Package) string { return p.Path() }
	if recv := obj.Signature().Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), qual) + ")." + obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}
