package scan

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/jwtlint/jwtlint/analyzer"
	"github.com/jwtlint/jwtlint/internal/lazyre"
)

// Limits of the reading of a tree's Go code for key names: a tree with more
// Go files is read up to maxGoFiles (the rest is noted), larger files are
// skipped.
const (
	maxGoFiles    = 20000
	maxGoFileSize = 1 << 20
)

// codeNames are the configuration names under which a repository's own Go
// code loads its JWT keys, normalized (normName): os.Getenv("APP_SECRET"),
// viper.GetString("auth.key"), a config field tagged `env:"APP_SECRET"`
// whose value reaches a JWT library's key parameter. In that repository
// they are JWT secrets' names whatever they look like, so APP_SECRET=changeme
// in its .env is judged.
type codeNames map[string]bool

// match reports whether the value at p, in a file of format f, is under
// one of the names: its whole key path, or its last key when the name is
// more than a bare "secret" or "key". A bare name matches only a variable
// of an env-format file (SECRET=, not a fixture's {"Secret": …}); a bare
// last key only as the whole path (jwt.secret), never in an array.
func (c codeNames) match(p []string, f format) bool {
	if len(c) == 0 {
		return false
	}
	leaf, _ := leafKey(p)
	l := normName(leaf)
	full := normName(displayName(p))
	if bareSecret[l] || l == "jwt" {
		if len(p) == 1 {
			return f == formatEnv && c[l]
		}
		// jwt.secret for the viper key jwt.secret.
		return !slices.Contains(p, "[]") && c[full]
	}
	return c[full] || c[l]
}

// keyishCodeName reports whether a name the Go code loads a key under is
// taken as a JWT secret's name: it ends in "secret", "key" or "sign"
// (acSign, under jwt:) or names JWTs or HMAC, names no algorithm, and none of
// the credentials that are not HMAC secrets (notJWT: a PEM private key's
// path, a database password). Another credential's name (otherCredential)
// is taken as a whole dotted path whose sections name no other credential
// (auth.api_key, which beer-shop signs with), never as a bare name
// (api_key, API_KEY) nor under another service's section (stripe.api_key,
// bound too where the code reads an ApiKey field of some section).
func keyishCodeName(name string) bool {
	n := normName(name)
	for _, suffix := range []string{"previous", "prev", "old"} {
		n = strings.TrimSuffix(n, suffix)
	}
	if len(n) < 3 || !(strings.HasSuffix(n, "secret") || strings.HasSuffix(n, "key") || strings.HasSuffix(n, "sign") || containsAny(n, []string{"jwt", "hmac"})) ||
		strings.HasSuffix(n, "alg") || strings.HasSuffix(n, "algorithm") {
		return false
	}
	if !containsAny(n, notJWT) {
		return true
	}
	sections := strings.Split(name, ".")
	if len(sections) < 2 || containsAny(n, notSecretValue) {
		return false
	}
	for _, s := range sections[:len(sections)-1] {
		if containsAny(normName(s), notJWT) {
			return false
		}
	}
	return true
}

// goFile is a parsed Go file of the scanned tree.
type goFile struct {
	dir  string // slash-separated, relative to the root
	file *ast.File
	jwt  map[string]bool // local names of the JWT libraries it imports
	// pkgs are the tree directories of the packages it imports, by the
	// names they are likely known under in it.
	pkgs map[string]string
	// loaders are the configuration loaders (loaders.go) of the packages
	// it imports, by the names they are likely known under in it.
	loaders map[string][]*loader
}

// codeTree is a tree of files loadCodeNames reads: a directory, or a
// commit's tree in a git repository.
type codeTree interface {
	// files lists the regular files of the tree that loadCodeNames reads
	// (isCodeFile) outside skipped directories, relative to its root with
	// forward slashes.
	files() []string
	// read returns a file's content, nil for a binary file or one larger
	// than maxGoFileSize.
	read(rel string) ([]byte, error)
	// each calls fn with the content of each file of rels that read
	// returns, in order.
	each(rels []string, fn func(rel string, src []byte))
	// path names a file in positions.
	path(rel string) string
}

