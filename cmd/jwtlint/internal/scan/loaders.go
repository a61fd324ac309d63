package scan

import (
	"cmp"
	"go/ast"
	"go/token"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// A loader is a configuration library's function or method that fills a
// struct from configuration files: each field is read under its whole
// dotted path, a tag or the field's own name per level (configor's
// app.secret for App.Secret). Only a struct passed to a loader has its
// untagged fields named so; a struct no loader fills may be anything (a
// test fixture's {"Secret": …}), and its untagged fields name nothing.
type loader struct {
	pkg   string   // import path; also matches its major versions (pkg/v2)
	funcs []string // its functions or methods that fill a struct
	arg   int      // the argument pointing to the struct
	// prefix is the argument holding the path the struct is read under
	// (viper.UnmarshalKey("jwt", &c)), or -1.
	prefix int
	tags   []string // the tag keys naming a field, the first present wins
}

// loaders are the configuration loaders whose structs' fields are named.
var loaders = []loader{
	{"github.com/jinzhu/configor", []string{"Load"}, 0, -1, []string{"yaml", "json", "toml"}},
	{"github.com/spf13/viper", []string{"Unmarshal", "UnmarshalExact"}, 0, -1, []string{"mapstructure"}},
	{"github.com/spf13/viper", []string{"UnmarshalKey"}, 1, 0, []string{"mapstructure"}},
	// Its env tags name environment variables, named as any env tag is.
	{"github.com/ilyakaznacheev/cleanenv", []string{"ReadConfig"}, 1, -1, []string{"yaml", "json", "toml"}},
	{"github.com/knadh/koanf", []string{"Unmarshal", "UnmarshalWithConf"}, 1, 0, []string{"koanf"}},
	// go-zero matches json tags and field names ignoring case, as normName.
	{"github.com/zeromicro/go-zero/core/conf", []string{"MustLoad", "Load"}, 1, -1, []string{"json"}},
	// kratos's config.Config.Scan: protojson for protoc-generated structs,
	// whose json tags hold the proto names (api_key), json otherwise.
	{"github.com/go-kratos/kratos/v2/config", []string{"Scan"}, 0, -1, []string{"json"}},
	// Decoders of one format, called on a configuration file's content.
	{"gopkg.in/yaml.v2", []string{"Unmarshal", "UnmarshalStrict"}, 1, -1, []string{"yaml"}},
	{"gopkg.in/yaml.v3", []string{"Unmarshal"}, 1, -1, []string{"yaml"}},
	{"sigs.k8s.io/yaml", []string{"Unmarshal"}, 1, -1, []string{"json"}},
	{"github.com/BurntSushi/toml", []string{"DecodeFile", "Decode"}, 1, -1, []string{"toml"}},
}

// loaderOf returns the loaders of an import path.
func loaderOf(ip string) []*loader {
	var out []*loader
	for i := range loaders {
		l := &loaders[i]
		if rest, ok := strings.CutPrefix(ip, l.pkg); ok && (rest == "" || strings.HasPrefix(rest, "/v")) {
			out = append(out, l)
		}
	}
	return out
}

// boundField is a field of a struct a loader fills: its Go path from the
// struct (App.Secret; embedded structs' fields are promoted) and its
// configuration name (app.secret).
type boundField struct {
	goPath []string
	name   string
}

// chainMarker is how valueSources names a selector chain: "~" (in no
// configuration name), the first operand's name when it is a variable
// ("" otherwise), ":" and the selected names past it (cf.App.Secret:
// "~cf:App.Secret").
const chainMarker = "~"

// chainSource returns the chainMarker source of a selector expression.
func chainSource(e *ast.SelectorExpr) string {
	names := []string{e.Sel.Name}
	root := ""
	for x := ast.Unparen(e.X); ; {
		if id, ok := x.(*ast.Ident); ok {
			root = id.Name
		}
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			break
		}
		names = append(names, sel.Sel.Name)
		x = ast.Unparen(sel.X)
	}
	slices.Reverse(names)
	return chainMarker + root + ":" + strings.Join(names, ".")
}

// parseChain splits a chainMarker source into its root and selected
// names.
func parseChain(s string) (root, chain string, ok bool) {
	rest, ok := strings.CutPrefix(s, chainMarker)
	if !ok {
		return "", "", false
	}
	root, chain, ok = strings.Cut(rest, ":")
	return root, chain, ok
}

// localChains returns the chain sources a local variable's value is
// selected by, through copies into other locals (b := a), or nil.
func localChains(name string, local map[string][]string, depth int) []string {
	if name == "" || depth > 4 {
		return nil
	}
	var out []string
	for _, f := range local[name] {
		if _, _, ok := parseChain(f); ok {
			out = append(out, f)
		} else if n, ok := strings.CutPrefix(f, "="); ok && n != name {
			out = append(out, localChains(n, local, depth+1)...)
		}
	}
	return out
}

