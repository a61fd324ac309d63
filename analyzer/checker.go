package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A checker holds the shared work of one package: its SSA, the syntax
// index, the key uses found, and the summaries of its functions. Rules read
// from it; they never walk the package themselves.
type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	table  *table
	syn    *syntax
	ssapkg *ssa.Package
	funcs  []*ssa.Function
	index  storeIndex
	// jwt is set when the package uses a JWT library (directly or through
	// a wrapper package): only then are there key uses to report.
	jwt bool

	resultMemo map[resultKey][]Origin
	memo       map[memoKey][]Origin
	keyParams  map[*ssa.Function][]keyParam
	held       map[*ssa.Global]heldRef
	uses       []*KeyUse
	// testUses are uses in package code moved to their origins in test
	// files (atTestOrigins): judged by the rules, never exported.
	testUses  []*KeyUse
	testFiles map[*token.File]bool
	reporter  *reporter
	// complete says which declarations have complete types (the others
	// are not analyzed: complete.go).
	complete *completeness
	// skippedUses are the objects named in declarations complete left out
	// (usedInSkipped), computed on first use.
	skippedUses map[types.Object]bool
	// config and guard index the package's settings with defaults and the
	// defaults it refuses (provenance_config.go, provenance_guard.go);
	// slots are the variables and fields its key uses read
	// (provenance_store.go).
	config *configIndex
	guard  *guardIndex
	slots  map[string]slotSink
	// envReadList are the package's reads of the environment and of
	// settings that may be empty (envcheck.go), listed on first use.
	envReadList *[]envRead
	// askedSettings are the settings whose presence the package tests
	// ("lib\x00name"; "lib\x00" for a name it cannot read), recorded by
	// envReads.
	askedSettings map[string]bool
	// depStores are the stores dependencies make into other packages'
	// slots, by slotKey (importedStores, built on first use); slotKeys
	// memoizes slotKey.
	depStores map[string][]factOrigin
	slotKeys  map[types.Object]string
	// embeds are the package's variables a //go:embed directive fills
	// (provenance_embed.go), built on first use.
	embeds map[types.Object]Origin
	// copies follows local copies of structs (provenance_copy.go), built
	// on first use.
	copies *copyIndex
	// inits is what the package's initialization does
	// (provenance_initzero.go), built on first use.
	inits *initScan
}

// storeIndex lists the stores to package variables and struct fields, and
// the static call sites of the package's functions.
type storeIndex struct {
	globalStores map[*ssa.Global][]*ssa.Store
	fieldStores  map[*types.Var][]*ssa.Store
	callSites    map[*ssa.Function][]ssa.CallInstruction
}

// A KeyUse is key material entering a JWT library: an argument, a struct
// field, or the value a keyfunc returns.
type KeyUse struct {
	// API is the table row of the sink.
	API *API
	// Name is the sink as users write it: "(*jwt.Token).SignedString",
	// "echojwt.Config.SigningKey".
	Name string
	// Role is SignKey, VerifyKey or Key.
	Role Role
	// Keyfunc is set when the key is returned by a keyfunc.
	Keyfunc bool
	// Via is the function of this package whose parameter reaches the
	// sink, when the use is a call to it ("auth.New"), with Where the sink.
	Via   string
	Where string
	// Pos and End delimit the expression to report.
	Pos, End token.Pos
	// Alg is the algorithm the key is used with, as the site says it;
	// empty when unknown.
	Alg string
	// Origins are where the key may come from.
	Origins []Origin
	// Test is set when the use is in test code.
	Test bool
	// Sink, on a use reported at its origin in a test file
	// (atTestOrigins), is the use in package code the origin reaches.
	Sink token.Pos
	// Value is the SSA value of the key, for rules that look further.
	Value ssa.Value
	// Func is the function containing the use.
	Func *ssa.Function
	// NonEmpty is set when the use runs only past a check that the key is
	// not empty (usedPastEmptyCheck): its empty origins never reach it.
	NonEmpty bool
}

func newChecker(pass *analysis.Pass, cfg *Config) *checker {
	c := &checker{
		pass:       pass,
		cfg:        cfg,
		table:      knowledge(),
		resultMemo: map[resultKey][]Origin{},
		memo:       map[memoKey][]Origin{},
		keyParams:  map[*ssa.Function][]keyParam{},
		held:       map[*ssa.Global]heldRef{},
		testFiles:  map[*token.File]bool{},
	}
	rel := pass.Pkg.Path()
	if pass.Module != nil && pass.Module.Path != "" {
		rel = strings.TrimPrefix(strings.TrimPrefix(rel, pass.Module.Path), "/")
	}
	helper := testHelperPackage(rel)
	for _, f := range pass.Files {
		if helper || isTestFile(pass.Fset, f) {
			c.testFiles[pass.Fset.File(f.Pos())] = true
		}
	}
	return c
}

