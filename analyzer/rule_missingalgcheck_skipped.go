package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// checkMissingAlgSkipped reports missing-alg-check in the declarations left
// out because other code in them is ill-typed (complete.go: their bodies
// are not built into SSA, so checkParseCall never sees them): moon's
// palace middleware parses a token with a keyfunc that returns the HMAC key
// for any method, in a function that also calls a constructor of an
// uncommitted generated package (testdata/realworld.md, sweep 5). Without
// SSA only what the syntax settles is reported: a call of a package-level
// parse function of the table, with no options, whose keyfunc is a function
// literal that returns a []byte key and nil and reads nothing of the token
// (so it cannot check the method), with a token that is not a literal.
func checkMissingAlgSkipped(c *checker, r *Rule) {
	if len(c.complete.ranges) == 0 {
		return
	}
	info := c.pass.TypesInfo
	v := newVerifier(c)
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !c.complete.skips(call.Pos()) {
				return true
			}
			obj := typeutil.StaticCallee(info, call)
			if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
				return true // a method, a builtin or no function at all
			}
			sig := obj.Type().(*types.Signature)
			var kfRow *API
			for _, row := range c.table.funcRows(obj) {
				if unrestrictedKeyfunc(row) {
					kfRow = row
				}
			}
			if kfRow == nil || call.Ellipsis.IsValid() {
				return true
			}
			p := paramIndex(sig, kfRow.Param)
			fixed := sig.Params().Len()
			if sig.Variadic() {
				fixed--
			}
			if p < 0 || p >= fixed || len(call.Args) != fixed {
				return true // options, which the syntax cannot judge
			}
			lit, ok := ast.Unparen(call.Args[p]).(*ast.FuncLit)
			if !ok || !bytesKeyOnly(info, lit) {
				return true
			}
			for i, a := range call.Args {
				if _, isLit := ast.Unparen(a).(*ast.BasicLit); isLit && i != p {
					return true // a literal token: the program's own
				}
			}
			jwtPkg := keyfuncPackage(sig.Params().At(p).Type())
			msg := shortObjName(obj) + " " + v.danger(keyKinds{Secret: true}) + "; " + v.remedy(obj, jwtPkg, nil) + ", or check t.Method in the keyfunc"
			test := c.testFiles[c.pass.Fset.File(call.Pos())]
			c.reporter.addTyped(r, test, analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: r.ID, Message: msg})
			return true
		})
	}
}

// bytesKeyOnly reports whether a keyfunc literal's body is one return of a
// []byte key (a conversion of, or a reference to, a variable or constant:
// no call but the conversion) and nil, with its token parameter unused.
func bytesKeyOnly(info *types.Info, lit *ast.FuncLit) bool {
	if len(lit.Body.List) != 1 {
		return false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 {
		return false
	}
	if id, ok := ast.Unparen(ret.Results[1]).(*ast.Ident); !ok || id.Name != "nil" || info.Uses[id] != types.Universe.Lookup("nil") {
		return false
	}
	key := ast.Unparen(ret.Results[0])
	if conv, ok := key.(*ast.CallExpr); ok {
		tv, ok := info.Types[conv.Fun]
		if !ok || !tv.IsType() || len(conv.Args) != 1 {
			return false // a call, not a conversion
		}
		key = ast.Unparen(conv.Args[0])
	}
	switch key.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.BasicLit:
	default:
		return false
	}
	t := info.TypeOf(ret.Results[0])
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	if b, ok := s.Elem().Underlying().(*types.Basic); !ok || b.Kind() != types.Byte {
		return false
	}
	// The token parameter is not read: nothing checks its method.
	var params []types.Object
	for _, fld := range lit.Type.Params.List {
		for _, name := range fld.Names {
			if o := info.Defs[name]; o != nil {
				params = append(params, o)
			}
		}
	}
	read := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, p := range params {
				if info.Uses[id] == p {
					read = true
				}
			}
		}
		return !read
	})
	return !read
}
