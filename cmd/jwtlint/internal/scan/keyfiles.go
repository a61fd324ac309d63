package scan

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/zricethezav/gitleaks/v8/sources"
)

// keyFiles are the files a repository's Go code reads the private keys it
// signs JWTs with from: the paths it reads (the analyzer's FileReader rows:
// os.ReadFile, os.Open) or embeds in a function, or failing one a file,
// that parses a private key (its PrivateKeyParser and KeyParser rows:
// golang-jwt's ParseRSAPrivateKeyFromPEM, x509.ParsePKCS8PrivateKey,
// jwk.ParseKey), in a file that imports a JWT library. A committed PEM
// private key at one of them is a committed secret.
type keyFiles struct {
	// suffixes are relative paths, cleaned, as the code names them
	// (conf/cert_private.pem, from filepath.Join(dir, "cert_private.pem")
	// with dir's default "conf"), or their known last elements when the
	// first are not known (cert_private.pem of filepath.Join(cfg.Dir,
	// "cert_private.pem")): a file matches at the path or under a
	// directory (the module's, the working directory the program runs in).
	suffixes []keyPath
	// absolute are absolute paths: a file of the repository matches when
	// the path ends in the file's (/app/conf/k.pem for conf/k.pem).
	absolute []keyPath
	// embeds are go:embed patterns, relative to the top of the tree.
	embeds []keyPath
}

// keyPath is a path the code reads a key from, and where it reads it.
type keyPath struct {
	path string
	at   string // file:line of the read
}

// match returns where the code reads the key file rel (slash-separated,
// relative to the top of the tree), or "".
func (k *keyFiles) match(rel string) string {
	if k == nil || rel == "" {
		return ""
	}
	for _, p := range k.suffixes {
		if rel == p.path || strings.HasSuffix(rel, "/"+p.path) {
			return p.at
		}
	}
	for _, p := range k.absolute {
		if strings.HasSuffix(p.path, "/"+rel) {
			return p.at
		}
	}
	for _, p := range k.embeds {
		if ok, _ := path.Match(p.path, rel); ok || rel == p.path || strings.HasPrefix(rel, p.path+"/") {
			return p.at
		}
	}
	return ""
}

// keyAPIs are the analyzer's parsers of private keys and readers of files,
// by import path and function name.
type keyAPIs struct {
	parsers, readers map[string]map[string]bool
}

func newKeyAPIs() *keyAPIs {
	ps, rs := analyzer.KeyFiles()
	k := &keyAPIs{parsers: map[string]map[string]bool{}, readers: map[string]map[string]bool{}}
	for _, set := range []struct {
		names []string
		m     map[string]map[string]bool
	}{{ps, k.parsers}, {rs, k.readers}} {
		for _, n := range set.names {
			i := strings.LastIndex(n, ".")
			if set.m[n[:i]] == nil {
				set.m[n[:i]] = map[string]bool{}
			}
			set.m[n[:i]][n[i+1:]] = true
		}
	}
	return k
}

// fileCalls resolves the calls of a file's package functions by the names
// it imports their packages under.
type fileCalls struct {
	g    *goFile
	pkgs map[string]string // import path by local name
}

func newFileCalls(g *goFile) *fileCalls {
	c := &fileCalls{g: g, pkgs: map[string]string{}}
	for _, imp := range g.file.Imports {
		ip, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil {
			c.pkgs[imp.Name.Name] = ip
			continue
		}
		for _, n := range append(packageNames(ip), path.Base(ip)) {
			if _, ok := c.pkgs[n]; !ok {
				c.pkgs[n] = ip
			}
		}
	}
	return c
}

// of returns whether call is of a function in set.
func (c *fileCalls) of(call *ast.CallExpr, set map[string]map[string]bool) bool {
	ip, name := c.callee(call)
	return set[ip][name]
}

// callee returns the import path and name of the package function call
// calls, or "".
func (c *fileCalls) callee(call *ast.CallExpr) (string, string) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return "", ""
	}
	return c.pkgs[id.Name], sel.Sel.Name
}