// testHelperDirs name the directories that hold test helpers by
// convention: a package under one of them is test code even when it does
// not import "testing" (a test/helper package that the integration tests
// import, sweep case V4 of issue 12).
var testHelperDirs = []string{"test", "tests", "testutil", "testutils", "testhelper", "testhelpers", "testing", "testsupport"}

// testHelperPackage reports whether an element of a package's path within
// its module names a test helper directory.
func testHelperPackage(path string) bool {
	for _, elem := range strings.Split(path, "/") {
		if slices.Contains(testHelperDirs, elem) {
			return true
		}
	}
	return false
}

// check analyzes the package and says what it could not analyze.
func (c *checker) check() *Result {
	c.syn = newSyntax(c.pass.Fset, c.pass.Files, c.pass.TypesInfo)
	c.complete = newCompleteness(c.pass.TypesInfo, c.pass.TypeErrors)
	var err error
	c.ssapkg, c.funcs, err = buildSSA(c.pass, c.complete)
	res := c.complete.result()
	if err != nil {
		res.Failed = err.Error()
		return res
	}
	c.indexStores()
	if c.jwt {
		c.findUses()
		c.storeUses()
	}
	c.exportFacts()
	c.exportInitFacts()
	c.exportHeldFuncs()
	c.exportVerifyFacts()
	if !c.jwt || c.table.paths[c.pass.Pkg.Path()] {
		// A JWT library's own packages use the APIs the rules are about
		// to implement the safe ones (jws.Verify parses before it
		// verifies; the "none" signer names "none"): the rules are about
		// the library's users (lestrrat-go/jwx, testdata/realworld.md).
		return res
	}
	c.reporter = newReporter(c.pass, c.cfg, c.testFiles, c.complete.skips)
	for _, r := range Rules() {
		if !c.cfg.enabled(r.ID) {
			continue
		}
		if r.checkKey != nil {
			for _, u := range slices.Concat(c.uses, c.testUses) {
				r.checkKey(c, r, u)
			}
		}
		if r.check != nil {
			r.check(c, r)
		}
	}
	c.reporter.flush()
	return res
}

func (c *checker) indexStores() {
	var dynamic []ssa.CallInstruction
	c.index = storeIndex{
		globalStores: map[*ssa.Global][]*ssa.Store{},
		fieldStores:  map[*types.Var][]*ssa.Store{},
		callSites:    map[*ssa.Function][]ssa.CallInstruction{},
	}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					switch addr := instr.Addr.(type) {
					case *ssa.Global:
						c.index.globalStores[addr] = append(c.index.globalStores[addr], instr)
					case *ssa.FieldAddr:
						if fv := structField(addr.X.Type(), addr.Field); fv != nil {
							c.index.fieldStores[fv] = append(c.index.fieldStores[fv], instr)
						}
					}
				case ssa.CallInstruction:
					if callee := staticCallee(instr.Common()); callee != nil {
						if callee.Pkg == c.ssapkg {
							c.index.callSites[callee] = append(c.index.callSites[callee], instr)
						}
					} else if !instr.Common().IsInvoke() {
						dynamic = append(dynamic, instr)
					}
				}
			}
		}
	}
	c.dropOverwrittenInits()
	// Calls through variables need every store to the variable indexed.
	c.heldCallSites(dynamic)
}

// findUses finds every key use of the package: library sinks first, then,
// to a fixed point, calls of functions whose parameters reach a sink.
func (c *checker) findUses() {
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					c.callSink(fn, instr)
				case *ssa.Store:
					c.fieldSink(fn, instr)
				}
			}
		}
	}
	// Calls of functions of other packages that pass a parameter to a
	// sink (facts), and of this package's (found above), to a fixed point.
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					if _, obj := c.callee(call.Common()); obj != nil {
						for _, kp := range c.importedKeyParams(obj) {
							if c.directSink(obj, kp.Index) {
								continue // reported by its own row (callSink)
							}
							c.wrapperUse(fn, call, kp, shortObjName(obj))
						}
					}
				}
			}
		}
	}
}

