package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file decides which declarations of a package have complete type
// information, so that a package with type errors (its own, or a
// dependency's that no longer builds with the current Go, such as an old
// bytedance/sonic) is still analyzed where it can be. The analyzer runs
// despite errors (RunDespiteErrors); the SSA builder must never see a
// function with type errors, so the judgement is made per top-level
// declaration before SSA is built: a function whose declaration holds a type
// error, a syntax error, or an expression or identifier of an invalid type is
// given to the builder without its body, a package variable whose
// initializer is so is left uninitialized, and both are named in the
// analyzer's Result and never reported on, except by the findings that need
// only the types of their own expressions (none-alg's references). Where
// the judgement misses what the builder fails on, buildSSA finds the
// declarations by building again without them (ssabuild.go).

// Result is what the analyzer returns for a package besides its diagnostics:
// what it could not analyze. Drivers print [Result.Note] for the packages
// they were asked about (a note, not a finding: it changes no exit code).
type Result struct {
	// Skipped names, in source order, the declarations that were not
	// analyzed because their types are incomplete: "f", "(*T).M", "var x".
	Skipped []string
	// Unbuilt names, in source order, the declarations among Skipped that
	// the type checker passed but the SSA builder failed on: their types
	// are incomplete in a way the judgement of complete.go did not see.
	Unbuilt []string
	// Failed is set when the package could not be analyzed at all: the
	// SSA builder failed on what the type checker left even with no
	// function body and no initializer to build.
	Failed string
}

// Partial reports whether the package was analyzed only in part.
func (r *Result) Partial() bool {
	return r != nil && (len(r.Skipped) > 0 || r.Failed != "")
}

// Note says what was not analyzed in the package with the given path, for a
// driver to print on standard error; "" when it was analyzed whole.
func (r *Result) Note(pkgPath string) string {
	switch {
	case !r.Partial():
		return ""
	case r.Failed != "":
		return fmt.Sprintf("note: %s was not analyzed: it has type errors and %s", pkgPath, r.Failed)
	}
	const show = 5
	names := r.Skipped
	more := ""
	if len(names) > show {
		more = fmt.Sprintf(" and %d more", len(names)-show)
		names = names[:show]
	}
	what := "declaration"
	if len(r.Skipped) > 1 {
		what += "s"
	}
	note := fmt.Sprintf("note: %s was analyzed in part: %d %s with type errors or incomplete types not analyzed (%s%s)",
		pkgPath, len(r.Skipped), what, strings.Join(names, ", "), more)
	if len(r.Unbuilt) > 0 {
		note += fmt.Sprintf("; the SSA builder failed on %d of them (%s)", len(r.Unbuilt), strings.Join(r.Unbuilt, ", "))
	}
	return note
}

// completeness is the judgement on one package's declarations.
type completeness struct {
	info *types.Info
	// errs are the positions of the package's hard type errors (soft
	// ones, such as an unused variable, leave the types complete).
	errs []token.Pos
	// ranges are the skipped declarations, for the rules that walk syntax
	// and for the reporter.
	ranges  []posRange
	skipped []string
	// unbuilt are the skipped declarations the SSA builder failed on
	// (ssabuild.go), in source order.
	unbuilt []buildUnit
	// badInits are the initializer expressions of skipped variables.
	badInits map[ast.Expr]bool
	// suspect is set when anything at all is incomplete: the package is
	// then built serially, under recover.
	suspect bool
	valid   map[types.Type]bool
	// allValid is set, on first use, when every type the type checker
	// recorded is valid (allTypesValid): a declaration is then complete
	// unless its syntax is broken, which a lighter walk tells.
	allValid, allValidDone bool
}

type posRange struct{ pos, end token.Pos }

