package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// buildSSA builds SSA for pass's package, as passes/buildssa does, but only
// for packages past the fast path: requiring buildssa would make every
// package of the build pay for SSA. Declarations whose types are incomplete
// (cp) are built without their bodies or initializers. When anything is
// incomplete the package is built serially, under recover: the type
// checker's partial results are not what the builder was written for, and
// the judgement of cp can miss what the builder trips on. If the builder
// fails, the declarations it fails on are found by building the package
// again with parts of the bodies left out (isolate); they are skipped like
// the incomplete ones, so every other function is still analyzed. An error
// is returned only when the builder fails even with no body at all.
func buildSSA(pass *analysis.Pass, cp *completeness) (*ssa.Package, []*ssa.Function, error) {
	files := cp.files(pass.Files)
	if !cp.suspect {
		pkg := newSSAPackage(pass, files, pass.TypesInfo, 0)
		pkg.Build()
		return pkg, sourceFuncs(pass, pkg, files), nil
	}
	b := &guardedBuild{pass: pass, cp: cp, files: files}
	pkg, built, err := b.try(nil)
	if err != nil {
		pkg, built, err = b.isolate()
		if err != nil {
			return nil, nil, err
		}
	}
	return pkg, sourceFuncs(pass, pkg, built), nil
}

// newSSAPackage creates pass's package from files and info in a new
// program, with its direct imports. Only the direct imports: the SSA
// builder makes functions of packages it was not given on demand, and
// creating the whole import graph for every analyzed package was half of
// the analyzer's time (BENCHMARKS.md).
func newSSAPackage(pass *analysis.Pass, files []*ast.File, info *types.Info, mode ssa.BuilderMode) *ssa.Package {
	prog := ssa.NewProgram(pass.Fset, mode)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	return prog.CreatePackage(pass.Pkg, files, info, false)
}

// sourceFuncs returns pkg's source functions in source order, then the
// package initializer, each followed by its closures; functions built
// without a body are left out.
func sourceFuncs(pass *analysis.Pass, pkg *ssa.Package, files []*ast.File) []*ssa.Function {
	var funcs []*ssa.Function
	var add func(*ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || fn.Blocks == nil {
			return
		}
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					add(pkg.Prog.FuncValue(obj))
				}
			}
		}
	}
	add(pkg.Func("init"))
	return funcs
}

// guardedBuild builds a suspect package serially under recover, leaving
// out the code of chosen declarations.
type guardedBuild struct {
	pass *analysis.Pass
	cp   *completeness
	// files are the files cp judged, incomplete bodies already removed.
	files []*ast.File
	// builds counts the builder's runs, for the tests.
	builds int
}

// A buildUnit is a declaration the builder makes code of: a function with
// a body, or a package variable spec with initializers.
type buildUnit struct {
	decl ast.Node // *ast.FuncDecl or *ast.ValueSpec
	name string
}

// units lists the declarations of b.files that the builder would build.
func (b *guardedBuild) units() []buildUnit {
	var units []buildUnit
	for _, f := range b.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					units = append(units, buildUnit{d, funcDeclName(d)})
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Values) > 0 && !b.cp.badInits[vs.Values[0]] {
						var names []*ast.Ident
						names = append(names, vs.Names...)
						units = append(units, buildUnit{vs, specName(token.VAR, names)})
					}
				}
			}
		}
	}
	return units
}

// try builds the package without the code of the declarations in drop,
// returning the files it was built from; a failure of the builder is
// returned as an error.
func (b *guardedBuild) try(drop map[ast.Node]bool) (pkg *ssa.Package, files []*ast.File, err error) {
	b.builds++
	files = b.files
	inits := b.cp.initOrder(b.pass.TypesInfo.InitOrder)
	if len(drop) > 0 {
		files = dropBodies(files, drop)
		dropped := map[ast.Expr]bool{}
		for n := range drop {
			if vs, ok := n.(*ast.ValueSpec); ok {
				for _, v := range vs.Values {
					dropped[v] = true
				}
			}
		}
		inits = slices.DeleteFunc(slices.Clone(inits), func(i *types.Initializer) bool { return dropped[i.Rhs] })
	}
	info := *b.pass.TypesInfo
	info.InitOrder = inits
	defer func() {
		if r := recover(); r != nil {
			pkg, files, err = nil, nil, fmt.Errorf("the SSA builder failed on them (%v)", r)
		}
	}()
	pkg = newSSAPackage(b.pass, files, &info, ssa.BuildSerially)
	pkg.Build()
	return pkg, files, nil
}

// fails reports whether the builder fails when, of units, only the code of
// keep is built (besides the declarations already dropped).
func (b *guardedBuild) fails(units, keep []buildUnit, dropped map[ast.Node]bool) bool {
	drop := make(map[ast.Node]bool, len(units)+len(dropped))
	for n := range dropped {
		drop[n] = true
	}
	for _, u := range units {
		drop[u.decl] = true
	}
	for _, u := range keep {
		delete(drop, u.decl)
	}
	_, _, err := b.try(drop)
	return err != nil
}

// isolate finds the declarations the builder fails on, after a build of
// the whole package failed, and builds the package without them. They are
// skipped in cp. It fails only if the package cannot be built even with no
// code at all (the builder then fails on the declarations themselves).
func (b *guardedBuild) isolate() (*ssa.Package, []*ast.File, error) {
	units := b.units()
	none := map[ast.Node]bool{}
	for _, u := range units {
		none[u.decl] = true
	}
	if _, _, err := b.try(none); err != nil {
		return nil, nil, err
	}
	dropped := map[ast.Node]bool{}
	keep := units
	for {
		// The builder fails with keep built: find why. bisect returns at
		// least one unit, so keep shrinks and the loop ends (with keep
		// empty at worst, which builds).
		bad := bisect(keep, func(k []buildUnit) bool { return b.fails(units, k, dropped) })
		for _, u := range bad {
			dropped[u.decl] = true
		}
		b.cp.skipUnbuilt(bad)
		keep = slices.DeleteFunc(slices.Clone(keep), func(u buildUnit) bool { return dropped[u.decl] })
		if pkg, files, err := b.try(dropped); err == nil {
			return pkg, files, nil
		}
	}
}

// bisect returns the units that fails blames, given that fails(units) is
// true: fails(k) reports whether building only the code of k fails. A unit
// that fails alone is blamed; units that fail only together are all blamed.
// For one culprit among n units it calls fails about 2·log2(n) times.
func bisect(units []buildUnit, fails func([]buildUnit) bool) []buildUnit {
	if len(units) <= 1 {
		return units
	}
	a, b := units[:len(units)/2], units[len(units)/2:]
	fa, fb := fails(a), fails(b)
	if !fa && !fb {
		return units
	}
	var bad []buildUnit
	if fa {
		bad = append(bad, bisect(a, fails)...)
	}
	if fb {
		bad = append(bad, bisect(b, fails)...)
	}
	return bad
}

// dropBodies returns copies of files where the functions in drop have no
// body; the originals are not modified.
func dropBodies(files []*ast.File, drop map[ast.Node]bool) []*ast.File {
	out := make([]*ast.File, len(files))
	for i, f := range files {
		out[i] = f
		for j, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !drop[fd] {
				continue
			}
			if out[i] == f {
				nf := *f
				nf.Decls = slices.Clone(f.Decls)
				out[i] = &nf
			}
			nd := *fd
			nd.Body = nil
			out[i].Decls[j] = &nd
		}
	}
	return out
}