// directSink reports whether SSA parameter i (the receiver first) of obj is
// a key or keyfunc parameter of a table row: a library function such as
// iris's jwt.NewSigner is both a row and, by its facts, a wrapper of
// another sink (Signer.Key), and its calls would be reported twice
// (testdata/src/regressdup).
func (c *checker) directSink(obj *types.Func, i int) bool {
	sig := obj.Type().(*types.Signature)
	if sig.Recv() != nil {
		i--
	}
	for _, row := range c.table.funcRows(obj) {
		switch row.Role {
		case SignKey, VerifyKey, Key, Keyfunc:
			if paramIndex(sig, row.Param) == i {
				return true
			}
		}
	}
	return false
}

// addUse records a key use, turning its Param origins into key parameters
// of their functions (whose call sites then become uses in turn). A key set
// (a map or slice of keys, such as echo-jwt's SigningKeys) is one use per
// element.
func (c *checker) addUse(u *KeyUse) {
	if elems := c.elements(u); elems != nil {
		for _, e := range elems {
			c.addUse(e)
		}
		return
	}
	if !u.Test {
		if c.cfg.IncludeTests {
			c.atTestOrigins(u)
		}
		u.Origins = c.dropTestOrigins(u.Origins)
	}
	c.uses = append(c.uses, u)
	for _, o := range u.Origins {
		if o.Kind != Param || o.Fn == nil || o.Index < 0 {
			continue
		}
		kp := keyParam{Index: o.Index, API: u.Name, Lib: u.API.Lib, Role: u.Role, Where: u.Where, Alg: u.Alg, NonEmpty: o.NonEmpty}
		if kp.Where == "" {
			kp.Where = c.position(u.Pos)
		}
		if slices.ContainsFunc(c.keyParams[o.Fn], func(k keyParam) bool { return k.Index == o.Index }) {
			continue
		}
		c.keyParams[o.Fn] = append(c.keyParams[o.Fn], kp)
		for _, site := range c.index.callSites[o.Fn] {
			c.wrapperUse(site.Parent(), site, kp, shortFuncName(o.Fn))
		}
	}
}

// dropTestOrigins removes the origins written in test files from the
// origins of a use in non-test code. In a package's test variant the stores
// of its _test.go files count among a field's or variable's stores, so a
// middleware whose tests fill its Key field with a literal would otherwise
// be reported at its own sink (gin-jwt, testdata/realworld.md). Test code
// is judged by itself with -include-tests. When nothing is left, the
// origin is Unknown: rules stay silent.
func (c *checker) dropTestOrigins(os []Origin) []Origin {
	inTest := func(o Origin) bool {
		return o.Pos.IsValid() && c.testFiles[c.pass.Fset.File(o.Pos)]
	}
	if !slices.ContainsFunc(os, inTest) {
		return os
	}
	out := slices.DeleteFunc(slices.Clone(os), inTest)
	if len(out) == 0 {
		return unknown()
	}
	return out
}

// atTestOrigins records, for a use in package code, a use at each of its
// origins written in a test file, to be reported there with
// -include-tests: the test's literal is what to change, and the package's
// sink is the same code whether its tests run or not (livekit/protocol's
// webhook notifiers sign with the secret of parameters that only
// webhook_test.go fills with a literal: go vet, whose unit of package code
// never sees the test, reported nothing, and jwtlint -include-tests
// reported both sinks in package code). Two sinks reached from one literal
// are one finding at the literal (reporter.add).
func (c *checker) atTestOrigins(u *KeyUse) {
	for _, o := range u.Origins {
		if !o.Pos.IsValid() || !c.testFiles[c.pass.Fset.File(o.Pos)] {
			continue
		}
		if o.Kind == Literal && o.Len == 0 {
			continue // an empty key a test passes to see the error
		}
		t := *u
		t.Origins = []Origin{o}
		t.Pos, t.End = o.Pos, c.syn.nodeEnd(o.Pos)
		t.Test = true
		t.Sink = u.Pos
		c.testUses = append(c.testUses, &t)
	}
}

// wrapperUse records the argument of a call to a function whose parameter
// kp reaches a key sink.
func (c *checker) wrapperUse(fn *ssa.Function, call ssa.CallInstruction, kp keyParam, via string) {
	common := call.Common()
	if common.IsInvoke() || kp.Index >= len(common.Args) {
		return
	}
	v := common.Args[kp.Index]
	astIdx := kp.Index
	if _, obj := c.callee(common); obj != nil && obj.Type().(*types.Signature).Recv() != nil && !c.isMethodExpr(common.Pos()) {
		astIdx-- // the receiver is not among the call's arguments
	}
	expr := c.syn.callArg(common.Pos(), astIdx)
	u := &KeyUse{
		API:   &API{Name: kp.API, Lib: kp.Lib, Role: kp.Role},
		Name:  kp.API,
		Role:  kp.Role,
		Via:   via,
		Where: kp.Where,
		Alg:   kp.Alg,
		Value: v,
		Func:  fn,
	}
	c.setRange(u, expr, common.Pos())
	u.Origins = c.origins(v, u.Pos)
	if kp.NonEmpty {
		if u.Origins = nonEmpty(u.Origins); len(u.Origins) == 0 {
			return // only empty arguments, which the function replaces
		}
	}
	c.addUse(u)
}