func newCompleteness(info *types.Info, typeErrors []types.Error) *completeness {
	c := &completeness{info: info, badInits: map[ast.Expr]bool{}, valid: map[types.Type]bool{}}
	for _, e := range typeErrors {
		// A message starting with a tab continues the error before it and
		// points at a related place ("\tother declaration of main"), which
		// is not itself in error.
		if !e.Soft && !strings.HasPrefix(e.Msg, "\t") {
			c.errs = append(c.errs, e.Pos)
		}
	}
	slices.Sort(c.errs)
	c.suspect = len(c.errs) > 0
	return c
}

// usedInSkipped reports whether fn, a function of the package, is named in
// a declaration that was not analyzed: a caller the rules cannot see.
func (c *checker) usedInSkipped(fn *ssa.Function) bool {
	if c.complete == nil || len(c.complete.ranges) == 0 || fn.Object() == nil {
		return false
	}
	if c.skippedUses == nil {
		c.skippedUses = map[types.Object]bool{}
		for id, obj := range c.pass.TypesInfo.Uses {
			if c.complete.skips(id.Pos()) {
				c.skippedUses[obj] = true
			}
		}
	}
	return c.skippedUses[fn.Object()]
}

// skips reports whether pos lies in a declaration that was not analyzed.
func (c *completeness) skips(pos token.Pos) bool {
	if c == nil {
		return false
	}
	for _, r := range c.ranges {
		if r.pos <= pos && pos < r.end {
			return true
		}
	}
	return false
}

// files returns the files to give the SSA builder: pass's files, where a
// declaration with incomplete types lost its body (a function) or its
// initializer (a variable), and declarations without a type-checker object
// are dropped. The originals are not modified; when nothing is incomplete
// they are returned as they are.
func (c *completeness) files(files []*ast.File) []*ast.File {
	var out []*ast.File
	changed := false
	for _, f := range files {
		nf, ch := c.file(f)
		out = append(out, nf)
		changed = changed || ch
	}
	if !changed {
		return files
	}
	c.suspect = true
	return out
}

func (c *completeness) file(f *ast.File) (*ast.File, bool) {
	var decls []ast.Decl
	changed := false
	for _, d := range f.Decls {
		nd, ch := c.decl(d)
		changed = changed || ch
		if nd != nil {
			decls = append(decls, nd)
		}
	}
	if !changed {
		return f, false
	}
	nf := *f
	nf.Decls = decls
	return &nf, true
}

func (c *completeness) decl(d ast.Decl) (ast.Decl, bool) {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if _, ok := c.info.Defs[d.Name].(*types.Func); !ok {
			// A redeclared function has no object of its own to build.
			c.skip(d, funcDeclName(d))
			return nil, true
		}
		if d.Body == nil || c.complete(d) {
			return d, false
		}
		c.skip(d, funcDeclName(d))
		nd := *d
		nd.Body = nil // built as a function without a body
		return &nd, true
	case *ast.GenDecl:
		if d.Tok == token.IMPORT {
			return d, false
		}
		var specs []ast.Spec
		changed := false
		for _, s := range d.Specs {
			ns, ch := c.spec(d.Tok, s)
			changed = changed || ch
			if ns != nil {
				specs = append(specs, ns)
			}
		}
		if !changed {
			return d, false
		}
		nd := *d
		nd.Specs = specs
		return &nd, true
	case *ast.BadDecl:
		c.skip(d, "a declaration that does not parse")
		return d, false
	}
	return d, false
}

// spec judges a const, type or var spec. Names without an object are
// dropped (the builder would fail on them); a variable whose declaration
// is incomplete keeps its name but loses its initializer (filterInits).
func (c *completeness) spec(tok token.Token, s ast.Spec) (ast.Spec, bool) {
	var names []*ast.Ident
	switch s := s.(type) {
	case *ast.ValueSpec:
		names = s.Names
	case *ast.TypeSpec:
		names = []*ast.Ident{s.Name}
	}
	for _, id := range names {
		if c.info.Defs[id] == nil {
			c.skip(s, specName(tok, names))
			return nil, true
		}
	}
	if tok != token.VAR || c.complete(s) {
		return s, false
	}
	vs := s.(*ast.ValueSpec)
	c.skip(s, specName(tok, names))
	for _, v := range vs.Values {
		c.badInits[v] = true
	}
	return s, false
}

