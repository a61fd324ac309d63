package analyzer

import (
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// table indexes the library rows by name for the rules.
type table struct {
	byName map[string][]*API
	// paths are the import paths of the JWT libraries (not the standard
	// library rows), for the fast path.
	paths map[string]bool
}

var (
	tableOnce sync.Once
	theTable  *table
)

// knowledge returns the indexed library table, built once: it is immutable.
func knowledge() *table {
	tableOnce.Do(func() {
		t := &table{byName: map[string][]*API{}, paths: map[string]bool{}}
		add := func(groups [][]API, jwt bool) {
			for _, group := range groups {
				for i := range group {
					row := &group[i]
					t.byName[row.Name] = append(t.byName[row.Name], row)
					if p := rowPackage(row.Name); jwt && p != "" {
						t.paths[p] = true
					}
				}
			}
		}
		add(libraryRows(), true)
		add(supportRows(), false)
		theTable = t
	})
	return theTable
}

// rowPackage returns the import path in a row name: "path.F",
// "(*path.T).M", "(path.I).M", "path.T.Field".
func rowPackage(name string) string {
	name = strings.TrimPrefix(name, "(")
	name = strings.TrimPrefix(name, "*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	slash := strings.LastIndex(name, "/")
	last := name[slash+1:]
	// A gopkg.in path ends in ".vN" (gopkg.in/square/go-jose.v2.SigningKey).
	skip := 0
	if i := strings.Index(last, ".v"); i >= 0 {
		j := i + 2
		for j < len(last) && last[j] >= '0' && last[j] <= '9' {
			j++
		}
		if j > i+2 && (j == len(last) || last[j] == '.') {
			skip = j
		}
	}
	dot := strings.Index(last[skip:], ".")
	if dot < 0 {
		return ""
	}
	return name[:slash+1+skip+dot]
}

// rows returns the rows about the named API with the given role.
func (t *table) rows(name string, role Role) []*API {
	var out []*API
	for _, r := range t.byName[name] {
		if r.Role == role {
			out = append(out, r)
		}
	}
	return out
}

// funcRows returns the rows about fn, including rows about every function
// of its package ("path.*").
func (t *table) funcRows(fn *types.Func) []*API {
	if fn == nil {
		return nil
	}
	rows := t.byName[fn.Origin().FullName()]
	if fn.Pkg() != nil {
		if all := t.byName[fn.Pkg().Path()+".*"]; len(all) > 0 {
			rows = append(rows[:len(rows):len(rows)], all...)
		}
	}
	return rows
}

// varName names a package-level variable or constant, or a struct field
// (given its struct's named type), in the table's form.
func varName(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// fieldName names the field with index i of the struct type named by t.
// The field of an instance of a generic type is its generic field
// (types.Var.Origin): a method of holder[K] reads the field that a
// holder[string] literal writes (testdata/src/regressgenericmethod).
func fieldName(t types.Type, i int) (string, *types.Var) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return "", nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return "", nil
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == nil {
		return "", nil
	}
	f := st.Field(i).Origin()
	return obj.Pkg().Path() + "." + obj.Name() + "." + f.Name(), f
}

// paramIndex returns the index of the parameter called name in sig, or -1.
func paramIndex(sig *types.Signature, name string) int {
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i).Name() == name {
			return i
		}
	}
	return -1
}

// callArg returns the argument a call of a function with signature sig
// passes for the parameter named name, or nil. In SSA a static method
// call's receiver is Args[0]; an interface (invoke) call's is not in Args.
func callArg(common *ssa.CallCommon, sig *types.Signature, name string) ssa.Value {
	p := paramIndex(sig, name)
	if p < 0 {
		return nil
	}
	if sig.Recv() != nil && !common.IsInvoke() {
		p++
	}
	if p >= len(common.Args) {
		return nil
	}
	return common.Args[p]
}

// noneConstant returns the library's "accept alg none" magic constant
// (golang-jwt's UnsafeAllowNoneSignatureType) whose type is typ, or nil: it
// is passed where a key goes but is no key.
func (t *table) noneConstant(typ types.Type) *types.Const {
	named, ok := types.Unalias(typ).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	pkg := named.Obj().Pkg()
	for _, name := range pkg.Scope().Names() {
		obj, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !types.Identical(obj.Type(), typ) {
			continue
		}
		for _, r := range t.byName[varName(obj)] {
			if r.Role == NoneAlg {
				return obj
			}
		}
	}
	return nil
}