// skippedDir reports whether loadCodeNames leaves out the directory whose
// path elements are dirs: other people's code (othersDir), tools, test
// data, hidden directories.
func skippedDir(dirs []string) bool {
	name := dirs[len(dirs)-1]
	return name == "testdata" || strings.HasPrefix(name, ".") || othersDir(dirs)
}

// isCodeFile reports whether loadCodeNames reads a file of this name: a
// go.mod, or Go code that is not a test.
func isCodeFile(name string) bool {
	return name == "go.mod" || strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}

// dirTree is a directory's files.
type dirTree string

func (root dirTree) files() []string {
	var files []string
	filepath.WalkDir(string(root), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != string(root) && skippedDir(strings.Split(relSlash(string(root), p), "/")) {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && isCodeFile(d.Name()) {
			files = append(files, relSlash(string(root), p))
		}
		return nil
	})
	return files
}

func (root dirTree) path(rel string) string {
	return filepath.Join(string(root), filepath.FromSlash(rel))
}

func (root dirTree) read(rel string) ([]byte, error) {
	return readText(root.path(rel), maxGoFileSize) // never blocks on a FIFO
}

func (root dirTree) each(rels []string, fn func(rel string, src []byte)) {
	for _, rel := range rels {
		if src, err := root.read(rel); err == nil && src != nil {
			fn(rel, src)
		}
	}
}

// gitTree is the tree of a commit, read through cat-file.
type gitTree struct {
	blobs *catFile
	list  []string          // paths, in ls-tree's order
	ids   map[string]string // blob ids by path
}

// newGitTree lists the regular files of commit's tree in the repository
// at repo, outside skipped directories.
func newGitTree(ctx context.Context, repo, commit string, blobs *catFile) (*gitTree, error) {
	out, err := gitOutput(ctx, repo, "ls-tree", "-r", "-z", "--full-tree", commit)
	if err != nil {
		return nil, err
	}
	t := &gitTree{blobs: blobs, ids: map[string]string{}}
	for _, entry := range strings.Split(string(out), "\x00") {
		meta, rel, ok := strings.Cut(entry, "\t")
		f := strings.Fields(meta)
		// Regular files only: not links (120000), nor submodules.
		if !ok || len(f) != 3 || f[1] != "blob" || f[0] != "100644" && f[0] != "100755" {
			continue
		}
		if !isCodeFile(path.Base(rel)) || inDir(rel, skippedDir) {
			continue
		}
		t.list = append(t.list, rel)
		t.ids[rel] = f[2]
	}
	return t, nil
}

func (t *gitTree) files() []string        { return t.list }
func (t *gitTree) path(rel string) string { return rel }

func (t *gitTree) read(rel string) ([]byte, error) {
	b, ok := t.blobs.blob(t.ids[rel], maxGoFileSize)
	if !ok || isBinary(b[:min(len(b), binaryPrefix)]) {
		return nil, nil
	}
	return b, nil
}

// each asks cat-file for all the blobs at once (catFile.each): one round
// trip per file would make reading a large tree wait on git each time.
func (t *gitTree) each(rels []string, fn func(rel string, src []byte)) {
	ids := make([]string, len(rels))
	for i, rel := range rels {
		ids[i] = t.ids[rel]
	}
	t.blobs.each(ids, maxGoFileSize, func(i int, b []byte) {
		if b != nil && !isBinary(b[:min(len(b), binaryPrefix)]) {
			fn(rels[i], b)
		}
	})
}

// loadTreeCodeNames is loadCodeNames of the tree of HEAD in the repository
// at repo: a bare repository has no work tree to read. With --git the
// names are HEAD's for every commit scanned: the code as it is now says
// which names hold its keys. A repository without commits names nothing.
func loadTreeCodeNames(ctx context.Context, repo string, note func(format string, args ...any)) (codeNames, []string) {
	names, words, _ := loadTreeCode(ctx, repo, note)
	return names, words
}

// loadTreeCode is loadTreeCodeNames, with the key files (readCode).
func loadTreeCode(ctx context.Context, repo string, note func(format string, args ...any)) (codeNames, []string, *keyFiles) {
	blobs, err := startCatFile(ctx, repo)
	if err != nil {
		return nil, nil, nil
	}
	defer blobs.close()
	t, err := newGitTree(ctx, repo, "HEAD", blobs)
	if err != nil {
		return nil, nil, nil
	}
	return readCode(t, note)
}

