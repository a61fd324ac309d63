// Package stubcheck compares the stubs of JWT libraries that jwtlint's
// analyzer tests type-check against (analyzer/testdata/src/<import path>)
// with the real libraries, using go/types: a stub may leave out what the
// tests do not need, but every exported name it declares must exist in the
// real package with the same kind and the same type, parameter names
// included (the library table names parameters). A stub that drifts from
// the real API would let a test pass on a row that matches nothing in
// users' code.
//
// The real package comes from a module that requires the library (the
// real-library e2e module testdata/reallibs) or from a source tree of the
// library fetched by hand for versions the module proxy does not serve
// (scripts/stubcheck -tree DIR).
package stubcheck

import (
	"fmt"
	"go/types"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// LoadStubs loads the stub packages with the given import paths from the
// GOPATH-layout directory gopath (whose src/ holds them), as analysistest
// does.
func LoadStubs(gopath string, paths []string) (map[string]*types.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  gopath + "/src",
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	return load(cfg, paths)
}

// LoadModule loads the packages with the given import paths in module mode
// from dir, a directory of a module that requires them or a library's own
// source tree; env adds environment variables (GOEXPERIMENT=jsonv2 for
// lestrrat-go/jwx v4).
func LoadModule(dir string, paths []string, env ...string) (map[string]*types.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		Env:  append(append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"), env...),
	}
	return load(cfg, paths)
}

func load(cfg *packages.Config, paths []string) (map[string]*types.Package, error) {
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, fmt.Errorf("loading %v from %s: %w", paths, cfg.Dir, err)
	}
	out := map[string]*types.Package{}
	var errs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
		if p.Types != nil && len(p.Errors) == 0 {
			out[p.PkgPath] = p.Types
		}
	}
	if len(errs) > 0 {
		return out, fmt.Errorf("loading from %s: %s", cfg.Dir, strings.Join(errs, "; "))
	}
	return out, nil
}

// Compare returns how the stub package differs from the real one, one
// line per difference, sorted; nil when every exported name of the stub
// exists in real with the same kind and type.
func Compare(stub, real *types.Package) []string {
	var diffs []string
	add := func(format string, args ...any) {
		diffs = append(diffs, stub.Path()+"."+fmt.Sprintf(format, args...))
	}
	for _, name := range stub.Scope().Names() {
		s := stub.Scope().Lookup(name)
		if !s.Exported() {
			continue
		}
		r := real.Scope().Lookup(name)
		if r == nil {
			add("%s: not in the real package", name)
			continue
		}
		if kind(s) != kind(r) {
			add("%s: a %s in the stub, a %s in the real package", name, kind(s), kind(r))
			continue
		}
		if tn, ok := s.(*types.TypeName); ok {
			for _, d := range compareType(tn, r.(*types.TypeName)) {
				add("%s%s", name, d)
			}
			continue
		}
		if st, rt := typeString(s.Type()), typeString(r.Type()); st != rt {
			add("%s: stub %s, real %s", name, st, rt)
		}
	}
	sort.Strings(diffs)
	return diffs
}

