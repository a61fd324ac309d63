package analyzer

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// factOrigin is an Origin as it crosses a package boundary: positions
// become "file:line" strings and secrets are never stored, only described.
type factOrigin struct {
	Kind              OriginKind
	Where             string
	Len               int
	Bits              float64
	WellKnown         bool
	PrivateKey        bool
	Zero              bool
	ErrOnly           bool
	Material          bool
	Param             int
	Via               string
	Desc              string
	Enc               string
	SizeParam         int
	UnitLen, UnitBits float64
	Default, Elem     bool
	Setting           string
	SettingParam      int
	Codec             []string
	Unset, UnsetName  string
}

// funcFact is what a function's package knows about it that its importers
// need: where its results come from, and which parameters reach a key sink.
type funcFact struct {
	Results   [][]factOrigin // by result index; nil when nothing is known
	KeyParams []keyParam
	// AsKeyfunc and ReturnsKeyfunc describe the function as a keyfunc and
	// the keyfuncs it returns (exportVerifyFacts, parse.go).
	AsKeyfunc, ReturnsKeyfunc *keyfuncSummary
	// VerifiesParams are the parameters (SSA index) that reach a verifying
	// parse: a token passed there is verified (exportVerifyFacts).
	VerifiesParams []int
	// OwnTokenResults are the results that are always the program's own
	// token (signed by it, fetched, from its credential store): an
	// unverified read of them is not reported (tokenorigin.go).
	OwnTokenResults []int
	// FillsOwn are the parameters (indices of the SSA function's Params: a
	// method's receiver is 0), pointers or interfaces, that the function
	// writes only the program's own data into: a token endpoint's answer
	// decoded into the caller's value (VerifyCode(ctx, code, &resp)).
	FillsOwn []int
	// Registers says that the function registers a group of settings
	// under a name (provenance_registry.go).
	Registers *registrar
	// UnverifiedParams are the parameters whose token reaches an
	// unverified parse: judged at the function's calls, where the
	// argument's origin shows (unverifiedparams.go).
	UnverifiedParams []unverifiedParam
}

func (*funcFact) AFact()           {}
func (f *funcFact) String() string { return "jwtlint.func" }

// keyParam records that a parameter of a function reaches a JWT key sink.
type keyParam struct {
	Index int    // index into the SSA parameters (receiver first)
	API   string // the library API it reaches, as users write it
	Lib   string
	Role  Role
	Where string // position of the sink
	Alg   string // algorithm at the sink, if known
	// NonEmpty: the function replaces an empty argument before the sink
	// (provenance_fallback.go), so an empty one is no empty key.
	NonEmpty bool
}

// varFact describes the values stored in a package-level variable or a
// struct field by the package that declares it.
type varFact struct {
	Origins []factOrigin
}

func (*varFact) AFact()           {}
func (f *varFact) String() string { return "jwtlint.var" }

// pkgFact marks a package that wraps a JWT library: some of its functions
// pass a parameter into a key sink, or some variable or field it reads
// reaches one (configFact.Sinks), or a setting it reads by name without a
// default does (configFact.SettingSinks: the importer that sees the
// setting's default registered elsewhere joins them). Importers of such a package are analyzed
// even if they import no JWT library themselves; so are the importers of a
// package with functions whose parameters reach an unverified parse
// (UnverifiedParams: their calls are judged there).
type pkgFact struct {
	KeySinks         bool
	UnverifiedParams bool
}

func (*pkgFact) AFact()           {}
func (f *pkgFact) String() string { return "jwtlint.pkg" }

// configFact is what importers need about a package's settings and
// stores: the configuration loaders it imports (their struct tag defaults
// count everywhere in the program), the viper defaults it sets by key, the
// variables and fields it reads into a key sink (provenance_store.go), and
// the slots of its own whose defaults it refuses to start with
// (provenance_guard.go), and the stores it makes into other packages'
// variables and fields (Stores, provenance_store.go). Keys are slotKey
// names. Lists are sorted: facts must encode deterministically.
type configFact struct {
	Loaders     []string
	KeyDefaults []keyDefault
	Sinks       []slotSink
	Guarded     []string
	Stores      []slotStore
	// SettingSinks are the key sinks fed by a setting read by name whose
	// default the package does not see; Joined the settings (at a sink)
	// whose default registered elsewhere the package judged
	// (provenance_registry.go).
	SettingSinks []settingSink
	Joined       []string
}