// loadCodeNames reads the Go files under root (not tests, not vendored or
// skipped directories) and returns the names their code loads JWT keys
// under. Only files that import a JWT library of the analyzer's table, and
// the files of the packages such files import from the same tree, are
// read; nothing is type-checked.
func loadCodeNames(root string, note func(format string, args ...any)) codeNames {
	names, _ := readCodeNames(dirTree(root), note)
	return names
}

// readCodeNames is loadCodeNames of any tree, with the keywords of the
// names (codeIndex.names).
func readCodeNames(tree codeTree, note func(format string, args ...any)) (codeNames, []string) {
	names, words, _ := readCode(tree, note)
	return names, words
}

// readCode is readCodeNames, with the files the code reads its JWT private
// keys from (keyfiles.go).
func readCode(tree codeTree, note func(format string, args ...any)) (codeNames, []string, *keyFiles) {
	libs, sinkList := analyzer.KeySinks()
	keys, apis := &keyFiles{}, newKeyAPIs()
	isLib := map[string]bool{}
	for _, p := range libs {
		isLib[p] = true
	}
	sinks := map[string]bool{}
	for _, n := range sinkList {
		sinks[n] = true
	}
	fset := token.NewFileSet()
	modules := map[string]string{} // module path by slash-separated directory
	var files []string
	for _, rel := range tree.files() {
		name := path.Base(rel)
		if name == "go.mod" {
			if mod := modulePath(tree, rel); mod != "" {
				modules[path.Dir(rel)] = mod
			}
		} else {
			files = append(files, rel)
		}
	}
	if len(files) > maxGoFiles {
		note("note: read the first %d of %d Go files for the names the code loads JWT keys under", maxGoFiles, len(files))
		files = files[:maxGoFiles]
	}
	// Imports first: which files use a JWT library, which packages of the
	// tree they import.
	var jwtFiles []*goFile
	byDir := map[string][]string{}
	wantDir := map[string]bool{}
	for _, rel := range files {
		byDir[path.Dir(rel)] = append(byDir[path.Dir(rel)], rel)
	}
	parsed := map[string]*goFile{}
	// parseSrc parses a file once, from src when it was read already.
	parseSrc := func(rel string, src []byte) *goFile {
		if g, ok := parsed[rel]; ok {
			return g
		}
		parsed[rel] = nil
		if src == nil {
			var err error
			if src, err = tree.read(rel); err != nil || src == nil {
				return nil
			}
		}
		// A file with syntax errors yields what parses.
		f, _ := parser.ParseFile(fset, tree.path(rel), src, parser.SkipObjectResolution)
		if f == nil {
			return nil
		}
		g := &goFile{dir: path.Dir(rel), file: f, jwt: map[string]bool{}, pkgs: map[string]string{}, loaders: map[string][]*loader{}}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if ls := loaderOf(ip); ls != nil {
				names := packageNames(ip)
				if imp.Name != nil {
					names = []string{imp.Name.Name}
				}
				for _, n := range names {
					g.loaders[n] = ls
				}
			}
			if dir, ok := treeDir(modules, ip); ok {
				if imp.Name != nil {
					g.pkgs[imp.Name.Name] = dir
					continue
				}
				for _, n := range packageNames(ip) {
					g.pkgs[n] = dir
				}
			}
		}
		parsed[rel] = g
		return g
	}
	parse := func(rel string) *goFile { return parseSrc(rel, nil) }
	imports := map[string][]string{} // tree directories each file imports
	jwtDirs := map[string]bool{}
	var loaderFiles []string // files that import a configuration loader
	tree.each(files, func(rel string, src []byte) {
		f, _ := parser.ParseFile(fset, tree.path(rel), src, parser.ImportsOnly)
		if f == nil {
			return
		}
		var local []string
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if loaderOf(ip) != nil && !slices.Contains(loaderFiles, rel) {
				loaderFiles = append(loaderFiles, rel)
			}
			if isLib[ip] {
				if imp.Name != nil {
					local = append(local, imp.Name.Name)
				} else {
					local = append(local, packageNames(ip)...)
				}
			}
			if dir, ok := treeDir(modules, ip); ok {
				imports[rel] = append(imports[rel], dir)
			}
		}
		if len(local) == 0 {
			return
		}
		g := parseSrc(rel, src)
		if g == nil {
			return
		}
		for _, n := range local {
			g.jwt[n] = true
		}
		keys.addKeyFiles(apis, fset, g, src)
		jwtFiles = append(jwtFiles, g)
		jwtDirs[g.dir] = true
	})
	if len(jwtFiles) == 0 {
		return nil, nil, keys
	}
	// The JWT files' packages, the packages that import them (a main
	// passing os.Getenv("APP_SECRET") to auth.New), and the packages
	// either imports (their config).
	for _, rel := range files {
		importer := jwtDirs[path.Dir(rel)]
		for _, dir := range imports[rel] {
			importer = importer || jwtDirs[dir]
		}
		if !importer {
			continue
		}
		wantDir[path.Dir(rel)] = true
		for _, dir := range imports[rel] {
			wantDir[dir] = true
		}
	}
	parseDir := func(dir string) []*goFile {
		var gs []*goFile
		for _, rel := range byDir[dir] {
			if g := parse(rel); g != nil {
				gs = append(gs, g)
			}
		}
		return gs
	}
	c := newCodeIndex(sinks, parseDir)
	var all []*goFile
	for dir := range wantDir {
		c.ensureDir(dir)
		all = append(all, parseDir(dir)...)
	}
	// The structs configuration loaders fill, wherever the loaders are
	// called: first, since the sources of values name their fields only
	// when there are some.
	for _, rel := range loaderFiles {
		if g := parse(rel); g != nil {
			c.loads(g)
		}
	}
	c.bindTagged(all)
	for _, g := range all {
		c.mappings(g)
	}
	for _, g := range jwtFiles {
		c.uses(g)
	}
	names, words := c.names()
	return names, words, keys
}