// addKeyFiles records the key files g, a file importing a JWT library,
// reads where it parses a private key; src is its content, for go:embed
// directives.
func (k *keyFiles) addKeyFiles(apis *keyAPIs, fset *token.FileSet, g *goFile, src []byte) {
	c := newFileCalls(g)
	calls := func(n ast.Node, set map[string]map[string]bool) []*ast.CallExpr {
		var out []*ast.CallExpr
		ast.Inspect(n, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && c.of(call, set) {
				out = append(out, call)
			}
			return true
		})
		return out
	}
	if len(calls(g.file, apis.parsers)) == 0 {
		return
	}
	consts := fileValues(g.file)
	var funcs, parsing []*ast.FuncDecl
	for _, d := range g.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			funcs = append(funcs, fd)
			if len(calls(fd.Body, apis.parsers)) > 0 {
				parsing = append(parsing, fd)
			}
		}
	}
	read := func(fds []*ast.FuncDecl) bool {
		found := false
		for _, fd := range fds {
			local := localValues(fd)
			for _, call := range calls(fd.Body, apis.readers) {
				if len(call.Args) == 0 {
					continue
				}
				found = true
				e := pathEval{c: c, local: local, consts: consts}
				p, exact, ok := e.eval(call.Args[0], 0)
				if !ok {
					continue
				}
				k.add(p, exact, fmt.Sprintf("%s:%d", relOf(fset, g), fset.Position(call.Pos()).Line))
			}
		}
		return found
	}
	// The reads of the functions that parse a key, else of the file (a
	// helper that reads, another that parses).
	if !read(parsing) {
		read(funcs)
	}
	if bytes.Contains(src, []byte("go:embed")) {
		k.addEmbeds(fset, g, src)
	}
}

// relOf names the file of g, relative to the top of the tree.
func relOf(fset *token.FileSet, g *goFile) string {
	return path.Join(g.dir, filepath.Base(fset.Position(g.file.Pos()).Filename))
}

// add records a path the code reads: relative ones by their cleaned path
// past any "..", absolute ones whole.
func (k *keyFiles) add(p string, exact bool, at string) {
	p = filepath.ToSlash(p)
	if p == "" {
		return
	}
	if exact && path.IsAbs(p) {
		k.absolute = append(k.absolute, keyPath{path.Clean(p), at})
		return
	}
	p = strings.TrimLeft(path.Clean("/"+p), "/")
	for strings.HasPrefix(p, "../") {
		p = p[3:]
	}
	if p != "" && p != "." && p != ".." {
		k.suffixes = append(k.suffixes, keyPath{p, at})
	}
}

// addEmbeds records the go:embed patterns of g, relative to the top of the
// tree.
func (k *keyFiles) addEmbeds(fset *token.FileSet, g *goFile, src []byte) {
	fs := token.NewFileSet()
	f, _ := parser.ParseFile(fs, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil {
		return
	}
	name := relOf(fset, g)
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			rest, ok := strings.CutPrefix(cm.Text, "//go:embed ")
			if !ok {
				continue
			}
			for _, pat := range strings.Fields(rest) {
				if u, err := strconv.Unquote(pat); err == nil {
					pat = u
				}
				pat = strings.TrimPrefix(pat, "all:")
				k.embeds = append(k.embeds, keyPath{path.Join(g.dir, pat), fmt.Sprintf("%s:%d", name, fs.Position(cm.Pos()).Line)})
			}
		}
	}
}

// fileValues returns a file's package-level constants and variables with
// one value each.
func fileValues(f *ast.File) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST && gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, id := range vs.Names {
				out[id.Name] = vs.Values[i]
			}
		}
	}
	return out
}

// localValues returns the values assigned to a function's local variables
// with one value each, in order.
func localValues(fd *ast.FuncDecl) map[string][]ast.Expr {
	out := map[string][]ast.Expr{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						out[id.Name] = append(out[id.Name], n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Values) == len(n.Names) {
				for i, id := range n.Names {
					out[id.Name] = append(out[id.Name], n.Values[i])
				}
			}
		}
		return true
	})
	return out
}

// pathJoiners are the functions that join path elements.
var pathJoiners = map[string]bool{"path/filepath.Join": true, "path.Join": true}

// pathEval evaluates, without type-checking, the path a file is read at.
type pathEval struct {
	c      *fileCalls
	local  map[string][]ast.Expr
	consts map[string]ast.Expr
}

// eval returns the path e holds: a string literal, a constant or a local
// variable holding one, filepath.Join, path.Join or + of such, the
// literal default of a setting (getEnv("KEY_DIR", "conf"), as getterKey
// reads them). When the first elements are not known, it returns the
// known last ones, not exact (cert_private.pem of filepath.Join(dir,
// "cert_private.pem")).
func (e *pathEval) eval(x ast.Expr, depth int) (s string, exact, ok bool) {
	if depth > 6 {
		return "", false, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false, false
		}
		v, err := strconv.Unquote(x.Value)
		return v, true, err == nil && v != ""
	case *ast.Ident:
		for _, v := range e.local[x.Name] {
			if s, exact, ok := e.eval(v, depth+1); ok {
				return s, exact, true
			}
		}
		if v, ok := e.consts[x.Name]; ok && e.local[x.Name] == nil {
			return e.eval(v, depth+1)
		}
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false, false
		}
		l, lexact, lok := e.eval(x.X, depth+1)
		r, rexact, rok := e.eval(x.Y, depth+1)
		switch {
		case lok && rok:
			return l + r, lexact && rexact, true
		case rok:
			// The rest past the first separator of the known end.
			if i := strings.Index(r, "/"); i >= 0 && i+1 < len(r) {
				return r[i+1:], false, true
			}
		}
	case *ast.CallExpr:
		ip, name := e.c.callee(x)
		if pathJoiners[ip+"."+name] {
			var parts []string
			exact := true
			for _, a := range x.Args {
				s, ex, ok := e.eval(a, depth+1)
				if !ok {
					parts, exact = nil, false
					continue
				}
				if !ex {
					parts = nil
				}
				parts = append(parts, s)
				exact = exact && ex
			}
			if len(parts) == 0 {
				return "", false, false
			}
			return path.Join(slices.Clip(parts)...), exact, true
		}
		if _, ok := getterKey(x); ok && len(x.Args) >= 2 {
			return e.eval(x.Args[1], depth+1)
		}
	}
	return "", false, false
}