func (c *completeness) skip(n ast.Node, name string) {
	c.ranges = append(c.ranges, posRange{n.Pos(), n.End()})
	c.skipped = append(c.skipped, name)
	c.suspect = true
}

// skipUnbuilt skips the declarations the SSA builder failed on, keeping
// the skipped ones in source order.
func (c *completeness) skipUnbuilt(units []buildUnit) {
	if len(units) == 0 {
		return
	}
	for _, u := range units {
		c.skip(u.decl, u.name)
	}
	c.unbuilt = append(c.unbuilt, units...)
	slices.SortStableFunc(c.unbuilt, func(a, b buildUnit) int { return int(a.decl.Pos()) - int(b.decl.Pos()) })
	order := make([]int, len(c.ranges))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(c.ranges[a].pos) - int(c.ranges[b].pos) })
	ranges, skipped := make([]posRange, len(order)), make([]string, len(order))
	for i, j := range order {
		ranges[i], skipped[i] = c.ranges[j], c.skipped[j]
	}
	c.ranges, c.skipped = ranges, skipped
}

// result is what the judgement adds to the analyzer's Result.
func (c *completeness) result() *Result {
	r := &Result{Skipped: c.skipped}
	for _, u := range c.unbuilt {
		r.Unbuilt = append(r.Unbuilt, u.name)
	}
	return r
}

// initOrder returns the package's initializers without those of skipped
// variables.
func (c *completeness) initOrder(inits []*types.Initializer) []*types.Initializer {
	if len(c.badInits) == 0 {
		return inits
	}
	return slices.DeleteFunc(slices.Clone(inits), func(i *types.Initializer) bool { return c.badInits[i.Rhs] })
}

// complete reports whether the declaration n holds no hard type error, no
// syntax error, and no expression or identifier whose type is invalid.
func (c *completeness) complete(n ast.Node) bool {
	i, _ := slices.BinarySearch(c.errs, n.Pos())
	if i < len(c.errs) && c.errs[i] < n.End() {
		return false
	}
	if !c.allValidDone {
		c.allValid, c.allValidDone = c.allTypesValid(), true
		if !c.allValid {
			// Judged in the maps' order, a recursive type may have
			// been taken for valid while it was judged: judge again in
			// source order, as walk always has.
			c.valid = map[types.Type]bool{}
		}
	}
	return c.walk(n, !c.allValid)
}

// walk is complete's look at each node of n: its syntax, and with typed
// set the types of its identifiers and expressions too.
func (c *completeness) walk(n ast.Node, typed bool) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.BadExpr, *ast.BadStmt, *ast.BadDecl:
			ok = false
		case *ast.SelectorExpr:
			// A selector resolves to a field or method (Selections) or
			// to a package member (Uses). Neither: a name of a package
			// that was not imported (its module is missing), which the
			// type checker leaves unrecorded and unreported, and on
			// which the SSA builder fails (jumpstarter-controller's
			// pb.RegisterRouterServiceServer call).
			ok = c.info.Selections[n] != nil || c.info.Uses[n.Sel] != nil
		case *ast.Ident:
			if !typed {
				break
			}
			obj := c.info.Defs[n]
			if obj == nil {
				obj = c.info.Uses[n]
			}
			ok = c.objValid(obj)
		}
		if e, isExpr := n.(ast.Expr); ok && typed && isExpr {
			if tv, found := c.info.Types[e]; found && !tv.IsBuiltin() {
				ok = c.validType(tv.Type)
			}
		}
		return ok
	})
	return ok
}

