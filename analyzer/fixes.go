package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// This file builds the suggested fixes of the key rules. A fix is offered
// only where it is safe to apply mechanically: the code it touches is in the
// package being analyzed, has the expected shape, and still compiles after
// the edit (imports added or removed as needed).

// envFix replaces a hard-coded string literal key with a read of the
// environment variable NAME that fails closed: an expression that panics
// when NAME holds fewer bytes than the algorithm needs (any when the
// algorithm is not HMAC), so that an unset variable never signs with an
// empty key (issue 13 item 4). NAME is derived from the variable, field or
// constant the literal is assigned to (jwtKey → JWT_KEY), JWT_SECRET
// otherwise. The expression is a function literal called in place, so it is
// valid wherever the literal was (a package variable's initializer panics at
// start-up) and needs nothing else in the package. It changes behaviour: the
// program then needs NAME set.
func (c *checker) envFix(lit token.Pos, alg string) []analysis.SuggestedFix {
	f := c.syn.file(lit)
	if f == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(f, lit, lit+1)
	if len(path) < 2 {
		return nil
	}
	bl, ok := path[0].(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING || bl.Pos() != lit {
		return nil
	}
	name := ""
	for _, n := range path[1:] {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				return nil // a constant cannot call os.Getenv
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 && name == "" {
				name = n.Names[0].Name
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 && name == "" {
				name = exprName(n.Lhs[0])
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && name == "" {
				name = id.Name
			}
		case *ast.CompositeLit:
			if _, ok := c.pass.TypesInfo.TypeOf(n).Underlying().(*types.Struct); !ok {
				return nil // an element of a byte slice or map literal
			}
		}
	}
	// The literal must be used as a string, not as an array of bytes or
	// a typed constant of another kind.
	if tv, ok := c.pass.TypesInfo.Types[bl]; !ok || !isString(tv.Type) {
		return nil
	}
	env := envName(name)
	osName, edits := c.importName(f, "os", "os")
	if !c.refersToPackage(lit, osName) {
		return nil // a local name hides the package
	}
	need, hmacAlg := hmacBytes[alg]
	if alg == "" {
		alg, need, hmacAlg = "HS256", 32, true // as short-key assumes
	}
	check, want := "k == \"\"", "be set"
	if hmacAlg {
		check, want = fmt.Sprintf("len(k) < %d", need), fmt.Sprintf("hold a key of at least %d bytes for %s (make one with `%s`)", need, alg, genCommand(alg))
	}
	expr := fmt.Sprintf("func() string {\nk := %s.Getenv(%q)\nif %s {\npanic(%q)\n}\nreturn k\n}()", osName, env, check, env+" must "+want)
	edits = append(edits, analysis.TextEdit{Pos: bl.Pos(), End: bl.End(), NewText: []byte(expr)})
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("load the key from the environment variable %s and panic when it is unset or too short (changes behaviour: %s must then be set)", env, env),
		TextEdits: edits,
	}}
}

// refersToPackage reports whether name, at pos, is a package name (or is
// not declared yet: the import the fix adds), not a local variable or
// parameter hiding it.
func (c *checker) refersToPackage(pos token.Pos, name string) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return true
	}
	_, obj := scope.LookupParent(name, pos)
	if obj == nil {
		return true
	}
	_, isPkg := obj.(*types.PkgName)
	return isPkg
}

// exprName returns the name an assignment's left side gives.
func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

// envName turns an identifier into an environment variable name:
// jwtKey → JWT_KEY, signingSecret → SIGNING_SECRET, HMACKey → HMAC_KEY.
// Names that say nothing about a key become JWT_SECRET.
func envName(id string) string {
	if id == "" || id == "_" {
		return "JWT_SECRET"
	}
	var b strings.Builder
	rs := []rune(id)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
			b.WriteByte('_')
		}
		if r == '-' || r == '.' {
			r = '_'
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	n := b.String()
	for _, word := range []string{"KEY", "SECRET", "JWT", "TOKEN", "HMAC", "SIGN"} {
		if strings.Contains(n, word) {
			return n
		}
	}
	return "JWT_SECRET"
}