// privateKeyPEM returns the first PEM block of b that holds an unencrypted
// private key, and its first and last lines (1-based) in b; nil when there
// is none. A
// public key, a certificate and an encrypted key (which needs its password)
// are not one.
func privateKeyPEM(b []byte) (blk *pem.Block, first, last int) {
	rest := b
	for {
		i := bytes.Index(rest, []byte("-----BEGIN "))
		if i < 0 {
			return nil, 0, 0
		}
		blk, next := pem.Decode(rest[i:])
		if blk == nil {
			rest = rest[i+len("-----BEGIN "):]
			continue
		}
		if strings.HasSuffix(blk.Type, "PRIVATE KEY") && !strings.Contains(blk.Type, "ENCRYPTED") && blk.Headers["Proc-Type"] == "" {
			off := len(b) - len(rest) + i
			end := len(b) - len(next)
			first = bytes.Count(b[:off], []byte("\n")) + 1
			return blk, first, first + bytes.Count(bytes.TrimRight(b[off:end], "\n"), []byte("\n"))
		}
		rest = next
	}
}

// keyKind names the algorithm family of a PEM private key, for the
// command that makes a new one: "RSA", "EC", "ED25519", or "".
func keyKind(blk *pem.Block) string {
	switch blk.Type {
	case "RSA PRIVATE KEY":
		return "RSA"
	case "EC PRIVATE KEY":
		return "EC"
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return ""
	}
	switch k.(type) {
	case *rsa.PrivateKey:
		return "RSA"
	case *ecdsa.PrivateKey:
		return "EC"
	case ed25519.PrivateKey:
		return "ED25519"
	}
	return ""
}

// newKeyCommand returns the command that makes a new private key of the
// kind of blk.
func newKeyCommand(blk *pem.Block) string {
	switch keyKind(blk) {
	case "EC":
		return "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out private.pem"
	case "ED25519":
		return "openssl genpkey -algorithm ed25519 -out private.pem"
	}
	return "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out private.pem"
}

// addKeyFile reports a committed PEM private key in content (a file's, or
// a hunk's added lines starting at line start) of file, a path the code
// reads its JWT signing key from (at: where it reads it). Outside a git
// repository the key is reported, as not known to be committed.
func (s *scanner) addKeyFile(file, commit string, info *sources.CommitInfo, content []byte, start int, at string) {
	blk, line, last := privateKeyPEM(content)
	if blk == nil {
		return
	}
	line, last = line+start-1, last+start-1
	key := fmt.Sprintf("k\x00%s\x00%s", commit, file)
	body := strings.Join(strings.Fields(string(bytes.TrimSpace(pemBody(blk)))), "")
	header := "-----BEGIN " + blk.Type + "-----"
	r, _ := ruleByID(RuleCommittedSecret)
	f := Finding{
		RuleID: RuleCommittedSecret, Description: r.Title, File: file, Commit: commit,
		StartLine: line, EndLine: last, StartColumn: 1, EndColumn: len(header),
		Name: "private key", Weakness: "private key committed to git", Committed: commit != "" || s.tracked[file], Tags: []string{"jwt", "private-key"},
		Detail: fmt.Sprintf("a private key the code signs JWTs with is committed: anyone with a clone can sign tokens; "+
			"remove it from the repository and its history, load it from a secret store, rotate it (%s reads it)", at),
		Fix:    newKeyCommand(blk),
		Secret: body, Match: header + body,
	}
	setCommitInfo(&f, info)
	if s.o.Redact {
		f.Secret = s.mask(body)
		f.Match = header + f.Secret
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.seen[key] {
		s.seen[key] = true
		s.extra = append(s.extra, f)
	}
}

// pemBody returns the base64 text of a block as PEM writes it.
func pemBody(blk *pem.Block) []byte {
	b := pem.EncodeToMemory(&pem.Block{Type: blk.Type, Bytes: blk.Bytes})
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	if len(lines) < 2 {
		return nil
	}
	return bytes.Join(lines[1:len(lines)-1], nil)
}