// keyDefault is the default a package sets for a setting read by key.
type keyDefault struct {
	Key     string
	Origins []factOrigin
}

func (*configFact) AFact()           {}
func (f *configFact) String() string { return "jwtlint.config" }

func (c *checker) toFact(os []Origin) []factOrigin {
	var out []factOrigin
	for _, o := range os {
		if o.Kind == Unknown {
			continue
		}
		where := o.Where
		if where == "" {
			where = c.position(o.Pos)
		}
		if unset, name, ok := c.uncheckedRead(o); ok && unset == "setting" {
			// Still unchecked here: importers judge it (envcheck.go). An
			// environment variable is judged only in the package that
			// reads it (failclosed's otherPackage), as before settings
			// were (issue 12).
			o.Unset, o.UnsetName = unset, name
		} else {
			o.Unset, o.UnsetName = "", ""
		}
		out = append(out, factOrigin{Kind: o.Kind, Where: where, Len: o.Len, Bits: o.Bits, WellKnown: o.WellKnown, PrivateKey: o.PrivateKey, Zero: o.Zero, ErrOnly: o.ErrOnly, Material: o.Material,
			Param: o.Index, Via: o.Via, Desc: o.Desc, Enc: o.Enc, SizeParam: o.SizeParam, UnitLen: o.UnitLen, UnitBits: o.UnitBits, Default: o.Default, Elem: o.Elem,
			Setting: o.Setting, SettingParam: o.SettingParam, Codec: o.Codec, Unset: o.Unset, UnsetName: o.UnsetName})
	}
	return out
}

func fromFact(fs []factOrigin) []Origin {
	var out []Origin
	for _, f := range fs {
		out = append(out, Origin{Kind: f.Kind, Where: f.Where, Len: f.Len, Bits: f.Bits, WellKnown: f.WellKnown, PrivateKey: f.PrivateKey, Zero: f.Zero, ErrOnly: f.ErrOnly, Material: f.Material,
			Index: f.Param, Via: f.Via, Desc: f.Desc, Enc: f.Enc, SizeParam: f.SizeParam, UnitLen: f.UnitLen, UnitBits: f.UnitBits, Default: f.Default, Elem: f.Elem,
			Setting: f.Setting, SettingParam: f.SettingParam, Codec: f.Codec, Unset: f.Unset, UnsetName: f.UnsetName})
	}
	if len(out) == 0 {
		return []Origin{{Kind: Unknown, Len: -1}}
	}
	return out
}

// importedFrom records on the origins of another package's function
// result or variable that may be an unchecked empty read (Origin.Unset)
// what they reached this package through.
func importedFrom(os []Origin, obj types.Object, idx int) []Origin {
	for i := range os {
		if os[i].Unset != "" {
			os[i].unsetFrom, os[i].unsetIdx = obj, idx
		}
	}
	return os
}

// importedResults returns the origins of result idx of a function of
// another package, from its facts.
func (c *checker) importedResults(obj *types.Func, idx int) []Origin {
	var f funcFact
	if !c.pass.ImportObjectFact(obj.Origin(), &f) || idx >= len(f.Results) {
		return []Origin{{Kind: Unknown, Len: -1}}
	}
	return importedFrom(fromFact(f.Results[idx]), obj, idx)
}

// importedVar returns the origins of a variable or field of another
// package, from its facts.
func (c *checker) importedVar(obj types.Object) []Origin {
	var f varFact
	if obj == nil || !c.pass.ImportObjectFact(obj, &f) {
		return []Origin{{Kind: Unknown, Len: -1}}
	}
	return importedFrom(fromFact(f.Origins), obj, 0)
}

// importedKeyParams returns the key parameters of a function of another
// package.
func (c *checker) importedKeyParams(obj *types.Func) []keyParam {
	var f funcFact
	if obj == nil || obj.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(obj.Origin(), &f) {
		return nil
	}
	return f.KeyParams
}

