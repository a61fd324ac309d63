package analyzer

import (
	"go/types"
	"slices"
)

// This file tells a driver which packages the analyzer can have anything to
// say about, so that it type-checks only those from source and takes every
// other package's types from export data. It mirrors the fast path
// (relevant): a package that is left there needs no syntax, no types.Info
// and no SSA, and exports no fact.

// Libraries returns the import paths of the JWT libraries of the table,
// sorted. A package that imports none of them, directly or through its
// dependencies, is past the fast path only when [NeedsSource] says so.
func Libraries() []string {
	var out []string
	for p := range knowledge().paths {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// NeedsSource reports whether the analyzer may report in, or export a fact
// from, a package that imports no JWT library, even through its
// dependencies: pkg's types (from export data are enough: only its exported
// API is read), the import paths of its files (imports: export data lists
// only the packages its API names, and a package drawing from math/rand
// needs analysis whatever its API's types), whether it is in the standard
// library (no module and no dot in its path's first element) and whether it
// belongs to a module required at a version (a dependency). A driver must
// analyze from source every package that transitively imports one of
// [Libraries] or for which NeedsSource is true; the analyzer leaves every
// other package at once.
func NeedsSource(pkg *types.Package, imports []string, stdlib, dependency bool) bool {
	return !stdlib && (!dependency || keyishAPI(pkg, imports))
}
