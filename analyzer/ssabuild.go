package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// buildSSA builds SSA for pass's package, as passes/buildssa does, but only
// for packages past the fast path: requiring buildssa would make every
// package of the build pay for SSA. Declarations whose types are incomplete
// (cp) are built without their bodies or initializers. When anything is
// incomplete the package is built serially and a failure of the builder is
// returned as an error instead of crashing the driver: the type checker's
// partial results are not what the builder was written for.
func buildSSA(pass *analysis.Pass, cp *completeness) (pkg *ssa.Package, funcs []*ssa.Function, err error) {
	files := cp.files(pass.Files)
	info := pass.TypesInfo
	mode := ssa.BuilderMode(0)
	if cp.suspect {
		shallow := *info
		shallow.InitOrder = cp.initOrder(info.InitOrder)
		info = &shallow
		mode = ssa.BuildSerially
		defer func() {
			if r := recover(); r != nil {
				pkg, funcs, err = nil, nil, fmt.Errorf("the SSA builder failed on them (%v)", r)
			}
		}()
	}
	prog := ssa.NewProgram(pass.Fset, mode)
	// Only the direct imports: the SSA builder makes functions of packages
	// it was not given on demand, and creating the whole import graph for
	// every analyzed package was half of the analyzer's time (BENCHMARKS.md).
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg = prog.CreatePackage(pass.Pkg, files, info, false)
	pkg.Build()

	// Source functions in source order, then the package initializer,
	// each followed by its closures.
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
					add(prog.FuncValue(obj))
				}
			}
		}
	}
	add(pkg.Func("init"))
	return pkg, funcs, nil
}