// exportFacts publishes what importers need: result summaries of functions
// whose results may be literal or pass a parameter through, key
// parameters, and the literals stored in variables and fields.
func (c *checker) exportFacts() {
	anyKeyParams := false
	apiOnly := c.keyishAPIOnly()
	var draws bool
	if apiOnly {
		var imports []string
		for _, imp := range c.pass.Pkg.Imports() {
			imports = append(imports, imp.Path())
		}
		draws = drawsRandom(imports)
	}
	for _, fn := range c.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() {
			continue
		}
		var f funcFact
		res := fn.Signature.Results()
		interesting := false
		keyish := !apiOnly || keyishAPIFunc(obj, draws)
		for i := 0; i < res.Len(); i++ {
			var sum []factOrigin
			switch rt := res.At(i).Type(); {
			case factKeyish(rt) && !keyish:
				// Not the key-ish API of a dependency (keyishAPIOnly).
			case factKeyish(rt):
				sum = c.toFact(c.dropGuarded(c.results(fn, i)))
				for _, o := range sum {
					if o.Kind != External && o.Kind != PublicKey || o.SettingParam > 0 || o.Unset != "" {
						interesting = true
					}
				}
			case isEmptyInterface(rt):
				// A configuration helper returning any (Env(name,
				// def ...any) any): worth a fact when it passes a
				// parameter through or reads a setting it names.
				sum = c.toFact(c.dropGuarded(c.results(fn, i)))
				if !slices.ContainsFunc(sum, func(o factOrigin) bool { return o.Kind == Param || o.SettingParam > 0 }) {
					sum = nil
				} else {
					interesting = true
				}
			}
			f.Results = append(f.Results, sum)
		}
		if !interesting {
			f.Results = nil
		}
		f.KeyParams = c.keyParams[fn]
		if len(f.KeyParams) > 0 {
			anyKeyParams = true
		}
		f.Registers = c.configIdx().registrars[fn]
		if f.Results != nil || f.KeyParams != nil || f.Registers != nil {
			c.pass.ExportObjectFact(obj, &f)
		}
	}
	exportable := func(obj types.Object) bool {
		if obj == nil || !obj.Exported() || obj.Pkg() != c.pass.Pkg || !factKeyish(obj.Type()) {
			return false
		}
		fv, ok := obj.(*types.Var)
		return !ok || !fv.IsField() || reachable(fv, slotKey(fv))
	}
	vars := map[types.Object]any{}
	for g, stores := range c.index.globalStores {
		if obj := g.Object(); exportable(obj) {
			vars[obj] = g
			c.exportVar(obj, stores, g)
		}
	}
	for obj := range c.embedVarsOnce() {
		if _, done := vars[obj]; !done && exportable(obj) {
			vars[obj] = obj
			c.exportVar(obj, nil, obj)
		}
	}
	for fv, stores := range c.index.fieldStores {
		if exportable(fv) {
			vars[fv] = fv
			c.exportVar(fv, stores, fv)
		}
	}
	for slot := range c.configIdx().into {
		obj := slotObject(slot)
		if _, done := vars[obj]; !done && exportable(obj) {
			c.exportVar(obj, nil, slot)
		}
	}
	if c.exportConfig() {
		anyKeyParams = true
	}
	if anyKeyParams {
		c.pass.ExportPackageFact(&pkgFact{KeySinks: true})
	}
}

// keyishAPIOnly reports whether the package is a dependency that is
// analyzed only for its key-ish API (keyishAPI): it belongs to a module
// required at a version, is no JWT library of the table and uses none,
// directly or through a wrapper. Such a package exports result facts only
// for the functions and methods of that API (keyishAPIFunc): a dependency
// without any is never analyzed, so a fact on another of its functions
// would exist only because a sibling has a key-ish name. And those facts
// cost: under go vet every importer decodes and encodes again the facts on
// the methods of its dependencies, and k8s.io/api/core/v1 passes the fast
// path and has 949 exported methods returning text or bytes (String,
// Marshal, Descriptor), whose facts each of client-go's units carried
// (BENCHMARKS.md).
func (c *checker) keyishAPIOnly() bool {
	return !c.jwt && isDependency(c.pass) && !c.table.paths[c.pass.Pkg.Path()]
}