var majorSuffix = lazyre.New(`\.v[0-9]+$`)

// packageNames returns the names a package imported without a name is
// likely to have, from its import path: jwt for .../jwt/v5, jose for
// go-jose/v4 and square/go-jose.v2, jwt and ginjwt for gin-jwt/v2.
func packageNames(ip string) []string {
	base := path.Base(ip)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(ip))
	}
	base = majorSuffix().ReplaceAllString(base, "")
	trimmed := strings.TrimPrefix(strings.TrimSuffix(base, "-go"), "go-")
	names := []string{base, trimmed, strings.ReplaceAll(trimmed, "-", ""), strings.ReplaceAll(trimmed, ".", "")}
	if i := strings.LastIndexAny(trimmed, "-."); i >= 0 {
		names = append(names, trimmed[i+1:])
	}
	return names
}

// modulePath returns the module path of a go.mod file of tree, or "".
func modulePath(tree codeTree, rel string) string {
	b, err := tree.read(rel)
	if err != nil {
		return ""
	}
	for _, l := range lines(b) {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "module" {
			m, err := strconv.Unquote(f[1])
			if err != nil {
				m = f[1]
			}
			return m
		}
	}
	return ""
}

// treeDir returns the directory of the tree that holds import path ip, by
// the module paths of the tree's go.mod files.
func treeDir(modules map[string]string, ip string) (string, bool) {
	for dir, mod := range modules {
		if ip == mod {
			return dir, true
		}
		if rest, ok := strings.CutPrefix(ip, mod+"/"); ok {
			return path.Join(dir, rest), true
		}
	}
	return "", false
}

