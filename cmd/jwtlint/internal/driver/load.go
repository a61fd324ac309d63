package driver

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"go/version"
	"maps"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// LoadConfig says which packages to load and how.
type LoadConfig struct {
	// Dir is the directory the go command runs in; "" is the working
	// directory.
	Dir string
	// Env is the go command's environment; nil is the process's.
	Env []string
	// Tests loads the packages' test variants too.
	Tests bool
	// AllSource type-checks every package from source, as
	// packages.LoadAllSyntax does (for comparisons).
	AllSource bool
	// AllRoots runs the analyzer on every root, not only on those that can
	// hold a finding (see Analyze), for its notes on the declarations it
	// could not analyze in a root that does not type-check.
	AllRoots bool

	// buildFlags are the go commands' extra flags (an overlay, see
	// renameReservedModule).
	buildFlags []string
}

// Stats counts how the packages of a load were type-checked.
type Stats struct {
	Packages   int // in the import graph of the roots
	FromSource int // parsed and type-checked with function bodies
	FromExport int // types read from the compiler's export data
	// Indirect counts the packages of neither kind: what their
	// importers' export data declare of them is all there is.
	Indirect int
	// Analyzed counts the roots the analyzer runs on; the others can hold
	// no finding (see Analyze).
	Analyzed int
}

// loadMode is the first, cheap pass: the import graph with each package's
// files and module (go list -deps -compiled), with no parsing and no
// type-checking. Export data is asked for later, and only for the packages
// that can do with it (exportFiles): -export on the whole graph would
// compile the module's own packages, which are type-checked from source
// anyway (and, in the commit hook's temporary tree, are never in the build
// cache).
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule |
	packages.NeedTypesSizes | packages.NeedEmbedFiles

// loadRoots type-checks the roots' import graphs, in parallel; each
// package once (node.once), whoever asks first.
func (l *loader) loadRoots(roots []*packages.Package) {
	var wg sync.WaitGroup
	for _, r := range roots {
		wg.Go(func() { l.load(l.nodes[r]) })
	}
	wg.Wait()
}

// plan is Analyze's first part: the import graph (go list), what comes from
// source and what the analyzer runs on (decide), and for every package an
// empty types.Package to fill, so that importers and the analysis driver
// can hold it before it is type-checked. Nothing is parsed yet.
func plan(cfg LoadConfig, patterns []string) (*loader, []*packages.Package, error) {
	ren, err := renameReservedModule(cfg.Dir)
	if err != nil {
		return nil, nil, fmt.Errorf("reading go.mod: %w", err)
	}
	defer ren.remove() // the go commands are done when plan returns
	if ren != nil {
		cfg.buildFlags = append(cfg.buildFlags, ren.flags...)
	}
	roots, err := packages.Load(&packages.Config{Mode: loadMode, Dir: cfg.Dir, Env: cfg.Env, Tests: cfg.Tests, BuildFlags: cfg.buildFlags}, patterns...)
	if err != nil {
		if e := newerGo(cfg.Dir, cfg.Env, runtime.Version(), err); e != nil {
			return nil, nil, e
		}
		return nil, nil, err
	}
	if len(roots) == 0 {
		return nil, nil, fmt.Errorf("%s %w", strings.Join(patterns, " "), ErrNoPackages)
	}
	l := &loader{fset: token.NewFileSet(), nodes: map[*packages.Package]*node{}, files: map[string]*parsed{}}
	if ren != nil {
		l.overlay = ren.files
		l.notes = append(l.notes, ren.note())
	}
	var goNotes []string
	l.goCap, goNotes = goCap(roots, runtime.Version())
	l.notes = append(l.notes, goNotes...)
	packages.Visit(roots, nil, func(p *packages.Package) {
		n := &node{pkg: p}
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
		p.Fset = l.fset
		p.TypesSizes = sizes(p)
		l.nodes[p] = n
		l.order = append(l.order, n)
	})
	for _, r := range roots {
		l.nodes[r].root = true
	}
	if err := l.decide(cfg); err != nil {
		return nil, nil, err
	}
	return l, roots, nil
}

// analyzed returns the roots the analyzer runs on (see Analyze).
func (l *loader) analyzed(roots []*packages.Package) []*packages.Package {
	var analyze []*packages.Package
	for _, r := range roots {
		if l.cone[r] {
			analyze = append(analyze, r)
		}
	}
	return analyze
}