// compareType compares a named type of the stub with the real one: the
// fields of a struct, the methods of an interface, the underlying type of
// others, and the methods declared on the type.
func compareType(s, r *types.TypeName) []string {
	var diffs []string
	if s.IsAlias() != r.IsAlias() {
		return []string{": an alias in one package only"}
	}
	if s.IsAlias() {
		if st, rt := typeString(s.Type()), typeString(r.Type()); st != rt {
			diffs = append(diffs, fmt.Sprintf(": stub = %s, real = %s", st, rt))
		}
		return diffs
	}
	su, ru := s.Type().Underlying(), r.Type().Underlying()
	switch su := su.(type) {
	case *types.Struct:
		rs, ok := ru.(*types.Struct)
		if !ok {
			return []string{fmt.Sprintf(": a struct in the stub, %s in the real package", typeString(ru))}
		}
		for i := 0; i < su.NumFields(); i++ {
			f := su.Field(i)
			if !f.Exported() {
				continue
			}
			rf := field(rs, f.Name())
			switch {
			case rf == nil:
				diffs = append(diffs, fmt.Sprintf(".%s: no such field in the real package", f.Name()))
			case typeString(f.Type()) != typeString(rf.Type()):
				diffs = append(diffs, fmt.Sprintf(".%s: stub %s, real %s", f.Name(), typeString(f.Type()), typeString(rf.Type())))
			}
		}
	case *types.Interface:
		ri, ok := ru.(*types.Interface)
		if !ok {
			return []string{fmt.Sprintf(": an interface in the stub, %s in the real package", typeString(ru))}
		}
		for i := 0; i < su.NumMethods(); i++ {
			m := su.Method(i)
			if !m.Exported() {
				continue
			}
			rm := method(ri, m.Name())
			switch {
			case rm == nil:
				diffs = append(diffs, fmt.Sprintf(".%s: no such method in the real interface", m.Name()))
			case typeString(m.Type()) != typeString(rm.Type()):
				diffs = append(diffs, fmt.Sprintf(".%s: stub %s, real %s", m.Name(), typeString(m.Type()), typeString(rm.Type())))
			}
		}
	default:
		if st, rt := typeString(su), typeString(ru); st != rt {
			diffs = append(diffs, fmt.Sprintf(": stub %s, real %s", st, rt))
		}
	}
	if named, ok := s.Type().(*types.Named); ok {
		for i := 0; i < named.NumMethods(); i++ {
			m := named.Method(i)
			if !m.Exported() {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(r.Type()), false, r.Pkg(), m.Name())
			rm, ok := obj.(*types.Func)
			switch {
			case !ok:
				diffs = append(diffs, fmt.Sprintf(".%s: no such method in the real package", m.Name()))
			case typeString(m.Type()) != typeString(rm.Type()):
				diffs = append(diffs, fmt.Sprintf(".%s: stub %s, real %s", m.Name(), typeString(m.Type()), typeString(rm.Type())))
			}
		}
	}
	return diffs
}

func field(s *types.Struct, name string) *types.Var {
	for i := 0; i < s.NumFields(); i++ {
		if s.Field(i).Name() == name {
			return s.Field(i)
		}
	}
	return nil
}

func method(i *types.Interface, name string) *types.Func {
	for j := 0; j < i.NumMethods(); j++ {
		if i.Method(j).Name() == name {
			return i.Method(j)
		}
	}
	return nil
}

func kind(obj types.Object) string {
	switch obj.(type) {
	case *types.Func:
		return "func"
	case *types.Var:
		return "var"
	case *types.Const:
		return "const"
	case *types.TypeName:
		return "type"
	}
	return fmt.Sprintf("%T", obj)
}

// typeString prints t with full package paths, so that a stub's and the
// real package's types print alike; interface{} and any print alike. A
// function's parameters keep their names (the library table names them),
// its results do not (naming them changes nothing for callers).
func typeString(t types.Type) string {
	qual := func(p *types.Package) string { return p.Path() }
	var s string
	if sig, ok := t.(*types.Signature); ok {
		var params []string
		for i := 0; i < sig.Params().Len(); i++ {
			p := sig.Params().At(i)
			ts := types.TypeString(p.Type(), qual)
			if sig.Variadic() && i == sig.Params().Len()-1 {
				ts = "..." + types.TypeString(p.Type().(*types.Slice).Elem(), qual)
			}
			params = append(params, strings.TrimSpace(p.Name()+" "+ts))
		}
		var b strings.Builder
		b.WriteString("func(" + strings.Join(params, ", ") + ")")
		var res []string
		for i := 0; i < sig.Results().Len(); i++ {
			res = append(res, types.TypeString(sig.Results().At(i).Type(), qual))
		}
		if len(res) > 0 {
			b.WriteString(" (" + strings.Join(res, ", ") + ")")
		}
		s = b.String()
	} else {
		s = types.TypeString(t, qual)
	}
	return strings.ReplaceAll(s, "interface{}", "any")
}
