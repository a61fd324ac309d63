package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestCompleteFastJudgement: where every recorded type is valid,
// complete judges a declaration by its syntax alone, and still finds a
// selector that resolved to nothing (a member of a package whose module is
// missing, which the type checker leaves unrecorded); an invalid type
// anywhere sends every declaration through the full walk.
func TestCompleteFastJudgement(t *testing.T) {
	const src = `package p
import "strings"
func a() string { return strings.ToUpper("x") }
func b() string { return strings.ToLower("x") }
`
	check := func() (*ast.File, *types.Info) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
			Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
			t.Fatal(err)
		}
		return f, info
	}
	decl := func(f *ast.File, name string) *ast.FuncDecl {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
				return fd
			}
		}
		t.Fatalf("no func %s", name)
		return nil
	}

	f, info := check()
	c := newCompleteness(info, nil)
	if !c.allTypesValid() {
		t.Fatal("allTypesValid() = false for a well-typed package")
	}
	// Unrecord ToUpper, as for a package that was not imported.
	ast.Inspect(decl(f, "a"), func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			delete(info.Uses, sel.Sel)
		}
		return true
	})
	c = newCompleteness(info, nil)
	if c.complete(decl(f, "a")) {
		t.Error("complete(a) = true with an unresolved selector")
	}
	if !c.complete(decl(f, "b")) {
		t.Error("complete(b) = false")
	}
	if !c.allValid {
		t.Error("the judgement did not take the syntax-only walk")
	}

	f, info = check()
	for e, tv := range info.Types {
		if call, ok := e.(*ast.CallExpr); ok && call.Pos() > decl(f, "b").Pos() {
			tv.Type = types.Typ[types.Invalid]
			info.Types[e] = tv
		}
	}
	c = newCompleteness(info, nil)
	if c.allTypesValid() {
		t.Error("allTypesValid() = true with an invalid type")
	}
	if !c.complete(decl(f, "a")) || c.complete(decl(f, "b")) {
		t.Error("full walk: want a complete and b not")
	}
}