// stats counts how the graph was loaded; analyze are the roots the
// analyzer runs on.
func (l *loader) stats(analyze []*packages.Package) Stats {
	st := Stats{Packages: len(l.order), Analyzed: len(analyze)}
	for _, n := range l.order {
		switch {
		case n.source:
			st.FromSource++
		case n.export:
			st.FromExport++
		case n.pkg.PkgPath != "unsafe":
			st.Indirect++
		}
	}
	return st
}

// loader type-checks one import graph.
type loader struct {
	fset  *token.FileSet
	nodes map[*packages.Package]*node
	order []*node // dependencies first

	// exportMu guards reading export data into shared packages (Lock),
	// against the analyses (RLock): reading a package's export data
	// declares, in the packages it mentions that are not read whole
	// (node.export), what it uses of them, and an analysis may look into
	// any package's scope.
	exportMu sync.RWMutex

	filesMu sync.Mutex
	files   map[string]*parsed // a file shared by a package and its test variant is parsed once

	cone map[*packages.Package]bool // what the analyzer runs on (decide)

	overlay map[string][]byte // files the parser reads from memory (renameReservedModule)
	goCap   string            // the newest Go version packages are type-checked as, if any (goCap)
	notes   []string          // what the user should know about the load
}

// node is one package of the graph.
type node struct {
	pkg    *packages.Package
	root   bool
	source bool // type-check from source (else: export data)
	// export: read the package's export data, because a source package
	// imports it directly. The types of the other packages that do not
	// come from source are made by the importers' export data, as far as
	// it mentions them (the gc importer declares what an importer's API
	// uses of an indirect dependency), and are never read whole: most of
	// the graph on a large module, whose export data (inline bodies
	// included) stays in memory as long as any name decoded from it.
	export bool
	// release: drop the syntax and types.Info once type-checked (only the
	// errors and the types.Package are needed); see lazy.go.
	release  bool
	released bool
	once     sync.Once
}

type parsed struct {
	once sync.Once
	refs int // source packages holding the file, not yet released (lazy.go)
	file *ast.File
	err  error
}

// decide sets node.source: roots, test variants, packages that import a JWT
// library (even through their dependencies) and packages the analyzer's
// fast path does not leave (analyzer.NeedsSource, judged on the export
// data's types) come from source; so does any package without export data
// (it does not compile: its errors are reported from source).
func (l *loader) decide(cfg LoadConfig) error {
	libs := map[string]bool{}
	for _, p := range analyzer.Libraries() {
		libs[p] = true
	}
	jwt := map[*packages.Package]bool{}
	type candidate struct {
		n          *node
		stdlib     bool
		dependency bool
	}
	var cands []candidate
	for _, n := range l.order { // dependencies first
		p := n.pkg
		for path, imp := range p.Imports {
			if libs[path] || jwt[imp] {
				jwt[p] = true
			}
		}
	}
	// The cone: what imports a JWT library or holds a directive, and
	// everything it imports.
	l.cone = map[*packages.Package]bool{}
	var mark func(*packages.Package)
	mark = func(p *packages.Package) {
		if !l.cone[p] {
			l.cone[p] = true
			for _, imp := range p.Imports {
				mark(imp)
			}
		}
	}
	for _, n := range l.order {
		if cfg.AllSource || jwt[n.pkg] || hasDirective(n.pkg) {
			mark(n.pkg)
		}
	}
	for _, n := range l.order {
		p := n.pkg
		stdlib, dependency := isStdlib(p), isDependency(p)
		switch {
		case p.PkgPath == "unsafe":
		case cfg.AllSource, n.root, jwt[p], p.ID != p.PkgPath, !stdlib && !dependency:
			n.source = true
		default:
			cands = append(cands, candidate{n, stdlib, dependency})
		}
	}
	defer l.markExport()
	if len(cands) == 0 {
		return nil
	}
	paths := make([]string, len(cands))
	for i, c := range cands {
		paths[i] = c.n.pkg.PkgPath
	}
	exports, err := exportFiles(cfg, paths)
	if err != nil {
		return err
	}
	judge := &apiJudge{budget: judgeBudget}
	for _, c := range cands { // dependencies first
		p := c.n.pkg
		p.ExportFile = exports[p.PkgPath]
		switch {
		case p.ExportFile == "":
			c.n.source = true
		case !c.stdlib && l.cone[p]:
			tpkg, err := judge.read(p)
			c.n.source = err != nil || analyzer.NeedsSource(tpkg, slices.Collect(maps.Keys(p.Imports)), c.stdlib, c.dependency)
		}
	}
	return nil
}