// bindChain records as found the names of the loaded fields a selector
// chain may read: those whose Go path ends in the chain, or that the chain
// ends in (s.cfg.App.Secret reads App.Secret; p.Secret, of a parameter p
// of a section's type, may read JWT.Secret or Mail.Secret of the same
// struct: both are taken; a local copy's chain is known, resolve).
func (c *codeIndex) bindChain(chain []string) {
	for _, b := range c.bound {
		n := min(len(chain), len(b.goPath))
		if slices.Equal(chain[len(chain)-n:], b.goPath[len(b.goPath)-n:]) {
			c.found[b.name] = true
		}
	}
}

// loads finds the calls of g to a configuration loader and records the
// fields of the structs they fill.
func (c *codeIndex) loads(g *goFile) {
	if len(g.loaders) == 0 {
		return
	}
	for _, d := range g.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, l := range g.loaderCalled(call) {
				if l.arg >= len(call.Args) {
					continue
				}
				var prefix []string
				if l.prefix >= 0 && l.prefix < len(call.Args) {
					lit, ok := ast.Unparen(call.Args[l.prefix]).(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue // a path we cannot read
					}
					p, err := strconv.Unquote(lit.Value)
					if err != nil {
						continue
					}
					if p != "" {
						prefix = strings.Split(p, ".")
					}
				}
				if tg, t := c.argType(g, fd, call.Args[l.arg]); t != nil {
					c.bind(tg, t, nil, prefix, l.tags, 0)
				}
			}
			return true
		})
	}
}

// loaderCalled returns the loaders a call may be of: a function of a
// loader package g imports (configor.Load), or a method of that name of
// any value but another package (v.Unmarshal, not json.Unmarshal).
func (g *goFile) loaderCalled(call *ast.CallExpr) []*loader {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var cands []*loader
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && g.isPackage(id.Name) {
		cands = g.loaders[id.Name]
	} else {
		for _, ls := range g.loaders {
			cands = append(cands, ls...)
		}
	}
	var out []*loader
	for _, l := range cands {
		if slices.Contains(l.funcs, sel.Sel.Name) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// argType returns the type of the struct a loader's argument points to,
// and the file the type is written in: &v or v, for a variable of the
// function (var v T, v := T{}, v := &T{}, v := new(T), a parameter v *T)
// or of a package (var C T, pkg.C).
func (c *codeIndex) argType(g *goFile, fd *ast.FuncDecl, e ast.Expr) (*goFile, ast.Expr) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		if t := localType(fd, e.Name); t != nil {
			return g, t
		}
		c.ensureDir(g.dir)
		if v, ok := c.vars[g.dir+"."+e.Name]; ok {
			return v.g, v.t
		}
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && g.pkgs[id.Name] != "" {
			dir := g.pkgs[id.Name]
			c.ensureDir(dir)
			if v, ok := c.vars[dir+"."+e.Sel.Name]; ok {
				return v.g, v.t
			}
		}
	case *ast.CompositeLit, *ast.CallExpr:
		if t := valueType(e); t != nil {
			return g, t
		}
	}
	return nil, nil
}

// localType returns the type of a variable or parameter of fd named name,
// as written, or nil.
func localType(fd *ast.FuncDecl, name string) ast.Expr {
	for _, fl := range []*ast.FieldList{fd.Recv, fd.Type.Params} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				if id.Name == name {
					return f.Type
				}
			}
		}
	}
	var t ast.Expr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if t != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if id.Name != name {
					continue
				}
				if n.Type != nil {
					t = n.Type
				} else if i < len(n.Values) {
					t = valueType(n.Values[i])
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == name {
						t = valueType(n.Rhs[i])
					}
				}
			}
		}
		return true
	})
	return t
}

// valueType returns the type of T{…}, &T{…} and new(T), or nil.
func valueType(e ast.Expr) ast.Expr {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e.Type
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return valueType(e.X)
		}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && id.Name == "new" && len(e.Args) == 1 {
			return e.Args[0]
		}
	}
	return nil
}

// structOf returns the struct type t (written in g) is, or points to, and
// the file it is written in: an inline struct, or a struct type of the
// tree.
func (c *codeIndex) structOf(g *goFile, t ast.Expr) (*goFile, *ast.StructType, string) {
	for {
		st, ok := t.(*ast.StarExpr)
		if !ok {
			break
		}
		t = st.X
	}
	switch t := t.(type) {
	case *ast.StructType:
		return g, t, ""
	case *ast.Ident, *ast.SelectorExpr:
		key := g.typeName(t)
		if key == "" {
			return nil, nil, ""
		}
		c.ensureDir(key[:strings.LastIndex(key, ".")])
		if d, ok := c.types[key]; ok {
			if st, ok := d.t.(*ast.StructType); ok {
				return d.g, st, key
			}
		}
	}
	return nil, nil, ""
}