func (c *checker) setRange(u *KeyUse, expr ast.Expr, fallback token.Pos) {
	if expr != nil {
		u.Pos, u.End = expr.Pos(), expr.End()
	} else {
		u.Pos = fallback
	}
	u.Test = c.testFiles[c.pass.Fset.File(u.Pos)]
}

// callSink records the key arguments and keyfuncs of a call of a library
// API.
func (c *checker) callSink(fn *ssa.Function, call ssa.CallInstruction) {
	common := boundCall(call.Common())
	_, obj := c.callee(common)
	if obj == nil {
		return
	}
	sig := obj.Type().(*types.Signature)
	recv, astRecv := 0, 0
	if sig.Recv() != nil && !common.IsInvoke() {
		recv = 1
		if c.isMethodExpr(common.Pos()) {
			astRecv = 1
		}
	}
	for _, row := range c.table.funcRows(obj) {
		p := paramIndex(sig, row.Param)
		if p < 0 || p+recv >= len(common.Args) || (sig.Variadic() && p == sig.Params().Len()-1) {
			continue
		}
		v := common.Args[p+recv]
		expr := c.syn.callArg(common.Pos(), p+astRecv)
		switch row.Role {
		case SignKey, VerifyKey, Key:
			u := &KeyUse{API: row, Name: shortObjName(obj), Role: row.Role, Value: v, Func: fn, Alg: c.siteAlg(row, common, recv, nil)}
			c.setRange(u, expr, common.Pos())
			u.Origins = c.origins(v, u.Pos)
			if usedPastEmptyCheck(call, v) {
				if u.Origins = nonEmpty(u.Origins); len(u.Origins) == 0 {
					continue // only empty keys, which the function refuses
				}
				u.NonEmpty = true
			}
			c.addUse(u)
		case Keyfunc:
			c.keyfuncUses(fn, row, shortObjName(obj), v, expr, common.Pos(), c.whitelistAlg(common))
		}
	}
}

// boundCall returns a call of a method value (sign := tok.SignedString;
// sign(key)) as a call of the method itself, the receiver first: SSA calls
// a synthetic wrapper that holds the receiver, so the call's arguments lack
// the receiver the table's parameter indexes count
// (testdata/src/hostileimports). Other calls are returned as they are.
func boundCall(common *ssa.CallCommon) *ssa.CallCommon {
	mc, ok := common.Value.(*ssa.MakeClosure)
	if !ok || len(mc.Bindings) != 1 {
		return common
	}
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || fn.Synthetic == "" || fn.Signature.Recv() != nil {
		return common
	}
	if obj, ok := fn.Object().(*types.Func); !ok || obj.Signature().Recv() == nil {
		return common
	}
	cc := *common
	cc.Args = append([]ssa.Value{mc.Bindings[0]}, common.Args...)
	return &cc
}

func (c *checker) isMethodExpr(lparen token.Pos) bool {
	call := c.syn.calls[lparen]
	if call == nil {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok {
			return s.Kind() == types.MethodExpr
		}
	}
	return false
}

// fieldSink records a key stored in a field of a library struct.
func (c *checker) fieldSink(fn *ssa.Function, st *ssa.Store) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	name, fv := fieldName(fa.X.Type(), fa.Field)
	if fv == nil {
		return
	}
	rows := c.table.byName[name]
	if len(rows) == 0 {
		return
	}
	expr := c.syn.stored[st.Pos()]
	display := shortFieldName(fa.X.Type(), fv)
	for _, row := range rows {
		switch row.Role {
		case SignKey, VerifyKey, Key:
			u := &KeyUse{API: row, Name: display, Role: row.Role, Value: st.Val, Func: fn, Alg: c.siteAlg(row, nil, 0, st)}
			c.setRange(u, expr, st.Pos())
			u.Origins = c.origins(st.Val, u.Pos)
			c.addUse(u)
		case Keyfunc:
			c.keyfuncUses(fn, row, display, st.Val, expr, st.Pos(), c.siteAlg(row, nil, 0, st))
		}
	}
}

