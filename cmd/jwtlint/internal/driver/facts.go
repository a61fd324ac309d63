package driver

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Facts are kept where they are exported, once: an action holds only the
// facts of its own package, and a lookup goes to the action of the object's
// (or package's) package. go/analysis/checker instead copies every
// dependency's facts into each action's maps, which grows with the square
// of the graph (57 MB on go-zero). What a lookup may see is what the
// checker's copies would hold (see visible), so the analyzer's answers are
// the same.

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// deps is a set of actions, by action.index: an action's transitive
// dependencies.
type deps []uint64

func newDeps(n int) deps      { return make(deps, (n+63)/64) }
func (s deps) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s deps) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s deps) union(t deps) {
	for i := range t {
		s[i] |= t[i]
	}
}
func factType(f analysis.Fact) reflect.Type { return reflect.TypeOf(f) }

// owner returns the action of the package pkg, nil if pkg is not in the
// graph.
func (r *runner) owner(pkg *types.Package) *action {
	if pkg == nil {
		return nil
	}
	return r.byTypes[pkg]
}

// visible reports whether a fact on obj, exported by the action of obj's
// package (from), reaches act, as go/analysis/checker passes facts on: from
// a package to each importer, and on from there only for objects that a
// package's importers can still name through the importing package's API.
// A method, a struct field, a type name or a constant travels through
// every importer; a package-level function (exported) or variable reaches
// only the packages that import its package directly; an unexported
// function, and every other object, none.
func visible(act, from *action, obj types.Object) bool {
	if act == from {
		return true
	}
	if !act.deps.has(from.index) {
		return false
	}
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return obj.Exported() && act.imports[from]
	case *types.Var:
		return obj.IsField() || act.imports[from]
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// importObjectFact implements Pass.ImportObjectFact for act.
func (r *runner) importObjectFact(act *action, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	from := r.owner(obj.Pkg())
	if from == nil || !visible(act, from, obj) {
		return false
	}
	v, ok := from.objectFacts[objectFactKey{obj, factType(ptr)}]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
	}
	return ok
}

// exportObjectFact implements Pass.ExportObjectFact for act.
func (r *runner) exportObjectFact(act *action, obj types.Object, fact analysis.Fact) {
	if obj.Pkg() != act.pkg.Types {
		panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", r.a.Name, act.pkg.ID, obj, fact))
	}
	act.objectFacts[objectFactKey{obj, factType(fact)}] = r.sanity(act, fact)
}

// importPackageFact implements Pass.ImportPackageFact for act: package facts
// reach every importer, even indirect.
func (r *runner) importPackageFact(act *action, pkg *types.Package, ptr analysis.Fact) bool {
	if pkg == nil {
		panic("nil package")
	}
	from := r.owner(pkg)
	if from == nil || (from != act && !act.deps.has(from.index)) {
		return false
	}
	v, ok := from.packageFacts[factType(ptr)]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
	}
	return ok
}

// exportPackageFact implements Pass.ExportPackageFact for act.
func (r *runner) exportPackageFact(act *action, fact analysis.Fact) {
	act.packageFacts[factType(fact)] = r.sanity(act, fact)
}

// allPackageFacts implements Pass.AllPackageFacts for act: its own and its
// dependencies' package facts, dependencies first.
func (r *runner) allPackageFacts(act *action) []analysis.PackageFact {
	var facts []analysis.PackageFact
	add := func(from *action) {
		for _, t := range sortedTypes(from.packageFacts) {
			facts = append(facts, analysis.PackageFact{Package: from.pkg.Types, Fact: from.packageFacts[t]})
		}
	}
	r.mu.Lock()
	withFacts := r.withPackageFacts
	r.mu.Unlock()
	for _, from := range withFacts {
		if act.deps.has(from.index) {
			add(from)
		}
	}
	add(act)
	return facts
}

// allObjectFacts implements Pass.AllObjectFacts for act: the facts of its
// own package and those of its dependencies that reach it.
func (r *runner) allObjectFacts(act *action) []analysis.ObjectFact {
	var facts []analysis.ObjectFact
	for _, from := range r.actions {
		if from != act && !act.deps.has(from.index) {
			continue
		}
		for k, f := range from.objectFacts {
			if visible(act, from, k.obj) {
				facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	}
	return facts
}

// sanity returns fact, or with -debug s a copy of it through gob (as if it
// crossed to another process, as under go vet), after checking that its
// encoding is deterministic.
func (r *runner) sanity(act *action, fact analysis.Fact) analysis.Fact {
	if !r.opts.sanityCheck {
		return fact
	}
	var b1, b2 bytes.Buffer
	if err := gob.NewEncoder(&b1).Encode(fact); err != nil {
		panic(fmt.Sprintf("internal error: encoding of %T fact failed in %s: %v", fact, act.pkg.ID, err))
	}
	if err := gob.NewEncoder(&b2).Encode(fact); err != nil || !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		panic(fmt.Sprintf("internal error: encoding of %T fact is nondeterministic in %s", fact, act.pkg.ID))
	}
	copied := reflect.New(reflect.TypeOf(fact).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&b1).Decode(copied); err != nil {
		panic(fmt.Sprintf("internal error: decoding of %T fact failed in %s: %v", fact, act.pkg.ID, err))
	}
	return copied
}