// codeIndex gathers, over the files read, where values come from (getters
// of the environment and of configuration, struct tags) and which names
// reach a key sink.
type codeIndex struct {
	sinks map[string]bool
	// global maps package variables and struct fields to the configuration
	// names they are loaded from, or to other names they are copied from
	// (prefixed "=").
	global map[string][]string
	found  map[string]bool // configuration names that reach a key sink
	// used are the global names (variables, fields) that reach a key sink.
	used map[string]bool
	// fields are the field names of the struct types read, in order, by
	// directory and type name ("internal/auth.service"), for positional
	// composite literals.
	fields map[string][]string
	// types and vars are the types and the package variables' types of the
	// directories read, by directory and name.
	types, vars map[string]typeDecl
	// bound are the fields of the structs configuration loaders fill.
	bound []boundField
	// binding are the named struct types being bound, against recursion.
	binding map[string]bool
	// tagsOnly leaves out the untagged fields of the structs bound
	// (bindTagged).
	tagsOnly bool
	// parseDir returns the parsed files of a directory of the tree;
	// ensureDir reads each directory's types once.
	parseDir func(dir string) []*goFile
	dirsRead map[string]bool
}

// typeDecl is a type as written, and the file it is written in.
type typeDecl struct {
	g *goFile
	t ast.Expr
}

func newCodeIndex(sinks map[string]bool, parseDir func(dir string) []*goFile) *codeIndex {
	return &codeIndex{sinks: sinks, global: map[string][]string{}, found: map[string]bool{}, used: map[string]bool{}, fields: map[string][]string{},
		types: map[string]typeDecl{}, vars: map[string]typeDecl{}, binding: map[string]bool{}, parseDir: parseDir, dirsRead: map[string]bool{}}
}

// ensureDir records the types and package variables of the files of dir,
// once.
func (c *codeIndex) ensureDir(dir string) {
	if c.dirsRead[dir] {
		return
	}
	c.dirsRead[dir] = true
	for _, g := range c.parseDir(dir) {
		c.structs(g)
	}
}

// getterKey returns the configuration name a call reads, when it is a
// getter of the environment or of a configuration library with a literal
// name: os.Getenv("X"), os.LookupEnv("X"), getEnv("X", "default"),
// viper.GetString("jwt.secret"), k.String("jwt.secret").
func getterKey(e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return "", false
	}
	var name string
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = fn.Name
	case *ast.SelectorExpr:
		name = fn.Sel.Name
	case *ast.IndexExpr: // env.Get[string]("X")
		if sel, ok := fn.X.(*ast.SelectorExpr); ok {
			name = sel.Sel.Name
		}
	default:
		return "", false
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil || s == "" || !identifier().MatchString(s) {
		return "", false
	}
	l := strings.ToLower(name)
	switch {
	case strings.Contains(l, "env"), l == "getstring", l == "getbytes", l == "mustgetstring", l == "mustget",
		l == "string", l == "mustring", l == "muststring", l == "bytes", l == "get" && isConfigGetter(call.Fun):
		return s, true
	}
	return "", false
}

// isConfigGetter reports whether fun is a Get method of a configuration
// library's value (viper.Get, cfg.Get, conf.Get), not a map's or a
// header's.
func isConfigGetter(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	l := strings.ToLower(id.Name)
	return l == "viper" || l == "v" || strings.Contains(l, "conf") || strings.Contains(l, "cfg") || l == "k" || l == "koanf"
}

// nameOf returns the name an expression stores into or reads: a variable's,
// or a field's (the last selector).
func nameOf(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return nameOf(e.X)
	}
	return ""
}

// valueSources returns what the value of e comes from: configuration names read
// by getters in it, the names of the variables and fields in it (prefixed
// "="), and its selector chains when loaders fill structs (chainMarker: the
// fields of loaded structs it may read).
func (c *codeIndex) valueSources(e ast.Expr) []string {
	var out []string
	var funcs map[ast.Expr]bool // selectors called, not read (config.Get())
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if k, ok := getterKey(n); ok {
				out = append(out, k)
				return false
			}
			if funcs == nil {
				funcs = map[ast.Expr]bool{}
			}
			funcs[ast.Unparen(n.Fun)] = true
		case *ast.Ident:
			out = append(out, "="+n.Name)
		case *ast.SelectorExpr:
			out = append(out, "="+n.Sel.Name)
			if len(c.bound) > 0 && !funcs[n] {
				out = append(out, chainSource(n))
			}
			ast.Inspect(n.X, func(m ast.Node) bool {
				if c, ok := m.(*ast.CallExpr); ok {
					if k, ok := getterKey(c); ok {
						out = append(out, k)
						return false
					}
				}
				return true
			})
			return false
		}
		return true
	})
	return out
}