func (c *checker) exportVar(obj types.Object, stores []*ssa.Store, slot any) {
	var os []Origin
	for _, st := range stores {
		if c.copyStoreLocal(st) {
			continue // a local copy's field that stays in the package (provenance_copy.go)
		}
		os = append(os, c.origins(st.Val, st.Pos())...)
	}
	if o, ok := c.embedded(obj); ok {
		os = append(os, o)
	}
	t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
	os = append(os, c.dropGuarded(dedup(t.intoDefaults(slot)))...)
	var f varFact
	for _, o := range c.toFact(os) {
		if o.Kind == Literal || o.Kind == Predictable || o.Kind == Random || o.Unset != "" {
			f.Origins = c.toFact(os)
			c.pass.ExportObjectFact(obj, &f)
			return
		}
	}
}

// exportConfig exports the package's configFact when it has anything to
// say, and reports whether importers must be analyzed for key uses (the
// package reads variables or fields into a key sink).
func (c *checker) exportConfig() bool {
	var f configFact
	ix := c.configIdx()
	kt := configKnowledge()
	for _, imp := range c.pass.Pkg.Imports() {
		if kt.loaders[imp.Path()] != nil {
			f.Loaders = append(f.Loaders, imp.Path())
		}
	}
	t := &tracer{c: c, visiting: map[ssa.Value]bool{}}
	for k, calls := range ix.byKey {
		var os []Origin
		for _, set := range calls {
			os = append(os, t.defaultValue(set, nil)...)
		}
		var lits []Origin
		for _, o := range c.dropGuarded(dedup(os)) {
			if o.Kind == Literal {
				lits = append(lits, o)
			}
		}
		if len(lits) > 0 {
			f.KeyDefaults = append(f.KeyDefaults, keyDefault{Key: k, Origins: c.toFact(lits)})
		}
	}
	slices.SortFunc(f.KeyDefaults, func(a, b keyDefault) int { return strings.Compare(a.Key, b.Key) })
	for _, s := range c.slots {
		f.Sinks = append(f.Sinks, s)
	}
	slices.SortFunc(f.Sinks, func(a, b slotSink) int { return strings.Compare(a.Key, b.Key) })
	f.Stores = c.foreignStores()
	f.SettingSinks = c.settingSinks()
	f.Joined = ix.joined
	if len(ix.into) > 0 || len(ix.byKey) > 0 || len(ix.loaders) > 0 {
		for obj := range c.guards().slots {
			if obj.Pkg() == c.pass.Pkg {
				f.Guarded = append(f.Guarded, slotKey(obj))
			}
		}
		slices.Sort(f.Guarded)
	}
	if f.Loaders != nil || f.KeyDefaults != nil || f.Sinks != nil || f.Guarded != nil || f.Stores != nil || f.SettingSinks != nil || f.Joined != nil {
		c.pass.ExportPackageFact(&f)
	}
	return f.Sinks != nil || f.SettingSinks != nil
}

// importedKeyDefaults returns the defaults imported packages set for a
// setting read by key (viper.SetDefault).
func (c *checker) importedKeyDefaults(key string) []Origin {
	var out []Origin
	for _, f := range c.pass.AllPackageFacts() {
		if cf, ok := f.Fact.(*configFact); ok && f.Package != c.pass.Pkg {
			for _, kd := range cf.KeyDefaults {
				if kd.Key == key && len(kd.Origins) > 0 {
					out = append(out, fromFact(kd.Origins)...)
				}
			}
		}
	}
	return out
}

// keyish reports whether values of type t can carry key material: strings,
// byte slices and arrays, interfaces, and pointers to structs (private keys).
func keyish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Interface:
		return true
	case *types.Pointer:
		_, ok := u.Elem().Underlying().(*types.Struct)
		return ok
	}
	return false
}

// isEmptyInterface reports whether t is interface{} (any).
func isEmptyInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.Empty()
}

// factKeyish reports whether facts about values of type t are worth
// exporting: key text and bytes, and private keys. (Rules look at more
// types within a package, such as the interface a keyfunc returns.)
func factKeyish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic, *types.Slice, *types.Array:
		return keyish(t)
	case *types.Pointer:
		if named, ok := types.Unalias(u.Elem()).(*types.Named); ok && named.Obj().Pkg() != nil {
			switch named.Obj().Pkg().Path() + "." + named.Obj().Name() {
			case "crypto/rsa.PrivateKey", "crypto/ecdsa.PrivateKey":
				return true
			}
		}
	case *types.Interface:
		if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
			return named.Obj().Pkg().Path()+"."+named.Obj().Name() == "crypto.PrivateKey"
		}
	}
	return false
}
