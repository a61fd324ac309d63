package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file lets the origin walk (tokenorigin.go) follow a token read back
// from a store the linter cannot see into: a field of the struct a
// method of another package returns (a credential store's Get over a
// database), when the package writes that struct back through the same
// store. habitat-network/habitat's DPoP client reads the expiry of the
// access token kept in its credential store, refreshes it at the token
// endpoint when it is about to expire, and upserts the new credentials
// into the same store (testdata/src/realworld8.example/ownstored): the
// store holds the tokens the program fetched, so what it reads back is its
// own.
//
// The rule: the field is read from the result of a method call on a store
// type S (an interface or a named type of another package) whose result is
// a struct type T; the package (its test files left out) stores values
// into that field of T, every one of them the program's own, and hands at
// least one struct it filled so to another method of S. Any store of
// something else into the field (a request's token) leaves the read
// unknown, as before.

// storedBack classes the field a.Field read from a store's result, or ok
// is false when the read is not one.
func (w *originWalk) storedBack(a *ssa.FieldAddr, depth int) (tokenClass, bool) {
	c := w.v.c
	getter, ok := storeMethod(c, aliases(a.X)[0])
	if !ok {
		return 0, false
	}
	store := namedTypeName(getter.Signature().Recv().Type())
	if store == "" || getter.Pkg() == c.pass.Pkg {
		return 0, false
	}
	fv := structField(a.X.Type(), a.Field)
	if fv == nil || namedTypeName(a.X.Type()) == "" {
		return 0, false
	}
	written := false
	for _, st := range c.index.fieldStores[fv] {
		if w.v.test(st.Parent().Pos()) {
			continue
		}
		if !w.fetchedField(st.Val, depth+1) && !w.stored(st.Val, depth+1).own() {
			return 0, false
		}
		if fa, ok := st.Addr.(*ssa.FieldAddr); ok && writtenBack(c, fa.X, store, getter) {
			written = true
		}
	}
	if !written {
		return 0, false
	}
	return tokOwn, true
}

// storeMethod returns the method of another value whose call gave v (the
// call itself or one of its results), when it is a method.
func storeMethod(c *checker, v ssa.Value) (*types.Func, bool) {
	if e, ok := v.(*ssa.Extract); ok {
		v = e.Tuple
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, false
	}
	_, obj := c.callee(call.Common())
	if obj == nil || obj.Signature().Recv() == nil {
		return nil, false
	}
	return obj, true
}

// writtenBack reports whether the struct s (an allocation the package
// fills) is handed to a method of the store type other than getter.
func writtenBack(c *checker, s ssa.Value, store string, getter *types.Func) bool {
	for _, al := range aliases(s) {
		for _, ref := range referrers(al) {
			call, ok := ref.(ssa.CallInstruction)
			if !ok {
				continue
			}
			_, obj := c.callee(call.Common())
			if obj == nil || obj == getter || obj.Signature().Recv() == nil {
				continue
			}
			if namedTypeName(obj.Signature().Recv().Type()) == store {
				return true
			}
		}
	}
	return false
}

// fetchedField reports whether val is a field read from the struct a call
// returns, the call's result being the program's own (a token client's
// decoded token response), and every value the package stores directly
// into that field is its own too. The field is judged by the struct the
// call returned, not by every struct of its type the package fills
// (packageField): habitat's pdsclient also decodes a TokenResponse from
// its session cookie, which says nothing about the one its RefreshToken
// got from the token endpoint.
func (w *originWalk) fetchedField(val ssa.Value, depth int) bool {
	c := w.v.c
	ld, ok := val.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	if _, ok := storeMethod(c, aliases(fa.X)[0]); !ok {
		return false
	}
	fv := structField(fa.X.Type(), fa.Field)
	if fv == nil {
		return false
	}
	for _, st := range c.index.fieldStores[fv] {
		if !w.v.test(st.Parent().Pos()) && !w.stored(st.Val, depth+1).own() {
			return false
		}
	}
	return w.value(fa.X, nil, depth+1).own()
}