// keyfuncUses records the keys a keyfunc returns. Keyfuncs of this package
// are followed to each return statement; a keyfunc of another package is
// judged by its facts, at the argument.
func (c *checker) keyfuncUses(fn *ssa.Function, row *API, name string, v ssa.Value, expr ast.Expr, fallback token.Pos, alg string) {
	for _, kf := range c.funcsOf(v, 0) {
		if kf.Pkg != c.ssapkg || kf.Blocks == nil {
			obj, _ := kf.Object().(*types.Func)
			if obj == nil {
				continue
			}
			u := &KeyUse{API: row, Name: name, Role: VerifyKey, Keyfunc: true, Func: fn, Alg: alg}
			c.setRange(u, expr, fallback)
			u.Origins = c.importedResults(obj, 0)
			c.addUse(u)
			continue
		}
		for _, b := range kf.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) == 0 {
				continue
			}
			var rexpr ast.Expr
			if rs := c.syn.returns[ret.Pos()]; rs != nil && len(rs.Results) > 0 {
				rexpr = rs.Results[0]
			}
			u := &KeyUse{API: row, Name: name, Role: VerifyKey, Keyfunc: true, Value: ret.Results[0], Func: kf, Alg: alg}
			c.setRange(u, rexpr, ret.Pos())
			u.Origins = c.origins(ret.Results[0], u.Pos)
			c.addUse(u)
		}
	}
}

// funcsOf returns the functions a function value may be: a named function,
// a closure, a method value, a conversion to a named func type, or what a
// factory of this package returns.
func (c *checker) funcsOf(v ssa.Value, depth int) []*ssa.Function {
	if depth > 8 {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Function:
		return []*ssa.Function{v}
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if fn.Synthetic != "" && len(fn.Blocks) > 0 {
			// A bound method value: the wrapper calls the method.
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(*ssa.Call); ok {
						if callee := staticCallee(call.Common()); callee != nil {
							return []*ssa.Function{callee}
						}
					}
				}
			}
		}
		return []*ssa.Function{fn}
	case *ssa.ChangeType:
		return c.funcsOf(v.X, depth+1)
	case *ssa.MakeInterface:
		return c.funcsOf(v.X, depth+1)
	case *ssa.Phi:
		var out []*ssa.Function
		for _, e := range v.Edges {
			out = append(out, c.funcsOf(e, depth+1)...)
		}
		return out
	case *ssa.Call:
		if callee := staticCallee(v.Common()); callee != nil && callee.Pkg == c.ssapkg {
			var out []*ssa.Function
			for _, b := range callee.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
					out = append(out, c.funcsOf(ret.Results[0], depth+1)...)
				}
			}
			return out
		}
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			var out []*ssa.Function
			for _, st := range c.index.globalStores[g] {
				out = append(out, c.funcsOf(st.Val, depth+1)...)
			}
			return out
		}
	}
	return nil
}

// shortFieldName names a field the way users write it: "echojwt.Config.SigningKey".
func shortFieldName(t types.Type, fv *types.Var) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if named, ok := t.(*types.Named); ok && named.Obj().Pkg() != nil {
		return named.Obj().Pkg().Name() + "." + named.Obj().Name() + "." + fv.Name()
	}
	return fv.Name()
}

// elements splits a use of a key set built by a map or slice literal into
// one use per element; nil when u is not such a set.
func (c *checker) elements(u *KeyUse) []*KeyUse {
	if u.Value == nil {
		return nil
	}
	v := stripIface(u.Value)
	var vals []ssa.Value
	var poss []token.Pos
	switch x := v.(type) {
	case *ssa.MakeMap:
		for _, ref := range *x.Referrers() {
			if mu, ok := ref.(*ssa.MapUpdate); ok && mu.Map == x {
				vals, poss = append(vals, mu.Value), append(poss, mu.Pos())
			}
		}
	case *ssa.Slice:
		alloc, ok := x.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		if _, isBytes := x.Type().Underlying().(*types.Slice).Elem().Underlying().(*types.Basic); isBytes {
			return nil // a []byte key, not a set
		}
		for _, ref := range *alloc.Referrers() {
			ia, ok := ref.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, r := range *ia.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
					vals, poss = append(vals, st.Val), append(poss, st.Pos())
				}
			}
		}
	default:
		return nil
	}
	if len(vals) == 0 {
		return nil
	}
	var out []*KeyUse
	for i, val := range vals {
		e := *u
		e.Value = val
		c.setRange(&e, c.syn.stored[poss[i]], poss[i])
		e.Origins = c.origins(val, e.Pos)
		out = append(out, &e)
	}
	return out
}