// paramMarker is how a source names the parameter i of function fn of the
// package in directory dir (of any method fn when dir is "*"):
// "@dir.fn#i", resolved to the arguments of fn's calls.
func paramMarker(dir, fn string, i int) string { return "@" + dir + "." + fn + "#" + strconv.Itoa(i) }

// callee returns the directory and name paramMarker knows the function
// called by fun in g under: a function of g's package, of a package of the
// tree g imports, or any method.
func (g *goFile) callee(fun ast.Expr) (dir, name string, ok bool) {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return g.dir, f.Name, true
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			if d, ok := g.pkgs[id.Name]; ok {
				return d, f.Sel.Name, true
			}
			if g.imports(id.Name) {
				return "", "", false // another module's function
			}
		}
		return "*", f.Sel.Name, true
	}
	return "", "", false
}

// typeName returns the directory-qualified name of a struct type written
// in g (T, pkg.T of a package of the tree), or "".
func (g *goFile) typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return g.dir + "." + e.Name
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && g.pkgs[id.Name] != "" {
			return g.pkgs[id.Name] + "." + e.Sel.Name
		}
	}
	return ""
}

// params returns the parameters of fd, a function of g, by name, as
// markers.
func (g *goFile) params(fd *ast.FuncDecl) map[string]string {
	dir := g.dir
	if fd.Recv != nil {
		dir = "*"
	}
	out := map[string]string{}
	i := 0
	for _, f := range fd.Type.Params.List {
		if len(f.Names) == 0 {
			i++
			continue
		}
		for _, id := range f.Names {
			out[id.Name] = paramMarker(dir, fd.Name.Name, i)
			i++
		}
	}
	return out
}

// asParams replaces the sources that are parameters (and not local
// variables) by their markers.
func asParams(srcs []string, ps map[string]string, local map[string][]string) []string {
	for i, s := range srcs {
		if name, ok := strings.CutPrefix(s, "="); ok {
			if m, ok := ps[name]; ok && local[name] == nil {
				srcs[i] = m
			}
		}
	}
	return srcs
}

// tagNames are the struct tag keys configuration libraries read names from.
var tagNames = []string{"env", "envconfig", "mapstructure", "yaml", "json", "toml", "koanf", "ini", "conf", "config", "split_words"}

// structs records g's types, the field names of its struct types and the
// types of its package variables.
func (c *codeIndex) structs(g *goFile) {
	for _, d := range g.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, id := range vs.Names {
					t := vs.Type
					if t == nil && i < len(vs.Values) {
						t = valueType(vs.Values[i])
					}
					if t != nil {
						c.vars[g.dir+"."+id.Name] = typeDecl{g, t}
					}
				}
			}
		}
	}
	ast.Inspect(g.file, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		if _, seen := c.types[g.dir+"."+ts.Name.Name]; !seen {
			c.types[g.dir+"."+ts.Name.Name] = typeDecl{g, ts.Type}
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			return true
		}
		var names []string
		for _, f := range st.Fields.List {
			if len(f.Names) == 0 {
				names = append(names, nameOf(f.Type)) // embedded
			}
			for _, id := range f.Names {
				names = append(names, id.Name)
			}
		}
		c.fields[g.dir+"."+ts.Name.Name] = names
		return true
	})
}

