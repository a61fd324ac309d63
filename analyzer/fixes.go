package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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
// empty key (issue 13 item 4). NAME is the name of the variable, field or
// constant the literal is assigned to when that name says what the key is
// (jwtKey → JWT_KEY); a generic name (Key, Secret, SigningKey) is qualified
// by the variable or type of the literal that holds it (authCfg{Secret: …}
// → AUTH_JWT_SECRET, Signer{Key: …} → SIGNER_JWT_SECRET); otherwise NAME is
// JWT_SECRET (see envName). The expression is a function literal called in
// place, so it is valid wherever the literal was (a package variable's
// initializer panics at start-up) and needs nothing else in the package. It
// is indented as gofmt indents it, and the os import goes where gofmt
// sorts it, so the edit is clean before any formatting. It changes
// behaviour: the program then needs NAME set.
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
	name, quals, ok := c.keyNames(path)
	if !ok {
		return nil
	}
	// The literal must be used as a string, not as an array of bytes or
	// a typed constant of another kind.
	if tv, ok := c.pass.TypesInfo.Types[bl]; !ok || !isString(tv.Type) {
		return nil
	}
	indent, ok := c.lineIndent(bl.Pos())
	if !ok {
		return nil
	}
	env := envName(name, quals...)
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
	in := "\n" + indent + "\t"
	expr := fmt.Sprintf("func() string {"+in+"k := %s.Getenv(%q)"+in+"if %s {"+in+"\tpanic(%q)"+in+"}"+in+"return k\n%s}()",
		osName, env, check, env+" must "+want, indent)
	edits = append(edits, analysis.TextEdit{Pos: bl.Pos(), End: bl.End(), NewText: []byte(expr)})
	if kv := c.heldBy(path); kv != nil && c.line(kv.Colon) == c.line(kv.Value.Pos()) {
		// Drop the spaces that aligned the value with its neighbours':
		// gofmt does not align a value that spans lines.
		edits = append(edits, analysis.TextEdit{Pos: kv.Colon + 1, End: kv.Value.Pos(), NewText: []byte(" ")})
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("load the key from the environment variable %s and panic when it is unset or too short (changes behaviour: %s must then be set)", env, env),
		TextEdits: edits,
	}}
}

// heldBy returns the key-value pair of a struct literal whose value is the
// literal at path[0], possibly converted ([]byte("…")), or nil.
func (c *checker) heldBy(path []ast.Node) *ast.KeyValueExpr {
	for _, n := range path[1:] {
		switch n := n.(type) {
		case *ast.ParenExpr:
		case *ast.CallExpr:
			if !c.isConversion(n) {
				return nil
			}
		case *ast.KeyValueExpr:
			return n
		default:
			return nil
		}
	}
	return nil
}

// isConversion reports whether call converts its argument to a type.
func (c *checker) isConversion(call *ast.CallExpr) bool {
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType()
}

// keyNames returns, for the path from a key literal up to its file, the
// name the literal is assigned to (a variable, a field of a struct literal
// or an assignment's left side) and the names that can qualify it, inner
// first: for each struct literal around the literal, the variable, field or
// assignment that holds it, then its type's name. ok is false where no fix
// can go: in a constant declaration, or in a slice, array or map literal.
func (c *checker) keyNames(path []ast.Node) (name string, quals []string, ok bool) {
	named := false // name is set, from the literal's own holder
	hold := func(n string) {
		if !named {
			name, named = n, true
		} else {
			quals = append(quals, n)
		}
	}
	typeName := "" // the type of the struct literal last passed, once its holder is known
	flush := func() {
		if typeName != "" {
			quals = append(quals, typeName)
			typeName = ""
		}
	}
	for _, n := range path[1:] {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				return "", nil, false // a constant cannot call os.Getenv
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 {
				hold(n.Names[0].Name)
			}
			flush()
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 {
				hold(exprName(n.Lhs[0]))
				if sel, ok := ast.Unparen(n.Lhs[0]).(*ast.SelectorExpr); ok {
					// v.Key = "…": v and its type qualify Key.
					quals = append(quals, exprName(sel.X))
					typeName = c.typeName(sel.X)
				}
			}
			flush()
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				hold(id.Name)
				flush()
			}
		case *ast.CompositeLit:
			t := c.pass.TypesInfo.TypeOf(n)
			if t == nil {
				return "", nil, false
			}
			if _, ok := t.Underlying().(*types.Struct); !ok {
				return "", nil, false // an element of a byte slice or map literal
			}
			named = true // a positional element has no name of its own
			flush()
			typeName = c.typeName(n)
		case *ast.CallExpr:
			if !c.isConversion(n) {
				// An argument: what the call's result is assigned to
				// is not the key.
				flush()
				return name, quals, true
			}
		case *ast.BlockStmt, *ast.FuncLit, *ast.FuncDecl:
			flush()
			return name, quals, true // the statement's names are all
		}
	}
	flush()
	return name, quals, true
}

// typeName returns the name of e's named type (through a pointer), or "".
func (c *checker) typeName(e ast.Expr) string {
	t := c.pass.TypesInfo.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// line returns pos's line number.
func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }

// lineIndent returns the white space that begins pos's line, read from the
// file's source.
func (c *checker) lineIndent(pos token.Pos) (string, bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil || c.pass.ReadFile == nil {
		return "", false
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return "", false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := start
	for end < len(src) && (src[end] == '\t' || src[end] == ' ') {
		end++
	}
	return string(src[start:end]), true
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

// envName turns the identifier a key literal is assigned to into an
// environment variable name. A name that says what the key is stays as it
// is (jwtKey → JWT_KEY, refreshSecret → REFRESH_SECRET, HMACKey →
// HMAC_KEY). A generic one (Key, Secret, SigningKey, key) or one that says
// nothing about a key is qualified by the first of quals (the variable or
// type of the literal that holds it) that names something once words such
// as Config are dropped (authCfg → AUTH_JWT_SECRET, Signer →
// SIGNER_JWT_SECRET, jwtConfig → JWT_SECRET); JWT_SECRET otherwise.
func envName(id string, quals ...string) string {
	words := envWords(id)
	keyish, specific := false, false
	for _, w := range words {
		keyish = keyish || slices.ContainsFunc(keyWords, func(k string) bool { return strings.Contains(w, k) })
		specific = specific || !genericWords[w]
	}
	if keyish && specific {
		return strings.Join(words, "_")
	}
	for _, q := range quals {
		var kept []string
		for _, w := range envWords(q) {
			if !genericWords[w] && !configWords[w] {
				kept = append(kept, w)
			}
		}
		if q := strings.Join(kept, "_"); len(q) >= 3 {
			if slices.Contains(kept, "JWT") {
				return q + "_SECRET"
			}
			return q + "_JWT_SECRET"
		}
	}
	return "JWT_SECRET"
}

// keyWords are the words (or parts of words) of a name that say it holds a
// key.
var keyWords = []string{"KEY", "SECRET", "JWT", "TOKEN", "HMAC", "SIGN"}

// genericWords name a key without saying which: a name made of them alone
// is qualified.
var genericWords = map[string]bool{
	"KEY": true, "KEYS": true, "SECRET": true, "SECRETS": true, "SIGN": true, "SIGNING": true,
	"SIGNATURE": true, "SHARED": true, "PRIVATE": true, "MY": true, "OUR": true, "THE": true, "DEFAULT": true,
}

// configWords name a holder of settings: they qualify nothing.
var configWords = map[string]bool{
	"CFG": true, "CONF": true, "CONFIG": true, "CONFIGURATION": true, "OPT": true, "OPTS": true,
	"OPTION": true, "OPTIONS": true, "SETTINGS": true, "PARAMS": true, "ARGS": true, "ENV": true,
}

// envWords splits an identifier into upper-case words: jwtKey → JWT KEY,
// HMACKey → HMAC KEY, signing_secret → SIGNING SECRET.
func envWords(id string) []string {
	var words []string
	var b strings.Builder
	cut := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	rs := []rune(id)
	for i, r := range rs {
		if r == '_' || r == '-' || r == '.' {
			cut()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
			cut()
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	cut()
	return words
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
				return name, []analysis.TextEdit{c.groupImport(gd, path, spec)}
			}
			// One import becomes a group, sorted as gofmt sorts it; a
			// standard library path goes first, apart from the others,
			// as goimports orders them.
			sep := "\n\t"
			if std(path) != std(importPath(gd)) {
				sep = "\n\n\t"
			}
			first, second := spec, importText(gd)
			if std(path) == std(importPath(gd)) && importPath(gd) < path || !std(path) && std(importPath(gd)) {
				first, second = second, first
			}
			return name, []analysis.TextEdit{{Pos: gd.Pos(), End: gd.End(), NewText: []byte("import (\n\t" + first + sep + second + "\n)")}}
		}
	}
	return name, []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport " + spec)}}
}

// groupImport returns the edit that adds spec (importing path) to the
// import group gd where gofmt and goimports would put it: in the first run
// of standard library imports (or of the others, for a path that is not
// the standard library's), before the first path that sorts after it; in a
// run of its own when there is none.
func (c *checker) groupImport(gd *ast.GenDecl, path, spec string) analysis.TextEdit {
	tf := c.pass.Fset.File(gd.Pos())
	insertBefore := func(n ast.Node) analysis.TextEdit {
		return analysis.TextEdit{Pos: tf.LineStart(tf.Line(n.Pos())), End: tf.LineStart(tf.Line(n.Pos())), NewText: []byte("\t" + spec + "\n")}
	}
	var run []*ast.ImportSpec // the run of imports of path's kind
	for i, s := range gd.Specs {
		is := s.(*ast.ImportSpec)
		if len(run) > 0 && tf.Line(startOf(is)) > tf.Line(run[len(run)-1].End())+1 {
			break // a blank line ends the run
		}
		p, _ := strconv.Unquote(is.Path.Value)
		if std(p) != std(path) {
			if len(run) > 0 {
				break
			}
			continue
		}
		if i > 0 && tf.Line(startOf(is)) == tf.Line(gd.Specs[i-1].End()) {
			return c.newRun(gd, spec) // imports share a line: leave their order alone
		}
		if p > path {
			if tf.Line(is.Pos()) != tf.Line(startOf(is)) {
				return insertBefore(is.Doc)
			}
			return insertBefore(is)
		}
		run = append(run, is)
	}
	if len(run) == 0 {
		return c.newRun(gd, spec)
	}
	last := run[len(run)-1]
	if l := tf.Line(last.End()); l < tf.LineCount() {
		next := tf.LineStart(l + 1)
		return analysis.TextEdit{Pos: next, End: next, NewText: []byte("\t" + spec + "\n")}
	}
	return c.newRun(gd, spec)
}

// newRun returns the edit that adds spec to gd in a run of its own: the
// first for the standard library, the last for any other path.
func (c *checker) newRun(gd *ast.GenDecl, spec string) analysis.TextEdit {
	p, _ := strconv.Unquote(spec[strings.Index(spec, `"`):])
	if std(p) {
		return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + spec + "\n")}
	}
	return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\n\t" + spec + "\n")}
}

// startOf returns where an import spec begins, with its doc comment.
func startOf(is *ast.ImportSpec) token.Pos {
	if is.Doc != nil {
		return is.Doc.Pos()
	}
	return is.Pos()
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