// judgeBudget is how many bytes of export data files an apiJudge reads
// into one scratch universe.
const judgeBudget = 64 << 20

// apiJudge reads export data only to judge packages' APIs
// (analyzer.NeedsSource), into a scratch universe that it starts anew
// once it has read budget bytes of export data files. Every name decoded
// from export data keeps the whole of it alive (inline bodies included):
// one universe for all of go-zero's candidates held 400 MB at once; a
// universe for each package cost 8 CPU s more, each read declaring again
// the dependencies' types that a shared universe already has.
type apiJudge struct {
	budget int64
	used   int64
	fset   *token.FileSet
	view   map[string]*types.Package
}

func (j *apiJudge) read(p *packages.Package) (*types.Package, error) {
	if j.view == nil || j.used >= j.budget {
		j.fset, j.view, j.used = token.NewFileSet(), map[string]*types.Package{}, 0
	}
	if fi, err := os.Stat(p.ExportFile); err == nil {
		j.used += fi.Size()
	}
	return readExport(j.fset, j.view, p)
}

// markExport sets node.export on the packages a source package imports
// that do not come from source themselves.
func (l *loader) markExport() {
	for _, n := range l.order {
		if !n.source {
			continue
		}
		for _, imp := range n.pkg.Imports {
			if m := l.nodes[imp]; !m.source && imp.PkgPath != "unsafe" {
				m.export = true
			}
		}
	}
}

// hasDirective reports whether a file of p, of the module being analyzed,
// mentions a jwtlint directive: the analyzer reports a directive that
// suppresses nothing, in any package.
func hasDirective(p *packages.Package) bool {
	if isStdlib(p) || isDependency(p) {
		return false
	}
	for _, name := range p.CompiledGoFiles {
		if b, err := os.ReadFile(name); err == nil && bytes.Contains(b, []byte("jwtlint:")) {
			return true
		}
	}
	return false
}

// isStdlib reports whether p is in the standard library, as the analyzer
// judges it: outside any module, no dot in its path's first element.
func isStdlib(p *packages.Package) bool {
	return (p.Module == nil || p.Module.Path == "") && !strings.Contains(strings.SplitN(p.PkgPath, "/", 2)[0], ".")
}

// isDependency reports whether p belongs to a module required at a version.
func isDependency(p *packages.Package) bool {
	return p.Module != nil && p.Module.Version != ""
}

// exportFiles returns the export data files of the packages with the given
// paths ("" for a package that does not compile), from the build cache or
// compiled into it: go list -e -export.
func exportFiles(cfg LoadConfig, paths []string) (map[string]string, error) {
	args := append([]string{"list", "-e", "-export", "-f", "{{.ImportPath}}\t{{.Export}}"}, cfg.buildFlags...)
	args = append(append(args, "--"), paths...)
	cmd := exec.Command("go", args...)
	cmd.Dir = cfg.Dir
	cmd.Env = cfg.Env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if path, file, ok := strings.Cut(line, "\t"); ok {
			m[path] = file
		}
	}
	return m, nil
}

// readExport reads p's export data into view, which holds (or receives) the
// packages it mentions.
func readExport(fset *token.FileSet, view map[string]*types.Package, p *packages.Package) (*types.Package, error) {
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", p.ExportFile, err)
	}
	return gcexportdata.Read(r, fset, view, p.PkgPath)
}

// load type-checks n after its dependencies.
func (l *loader) load(n *node) {
	n.once.Do(func() {
		var wg sync.WaitGroup
		for _, imp := range n.pkg.Imports {
			wg.Go(func() { l.load(l.nodes[imp]) })
		}
		wg.Wait()
		switch {
		case n.pkg.PkgPath == "unsafe":
			n.pkg.TypesSizes = sizes(n.pkg)
		case n.source:
			l.check(n.pkg)
		case n.export:
			l.loadExport(n.pkg)
		default:
			// Its importers' export data declare what they use of it.
			n.pkg.TypesSizes = sizes(n.pkg)
		}
		illTyped := len(n.pkg.Errors) > 0
		for _, imp := range n.pkg.Imports {
			illTyped = illTyped || imp.IllTyped
		}
		n.pkg.IllTyped = illTyped
		if n.release {
			l.releaseSyntax(n)
		}
	})
}