// allTypesValid reports whether the package has no hard type error and
// every type the type checker recorded is valid: those of the expressions
// (Types) and of the objects identifiers define or use (Defs, Uses), with
// complete's exceptions. Then no identifier or expression can make a
// declaration incomplete, and complete needs to look only at its syntax.
// Ranging over the maps once costs less than looking each node of every
// declaration up in them (k8s.io/api/core/v1's generated code: 0.37 s of
// its 1.5 s under go vet).
func (c *completeness) allTypesValid() bool {
	if len(c.errs) > 0 {
		return false
	}
	for _, tv := range c.info.Types {
		if !tv.IsBuiltin() && !c.validType(tv.Type) {
			return false
		}
	}
	for _, obj := range c.info.Defs {
		if !c.objValid(obj) {
			return false
		}
	}
	for _, obj := range c.info.Uses {
		if !c.objValid(obj) {
			return false
		}
	}
	return true
}

// objValid reports whether an identifier's object leaves its declaration
// complete: it has a valid type, or no type of its own (go/types gives
// package names, labels, builtins and nil the invalid type).
func (c *completeness) objValid(obj types.Object) bool {
	switch obj.(type) {
	case nil, *types.PkgName, *types.Label, *types.Builtin, *types.Nil:
		return true
	}
	return c.validType(obj.Type())
}

// validType reports whether t is a type the SSA builder can work with: no
// part of it is the invalid type. A named type counts by its type arguments
// and by whether its own definition resolved; the fields and methods of a
// dependency's struct are judged where they are used.
func (c *completeness) validType(t types.Type) bool {
	if t == nil {
		return false
	}
	if v, ok := c.valid[t]; ok {
		return v
	}
	c.valid[t] = true // a recursive type is valid while it is being judged
	v := c.judge(t)
	c.valid[t] = v
	return v
}

func (c *completeness) judge(t types.Type) bool {
	switch t := t.(type) {
	case *types.Basic:
		return t.Kind() != types.Invalid
	case *types.Alias:
		return c.validType(types.Unalias(t))
	case *types.Named:
		if u := t.Underlying(); u == nil || u == types.Typ[types.Invalid] {
			return false
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if !c.validType(t.TypeArgs().At(i)) {
				return false
			}
		}
		return true
	case *types.Pointer:
		return c.validType(t.Elem())
	case *types.Slice:
		return c.validType(t.Elem())
	case *types.Array:
		return t.Len() >= 0 && c.validType(t.Elem())
	case *types.Chan:
		return c.validType(t.Elem())
	case *types.Map:
		return c.validType(t.Key()) && c.validType(t.Elem())
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if !c.validType(t.At(i).Type()) {
				return false
			}
		}
		return true
	case *types.Signature:
		return c.validType(t.Params()) && c.validType(t.Results())
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !c.validType(t.Field(i).Type()) {
				return false
			}
		}
		return true
	case *types.Interface:
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if !c.validType(t.ExplicitMethod(i).Type()) {
				return false
			}
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !c.validType(t.EmbeddedType(i)) {
				return false
			}
		}
		return true
	case *types.TypeParam:
		return c.validType(t.Constraint())
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if !c.validType(t.Term(i).Type()) {
				return false
			}
		}
		return true
	}
	return false
}

// funcDeclName names a function or method as the note shows it: "f",
// "(*T).M", "T.M".
func funcDeclName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	recv := d.Recv.List[0].Type
	star := ""
	if s, ok := recv.(*ast.StarExpr); ok {
		star, recv = "*", s.X
	}
	switch r := recv.(type) {
	case *ast.IndexExpr:
		recv = r.X
	case *ast.IndexListExpr:
		recv = r.X
	}
	name := "?"
	if id, ok := recv.(*ast.Ident); ok {
		name = id.Name
	}
	if star != "" {
		return "(*" + name + ")." + d.Name.Name
	}
	return name + "." + d.Name.Name
}

func specName(tok token.Token, names []*ast.Ident) string {
	var s []string
	for _, id := range names {
		s = append(s, id.Name)
	}
	return tok.String() + " " + strings.Join(s, ", ")
}