// importName returns the name under which file f can refer to the package
// path, and the edit adding its import (as want, or aliased when want is
// taken) when f lacks it.
func (c *checker) importName(f *ast.File, path, want string) (string, []analysis.TextEdit) {
	taken := map[string]bool{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := ""
		if imp.Name != nil {
			name = imp.Name.Name
		} else if pn, ok := c.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
			name = pn.Name()
		}
		if p == path && name != "_" && name != "." {
			return name, nil
		}
		taken[name] = true
	}
	name := want
	for i := 2; taken[name] || c.pass.Pkg.Scope().Lookup(name) != nil; i++ {
		name = fmt.Sprintf("%s%d", want, i)
	}
	spec := strconv.Quote(path)
	if name != pathBase(path) {
		spec = name + " " + spec
	}
	// Add to the first import declaration, or make one after the package
	// clause.
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			if gd.Lparen.IsValid() {
				return name, []analysis.TextEdit{{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + spec)}}
			}
			// One import becomes a group; a standard library path goes
			// first, apart from the others, as goimports orders them.
			sep := "\n\t"
			if std(path) != std(importPath(gd)) {
				sep = "\n\n\t"
			}
			first, second := spec, importText(gd)
			if !std(path) && std(importPath(gd)) {
				first, second = second, first
			}
			return name, []analysis.TextEdit{{Pos: gd.Pos(), End: gd.End(), NewText: []byte("import (\n\t" + first + sep + second + "\n)")}}
		}
	}
	return name, []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport " + spec)}}
}

// importPath returns the path of the one import of gd.
func importPath(gd *ast.GenDecl) string {
	p, _ := strconv.Unquote(gd.Specs[0].(*ast.ImportSpec).Path.Value)
	return p
}

// std reports whether path is a standard library package (its first
// element has no dot).
func std(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func importText(gd *ast.GenDecl) string {
	is := gd.Specs[0].(*ast.ImportSpec)
	if is.Name != nil {
		return is.Name.Name + " " + is.Path.Value
	}
	return is.Path.Value
}

func pathBase(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

// cryptoRandFix replaces math/rand.Read(b) with crypto/rand.Read(b), adding
// the crypto/rand import and removing math/rand's when this was its only
// use.
func (c *checker) cryptoRandFix(call token.Pos) []analysis.SuggestedFix {
	ce := c.syn.calls[call]
	if ce == nil {
		return nil
	}
	sel, ok := ce.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok || pn.Imported().Path() != "math/rand" || sel.Sel.Name != "Read" {
		return nil
	}
	f := c.syn.file(call)
	name, edits := c.importName(f, "crypto/rand", "crand")
	edits = append(edits, analysis.TextEdit{Pos: sel.Pos(), End: sel.End(), NewText: []byte(name + ".Read")})
	// Drop the math/rand import when nothing else in the file uses it.
	uses := 0
	for ident, obj := range c.pass.TypesInfo.Uses {
		if obj == pn && c.syn.file(ident.Pos()) == f {
			uses++
		}
	}
	if uses == 1 {
		for _, imp := range f.Imports {
			if c.pass.TypesInfo.Implicits[imp] == pn || (imp.Name != nil && c.pass.TypesInfo.Defs[imp.Name] == pn) {
				edits = append(edits, c.deleteLine(imp))
			}
		}
	}
	return []analysis.SuggestedFix{{Message: "fill the key from crypto/rand", TextEdits: edits}}
}

// growFix replaces the literal size of the make (or array) that allocates a
// crypto/rand key with the size the algorithm needs.
func (c *checker) growFix(makePos token.Pos, need int) []analysis.SuggestedFix {
	ce := c.syn.calls[makePos]
	if ce == nil || len(ce.Args) < 2 {
		return nil
	}
	if id, ok := ast.Unparen(ce.Fun).(*ast.Ident); !ok || id.Name != "make" {
		return nil
	}
	size, ok := ce.Args[1].(*ast.BasicLit)
	if !ok || size.Kind != token.INT {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("allocate %d random bytes", need),
		TextEdits: []analysis.TextEdit{{Pos: size.Pos(), End: size.End(), NewText: []byte(strconv.Itoa(need))}},
	}}
}

// deleteLine returns the edit that deletes node n, with its whole line when
// n is alone on it (an import spec in a group).
func (c *checker) deleteLine(n ast.Node) analysis.TextEdit {
	tf := c.pass.Fset.File(n.Pos())
	line := tf.Line(n.Pos())
	if tf.Line(n.End()) == line && line < tf.LineCount() {
		start, next := tf.LineStart(line), tf.LineStart(line+1)
		if c.pass.Fset.Position(n.Pos()).Column == 2 { // "\t" then the spec
			return analysis.TextEdit{Pos: start, End: next}
		}
	}
	return analysis.TextEdit{Pos: n.Pos(), End: n.End()}
}
