package driver

import (
	"errors"
	"fmt"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// runOptions are the runner's debugging switches (-debug).
type runOptions struct {
	sanityCheck bool // facts through gob, as if across processes
	sequential  bool // one action at a time
}

// runner runs one analyzer (with facts, no required analyzers) over an
// import graph, a package after the packages it imports, as
// go/analysis/checker does, but type-checking each package just before it
// is analyzed and letting go of its syntax right after (lazy.go), keeping
// each fact once (facts.go) and no result or diagnostic of a package that
// is not a root.
type runner struct {
	a       *analysis.Analyzer
	l       *loader
	opts    runOptions
	actions []*action // by index, dependencies first
	byTypes map[*types.Package]*action

	mu               sync.Mutex
	withPackageFacts []*action // done actions that exported a package fact

	analyzeLimit chan struct{} // analyses running at once
}

// action is the analysis of one package.
type action struct {
	pkg     *packages.Package
	node    *node
	index   int
	root    bool
	imports map[*action]bool // the direct imports'
	list    []*action        // the same, sorted by import path
	deps    deps             // every package it imports, even indirectly

	once         sync.Once
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact
	result       any // roots only
	diagnostics  []analysis.Diagnostic
	err          error
}

// newRunner builds the actions of the import graph of pkgs.
func (l *loader) newRunner(a *analysis.Analyzer, pkgs []*packages.Package, opts runOptions) *runner {
	r := &runner{a: a, l: l, opts: opts, byTypes: map[*types.Package]*action{}}
	n := runtime.GOMAXPROCS(0)
	if opts.sequential {
		n = 1
	}
	r.analyzeLimit = make(chan struct{}, n)
	byPkg := map[*packages.Package]*action{}
	packages.Visit(pkgs, nil, func(p *packages.Package) { // dependencies first
		act := &action{pkg: p, node: l.nodes[p], index: len(r.actions), imports: map[*action]bool{}}
		r.actions = append(r.actions, act)
		byPkg[p] = act
		r.byTypes[p.Types] = act
	})
	for _, act := range r.actions {
		act.deps = newDeps(len(r.actions))
		paths := make([]string, 0, len(act.pkg.Imports))
		for path := range act.pkg.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			dep := byPkg[act.pkg.Imports[path]]
			act.imports[dep] = true
			act.list = append(act.list, dep)
			act.deps.add(dep.index)
			act.deps.union(dep.deps) // done: dependencies come first
		}
	}
	for _, p := range pkgs {
		byPkg[p].root = true
	}
	return r
}

// run runs every action and returns the graph of the results, as
// checker.Analyze would: one root action per root package, in order.
func (r *runner) run(roots []*packages.Package) *checker.Graph {
	var wg sync.WaitGroup
	for _, p := range roots {
		act := r.byTypes[p.Types]
		if r.opts.sequential {
			r.exec(act)
			continue
		}
		wg.Go(func() { r.exec(act) })
	}
	wg.Wait()
	return r.graph(roots)
}

// exec runs act once, after its dependencies.
func (r *runner) exec(act *action) {
	act.once.Do(func() {
		var wg sync.WaitGroup
		for _, dep := range act.list {
			if r.opts.sequential {
				r.exec(dep)
				continue
			}
			wg.Go(func() { r.exec(dep) })
		}
		wg.Wait()
		var failed []string
		for _, dep := range act.list {
			if dep.err != nil {
				failed = append(failed, r.a.Name+"@"+dep.pkg.ID)
			}
		}
		if failed != nil {
			sort.Strings(failed)
			act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
			return
		}
		r.analyzeLimit <- struct{}{}
		defer func() { <-r.analyzeLimit }()
		r.analyze(act)
		if len(act.packageFacts) > 0 {
			r.mu.Lock()
			r.withPackageFacts = append(r.withPackageFacts, act)
			r.mu.Unlock()
		}
	})
}