// loadExport fills p.Types from its export data, with the packages of its
// import graph (complete by then) as the view, as go/packages does.
func (l *loader) loadExport(p *packages.Package) {
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	p.TypesSizes = sizes(p)
	view := map[string]*types.Package{}
	seen := map[*packages.Package]bool{}
	var visit func(*packages.Package)
	visit = func(q *packages.Package) {
		if seen[q] {
			return
		}
		seen[q] = true
		view[q.PkgPath] = q.Types
		for _, imp := range q.Imports {
			visit(imp)
		}
	}
	visit(p)
	if _, err := readExport(l.fset, view, p); err != nil {
		msg := err.Error()
		if l.goCap != "" {
			// Not gcexportdata's "please report an issue": the go
			// command compiled it with a newer Go (see goCap's note).
			msg = fmt.Sprintf("%s: export data compiled by a newer Go than jwtlint's (%s): %s", p.PkgPath, runtime.Version(), msg)
		}
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: msg, Kind: packages.UnknownError})
	}
}

// cpuLimit bounds the type checkers running at once.
var cpuLimit = make(chan struct{}, runtime.GOMAXPROCS(0))

// check parses and type-checks p from source, with full types.Info.
func (l *loader) check(p *packages.Package) {
	p.TypesSizes = sizes(p)
	appendError := func(err error) {
		var se scanner.ErrorList
		var te types.Error
		switch {
		case errors.As(err, &te):
			p.TypeErrors = append(p.TypeErrors, te)
			p.Errors = append(p.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
		case errors.As(err, &se):
			for _, e := range se {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		default:
			var pe *os.PathError
			if errors.As(err, &pe) {
				p.Errors = append(p.Errors, packages.Error{Pos: pe.Path + ":1", Msg: pe.Err.Error(), Kind: packages.ParseError})
				return
			}
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}
	if len(p.CompiledGoFiles) == 0 && p.ExportFile != "" {
		appendError(fmt.Errorf("sources missing for package %s", p.ID))
		l.loadExport(p)
		return
	}
	p.Syntax = make([]*ast.File, 0, len(p.CompiledGoFiles))
	for _, name := range p.CompiledGoFiles {
		f, err := l.parse(name)
		if err != nil {
			appendError(err)
		}
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
	}
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			if imp.Types == nil || !imp.Types.Complete() {
				return nil, fmt.Errorf("no type information for %s", path)
			}
			return imp.Types, nil
		}),
		Error: appendError,
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
		if l.goCap != "" && version.Compare(tc.GoVersion, l.goCap) > 0 {
			tc.GoVersion = l.goCap
		}
	}
	cpuLimit <- struct{}{}
	err := types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	<-cpuLimit
	if err != nil && len(p.Errors) == 0 {
		if len(p.Syntax) > 0 && strings.HasPrefix(err.Error(), "package requires newer Go version") {
			appendError(types.Error{Fset: l.fset, Pos: p.Syntax[0].Package, Msg: err.Error()})
		} else {
			appendError(err)
		}
	}
}

// parse parses a file once, however many packages hold it.
func (l *loader) parse(name string) (*ast.File, error) {
	l.filesMu.Lock()
	e := l.files[name]
	if e == nil {
		e = &parsed{}
		l.files[name] = e
	}
	l.filesMu.Unlock()
	e.once.Do(func() {
		src, ok := l.overlay[name]
		if !ok {
			var err error
			if src, err = os.ReadFile(name); err != nil {
				e.err = err
				return
			}
		}
		e.file, e.err = parser.ParseFile(l.fset, name, src, parser.AllErrors|parser.ParseComments)
	})
	return e.file, e.err
}

func sizes(p *packages.Package) types.Sizes {
	if p.TypesSizes != nil {
		return p.TypesSizes
	}
	return types.SizesFor("gc", runtime.GOARCH)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
