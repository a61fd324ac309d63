package driver

import (
	"go/token"
	"go/types"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

type testFact struct{ N int }

func (*testFact) AFact() {}

// TestFactVisibility checks which facts of package x reach a package that
// imports x directly (y) and one that reaches it only through y (z): what
// go/analysis/checker's per-action copies would hold, for each kind of
// object.
func TestFactVisibility(t *testing.T) {
	x := types.NewPackage("example.com/x", "x")
	y := types.NewPackage("example.com/y", "y")
	z := types.NewPackage("example.com/z", "z")
	px := &packages.Package{ID: "example.com/x", PkgPath: "example.com/x", Types: x, Imports: map[string]*packages.Package{}}
	py := &packages.Package{ID: "example.com/y", PkgPath: "example.com/y", Types: y, Imports: map[string]*packages.Package{"example.com/x": px}}
	pz := &packages.Package{ID: "example.com/z", PkgPath: "example.com/z", Types: z, Imports: map[string]*packages.Package{"example.com/y": py}}
	l := &loader{nodes: map[*packages.Package]*node{px: {pkg: px}, py: {pkg: py}, pz: {pkg: pz}}}
	r := l.newRunner(&analysis.Analyzer{Name: "test"}, []*packages.Package{pz}, runOptions{})
	ax, ay, az := r.byTypes[x], r.byTypes[y], r.byTypes[z]
	ax.objectFacts = map[objectFactKey]analysis.Fact{}
	ax.packageFacts = map[reflect.Type]analysis.Fact{}

	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	tn := types.NewTypeName(token.NoPos, x, "T", nil)
	named := types.NewNamed(tn, types.NewStruct(nil, nil), nil)
	recv := types.NewVar(token.NoPos, x, "t", named)
	objs := []struct {
		obj  types.Object
		y, z bool // visible in y (imports x), in z (through y only)
	}{
		{types.NewFunc(token.NoPos, x, "Exported", sig), true, false},
		{types.NewFunc(token.NoPos, x, "unexported", sig), false, false},
		{types.NewFunc(token.NoPos, x, "M", types.NewSignatureType(recv, nil, nil, nil, nil, false)), true, true},
		{types.NewField(token.NoPos, x, "F", types.Typ[types.String], false), true, true},
		{types.NewVar(token.NoPos, x, "V", types.Typ[types.String]), true, false},
		{types.NewConst(token.NoPos, x, "C", types.Typ[types.String], nil), true, true},
		{tn, true, true},
		{types.NewLabel(token.NoPos, x, "L"), false, false},
	}
	for i, o := range objs {
		r.exportObjectFact(ax, o.obj, &testFact{N: i + 1})
	}
	r.exportPackageFact(ax, &testFact{N: 100})
	r.withPackageFacts = append(r.withPackageFacts, ax)
	for _, o := range objs {
		for _, tc := range []struct {
			act  *action
			want bool
		}{{ax, true}, {ay, o.y}, {az, o.z}} {
			var f testFact
			if got := r.importObjectFact(tc.act, o.obj, &f); got != tc.want {
				t.Errorf("fact on %s seen from %s: %v, want %v", o.obj, tc.act.pkg.ID, got, tc.want)
			}
		}
	}
	// Package facts reach every importer, even indirect, and no dependency.
	for _, tc := range []struct {
		act  *action
		want bool
	}{{ax, true}, {ay, true}, {az, true}} {
		var f testFact
		if got := r.importPackageFact(tc.act, x, &f); got != tc.want || got && f.N != 100 {
			t.Errorf("package fact of x seen from %s: %v (%d), want %v", tc.act.pkg.ID, got, f.N, tc.want)
		}
		if n := len(r.allPackageFacts(tc.act)); n != 1 {
			t.Errorf("AllPackageFacts in %s: %d facts, want 1", tc.act.pkg.ID, n)
		}
	}
	az.packageFacts = map[reflect.Type]analysis.Fact{}
	r.exportPackageFact(az, &testFact{N: 7})
	if r.importPackageFact(ax, z, new(testFact)) {
		t.Error("x sees the package fact of z, which imports it")
	}
}