// analyze type-checks act's package (lazy.go), runs the analyzer on it and
// releases its syntax.
func (r *runner) analyze(act *action) {
	n := act.node
	r.l.load(n)
	defer r.l.releaseSyntax(n)
	p := act.pkg
	act.objectFacts = map[objectFactKey]analysis.Fact{}
	act.packageFacts = map[reflect.Type]analysis.Fact{}
	if p.IllTyped && !r.a.RunDespiteErrors {
		act.err = errors.New("analysis skipped due to errors in package")
		return
	}
	var module *analysis.Module
	if p.Module != nil {
		module = analysisModule(p.Module)
	} else {
		module = &analysis.Module{}
	}
	var fixErr error
	pass := &analysis.Pass{
		Analyzer:     r.a,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     map[*analysis.Analyzer]any{},
		Report: func(d analysis.Diagnostic) {
			if err := checkFixes(p.Fset, &d); err != nil && fixErr == nil {
				fixErr = fmt.Errorf("analyzer %s suggests an invalid fix: %v", r.a.Name, err)
			}
			if act.root {
				act.diagnostics = append(act.diagnostics, d)
			}
		},
		ImportObjectFact: func(obj types.Object, f analysis.Fact) bool { return r.importObjectFact(act, obj, f) },
		ExportObjectFact: func(obj types.Object, f analysis.Fact) { r.exportObjectFact(act, obj, f) },
		ImportPackageFact: func(pkg *types.Package, f analysis.Fact) bool {
			return r.importPackageFact(act, pkg, f)
		},
		ExportPackageFact: func(f analysis.Fact) { r.exportPackageFact(act, f) },
		AllObjectFacts:    func() []analysis.ObjectFact { return r.allObjectFacts(act) },
		AllPackageFacts:   func() []analysis.PackageFact { return r.allPackageFacts(act) },
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return os.ReadFile(name)
	}
	result, err := func() (any, error) {
		r.l.exportMu.RLock()
		defer r.l.exportMu.RUnlock()
		return r.a.Run(pass)
	}()
	if err == nil {
		err = fixErr
	}
	switch {
	case err != nil:
		act.err = err
	case reflect.TypeOf(result) != r.a.ResultType:
		act.err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
			p.Types.Path(), r.a, reflect.TypeOf(result), r.a.ResultType)
	default:
		for i := range act.diagnostics {
			u, err := resolveURL(r.a, act.diagnostics[i])
			if err != nil {
				act.err = err
				break
			}
			act.diagnostics[i].URL = u
		}
		if act.root && act.err == nil {
			act.result = result
		}
	}
	if act.err != nil {
		act.diagnostics = nil
	}
}

// readable reports whether the analyzer may read the file name: one of the
// package's files.
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == name {
			return true
		}
	}
	return false
}

// resolveURL returns d's documentation URL: its own, else the analyzer's
// with the category as fragment.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	ref := d.URL
	if ref == "" && d.Category != "" {
		ref = "#" + d.Category
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", ref, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// analysisModule is the analysis.Module of a go/packages module.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	am := &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   analysisModule(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
	}
	if m.Error != nil {
		am.Error = &analysis.ModuleError{Err: m.Error.Err}
	}
	return am
}

// graph returns the results as checker's Graph, for its printers: an
// action for each package (with its error, and for a root its diagnostics
// and result), with the same edges.
func (r *runner) graph(roots []*packages.Package) *checker.Graph {
	out := make([]*checker.Action, len(r.actions))
	for i, act := range r.actions { // dependencies first
		ca := &checker.Action{
			Analyzer:    r.a,
			Package:     act.pkg,
			IsRoot:      act.root,
			Result:      act.result,
			Err:         act.err,
			Diagnostics: act.diagnostics,
		}
		for _, dep := range act.list {
			ca.Deps = append(ca.Deps, out[dep.index])
		}
		out[i] = ca
	}
	g := &checker.Graph{}
	for _, p := range roots {
		g.Roots = append(g.Roots, out[r.byTypes[p.Types].index])
	}
	return g
}

// sortedTypes returns the keys of m in the order of their names.
func sortedTypes(m map[reflect.Type]analysis.Fact) []reflect.Type {
	ts := make([]reflect.Type, 0, len(m))
	for t := range m {
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b reflect.Type) int { return strings.Compare(a.String(), b.String()) })
	return ts
}