// mappings records a file's package variables, struct tags, and stores into
// fields, from getters.
func (c *codeIndex) mappings(g *goFile) {
	add := func(name string, from []string) {
		if name != "" && name != "_" {
			c.global[name] = append(c.global[name], from...)
		}
	}
	var ps map[string]string // of the function being read
	ast.Inspect(g.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			ps = g.params(n)
			// What a getter returns is what its calls read
			// (config.GetServerSecret() of config.Server.Secret). Only
			// functions without parameters: the names are bare, and a
			// constructor's (turnstile.New(secret)) would join every
			// New of the tree (clean-pincode-index's CF_SECRET_KEY).
			if n.Body != nil && n.Type.Params.NumFields() == 0 {
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if r, ok := m.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
						add(n.Name.Name, asParams(c.valueSources(r.Results[0]), ps, nil))
					}
					_, lit := m.(*ast.FuncLit)
					return !lit
				})
			}
		case *ast.CallExpr:
			if dir, fn, ok := g.callee(n.Fun); ok {
				for i, a := range n.Args {
					m := paramMarker(dir, fn, i)
					c.global[m] = append(c.global[m], asParams(c.valueSources(a), ps, nil)...)
				}
			}
		case *ast.GenDecl:
			if n.Tok == token.VAR || n.Tok == token.CONST {
				for _, s := range n.Specs {
					vs := s.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if i < len(vs.Values) && len(vs.Values) == len(vs.Names) {
							add(id.Name, c.valueSources(vs.Values[i]))
						}
					}
				}
			}
		case *ast.StructType:
			for _, f := range n.Fields.List {
				if f.Tag == nil {
					continue
				}
				tag, err := strconv.Unquote(f.Tag.Value)
				if err != nil {
					continue
				}
				st := reflect.StructTag(tag)
				for _, k := range tagNames {
					v, _, _ := strings.Cut(st.Get(k), ",")
					if v != "" && v != "-" && identifier().MatchString(v) {
						for _, id := range f.Names {
							add(id.Name, []string{v})
						}
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if _, ok := l.(*ast.SelectorExpr); ok {
						add(nameOf(l), asParams(c.valueSources(n.Rhs[i]), ps, nil))
					}
				}
			}
		case *ast.CompositeLit:
			// service{signingKey, ttl}: fields by position.
			fs := c.fields[g.typeName(n.Type)]
			for i, e := range n.Elts {
				if _, kv := e.(*ast.KeyValueExpr); kv || i >= len(fs) {
					break
				}
				add(fs[i], asParams(c.valueSources(e), ps, nil))
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				add(id.Name, asParams(c.valueSources(n.Value), ps, nil))
			}
		}
		return true
	})
}

// uses finds the values that reach the key sinks of a file that imports a
// JWT library, following local variables within their function.
func (c *codeIndex) uses(g *goFile) {
	for _, d := range g.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		local := map[string][]string{}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							local[id.Name] = append(local[id.Name], c.valueSources(n.Rhs[i])...)
						}
					}
				} else if len(n.Rhs) == 1 {
					// secret, ok := os.LookupEnv("X")
					if id, ok := n.Lhs[0].(*ast.Ident); ok {
						local[id.Name] = append(local[id.Name], c.valueSources(n.Rhs[0])...)
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) {
						local[id.Name] = append(local[id.Name], c.valueSources(n.Values[i])...)
					}
				}
			}
			return true
		})
		var reach []string
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if c.isSink(g, n.Fun) {
					for _, a := range n.Args {
						reach = append(reach, c.keySources(a)...)
					}
				}
			case *ast.CompositeLit:
				if sel, ok := n.Type.(*ast.SelectorExpr); ok && isPkg(g, sel.X) {
					for _, e := range n.Elts {
						if kv, ok := e.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok && c.sinks[id.Name] {
								reach = append(reach, c.keySources(kv.Value)...)
							}
						}
					}
				}
			}
			return true
		})
		ps := g.params(fd)
		for k, v := range local {
			local[k] = asParams(v, ps, local)
		}
		c.resolve(asParams(reach, ps, local), local)
	}
}

// keySources is valueSources of a key argument; of a keyfunc literal, the
// sources of its returned keys.
func (c *codeIndex) keySources(e ast.Expr) []string {
	fl, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok {
		return c.valueSources(e)
	}
	var out []string
	ast.Inspect(fl.Body, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
			out = append(out, c.valueSources(r.Results[0])...)
		}
		_, nested := n.(*ast.FuncLit)
		return !nested
	})
	return out
}

// isPkg reports whether e names a JWT library imported by g.
func isPkg(g *goFile, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && g.jwt[id.Name]
}