// maxBindDepth bounds the nesting of the loaded structs followed.
const maxBindDepth = 8

// bind records the fields of the struct type t (written in g) that a
// loader fills, under goPath and name, reading names from the tags.
func (c *codeIndex) bind(g *goFile, t ast.Expr, goPath, name []string, tags []string, depth int) {
	g, st, key := c.structOf(g, t)
	if st == nil || depth > maxBindDepth {
		return
	}
	if key != "" {
		if c.binding[key] {
			return // a recursive type
		}
		c.binding[key] = true
		defer delete(c.binding, key)
	}
	for _, f := range st.Fields.List {
		tagName, inline := fieldTag(f.Tag, tags)
		if tagName == "-" {
			continue
		}
		if len(f.Names) == 0 {
			// Embedded: its fields are promoted in Go, and read at this
			// level unless a tag names it.
			if tagName != "" && !inline {
				c.bind(g, f.Type, goPath, append(slices.Clip(name), tagName), tags, depth+1)
			} else {
				c.bind(g, f.Type, goPath, name, tags, depth+1)
			}
			continue
		}
		for _, id := range f.Names {
			if !id.IsExported() {
				continue
			}
			n := tagName
			if n == "" {
				if c.tagsOnly {
					continue
				}
				n = id.Name
			}
			gp, np := append(slices.Clip(goPath), id.Name), append(slices.Clip(name), n)
			if inline {
				np = name
			}
			if _, sub, _ := c.structOf(g, f.Type); sub != nil {
				c.bind(g, f.Type, gp, np, tags, depth+1)
				continue
			}
			if len(np) > 0 {
				c.bound = append(c.bound, boundField{goPath: gp, name: strings.Join(np, ".")})
			}
		}
	}
}

// nestTags are the tag keys whose nested struct fields name a setting by
// their path when no loader call is seen (bindTagged).
var nestTags = []string{"yaml", "json", "toml", "mapstructure", "koanf"}

// bindTagged records the tagged fields of the configuration structs of
// files as a loader would fill them, when a struct type's field tagged
// with one of nestTags is itself a struct of the tree (Config.Server
// `yaml:"server"` of type Server, whose Secret is `yaml:"secret"`): each
// field is named by the path of its tags (server.secret), as the tags of a
// flat struct name its fields (mappings). The loader may be out of sight
// (yaml.Unmarshal passed as a function value); only tagged fields are
// named, and only from the outermost such structs, those no struct read
// holds under such a tag (a handler's untagged config *Config does not).
func (c *codeIndex) bindTagged(files []*goFile) {
	type root struct {
		g   *goFile
		id  *ast.Ident
		tag string
	}
	var roots []root
	held := map[string]bool{}
	for _, g := range files {
		ast.Inspect(g.file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			tag := ""
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 {
					continue
				}
				for _, k := range nestTags {
					if n, _ := fieldTag(f.Tag, []string{k}); n != "" && n != "-" {
						if _, sub, key := c.structOf(g, f.Type); sub != nil {
							held[key] = true
							tag = cmp.Or(tag, k)
						}
						break
					}
				}
			}
			if tag != "" {
				roots = append(roots, root{g, ts.Name, tag})
			}
			return true
		})
	}
	c.tagsOnly = true
	defer func() { c.tagsOnly = false }()
	for _, r := range roots {
		if !held[r.g.typeName(r.id)] {
			c.bind(r.g, r.id, nil, nil, []string{r.tag}, 0)
		}
	}
}

// fieldTag returns the name the first of tags present gives a field ("" for
// none, "-" for a field not read) and whether its options inline or squash
// it.
func fieldTag(lit *ast.BasicLit, tags []string) (string, bool) {
	if lit == nil {
		return "", false
	}
	tag, err := strconv.Unquote(lit.Value)
	if err != nil {
		return "", false
	}
	for _, k := range tags {
		v, ok := reflect.StructTag(tag).Lookup(k)
		if !ok {
			continue
		}
		n, opts, _ := strings.Cut(v, ",")
		inline := slices.ContainsFunc(strings.Split(opts, ","), func(o string) bool { return o == "inline" || o == "squash" })
		if n != "-" && n != "" && !identifier().MatchString(n) {
			return "", inline
		}
		return n, inline
	}
	return "", false
}

// isPackage reports whether name may be the local name of a package g
// imports (jwt for .../jwt/v5, koanf for .../koanf/v2).
func (g *goFile) isPackage(name string) bool {
	for _, imp := range g.file.Imports {
		if imp.Name != nil {
			if imp.Name.Name == name {
				return true
			}
			continue
		}
		ip, _ := strconv.Unquote(imp.Path.Value)
		if slices.Contains(packageNames(ip), name) || path.Base(ip) == name {
			return true
		}
	}
	return false
}