// isSink reports whether fun is a JWT library's key-taking function
// (jwt.Parse) or a key-taking method of any value (token.SignedString).
func (c *codeIndex) isSink(g *goFile, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok || !c.sinks[sel.Sel.Name] {
		return false
	}
	if isPkg(g, sel.X) {
		return true
	}
	// Methods: not a call of another package's function of the same name
	// (strings.NewReplacer is not a sink, nor is json.Marshal).
	if id, ok := sel.X.(*ast.Ident); ok && g.imports(id.Name) {
		return false
	}
	return true
}

// imports reports whether name is the local name of a package g imports.
func (g *goFile) imports(name string) bool {
	for _, imp := range g.file.Imports {
		ip, _ := strconv.Unquote(imp.Path.Value)
		local := path.Base(ip)
		if imp.Name != nil {
			local = imp.Name.Name
		}
		if local == name {
			return true
		}
	}
	return false
}

// resolve follows the sources that reach a sink through local variables,
// then package variables and fields, to configuration names, a few copies
// deep.
func (c *codeIndex) resolve(reach []string, local map[string][]string) {
	type item struct {
		s     string
		depth int
		local bool
	}
	seen := map[string]bool{}
	var work []item
	for _, s := range reach {
		work = append(work, item{s, 0, true})
	}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[it.s] || it.depth > 8 {
			continue
		}
		seen[it.s] = true
		if strings.HasPrefix(it.s, "@") {
			for _, f := range c.global[it.s] {
				work = append(work, item{f, it.depth + 1, false})
			}
			continue
		}
		if root, chain, ok := parseChain(it.s); ok {
			// Through a local copy of a section (jc := cfg.JWT; jc.Secret):
			// the copy's chain, then this one.
			var from []string
			if it.local {
				from = localChains(root, local, 0)
			}
			for _, f := range from {
				work = append(work, item{f + "." + chain, it.depth + 1, true})
			}
			if len(from) == 0 {
				c.bindChain(strings.Split(chain, "."))
			}
			continue
		}
		name, copied := strings.CutPrefix(it.s, "=")
		if !copied {
			c.found[it.s] = true
			continue
		}
		if it.local {
			if from, ok := local[name]; ok {
				for _, f := range from {
					work = append(work, item{f, it.depth + 1, true})
				}
				continue
			}
		}
		for _, f := range c.global[name] {
			work = append(work, item{f, it.depth + 1, false})
		}
	}
}

// names returns the configuration names found, normalized, that are taken
// as JWT secrets' names (keyishCodeName), and the keywords a fragment that
// assigns one of them holds beyond the scanner's own: the last key of each,
// lower-cased, when it has no "secret", "key" or "jwt" in it (acsign of
// jwt.acSign).
func (c *codeIndex) names() (codeNames, []string) {
	out := codeNames{}
	var words []string
	for n := range c.found {
		if !keyishCodeName(n) {
			continue
		}
		l := normName(n)
		out[l] = true
		leaf := strings.ToLower(n[strings.LastIndex(n, ".")+1:])
		if !containsAny(leaf, []string{"secret", "key", "jwt"}) && !slices.Contains(words, leaf) {
			words = append(words, leaf)
		}
	}
	slices.Sort(words)
	return out, words
}

// loadCode reads the names the Go code of the scanned tree loads its JWT
// keys under: the work tree's top when the scan is in a git work tree,
// HEAD's tree when --git scans a repository without one (bare, or its git
// directory), the scanned directory otherwise (not for one file).
func (s *scanner) loadCode(ctx context.Context) {
	dir := s.root
	if s.repo {
		top, err := gitOutput(ctx, s.root, "rev-parse", "--show-toplevel")
		if err != nil {
			if s.o.Git {
				s.code, s.codeWords, s.keys = loadTreeCode(ctx, s.root, s.notes.add)
			}
			return
		}
		dir = strings.TrimSpace(string(top))
	} else if s.only != "" {
		return
	}
	s.code, s.codeWords, s.keys = readCode(dirTree(dir), s.notes.add)
	s.keysBase = dir
}

// codeName reports whether the value at p is under a name the Go code loads
// a JWT key under; never under annotations or labels.
func (s *scanner) codeName(p []string, f format) bool {
	for _, k := range p {
		if strings.EqualFold(k, "annotations") || strings.EqualFold(k, "labels") {
			return false
		}
	}
	return s.code.match(p, f)
}
