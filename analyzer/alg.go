package analyzer

import (
	"go/constant"
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// hmacBytes is the minimum HMAC key size of each algorithm (RFC 7518 §3.2:
// a key of the same size as the hash output or larger MUST be used).
var hmacBytes = map[string]int{"HS256": 32, "HS384": 48, "HS512": 64}

// siteAlg returns the algorithm the key of a use is used with, as the site
// says it (the token's signing method, an algorithm parameter or field, the
// API's fixed algorithm or documented default), or "".
func (c *checker) siteAlg(row *API, common *ssa.CallCommon, recv int, store *ssa.Store) string {
	switch {
	case row.AlgFromToken && common != nil && len(common.Args) > 0:
		if alg := c.tokenAlg(common.Args[0], 0); alg != "" {
			return alg
		}
	case row.AlgParam != "" && common != nil:
		_, obj := c.callee(common)
		if obj != nil {
			if p := paramIndex(obj.Signature(), row.AlgParam); p >= 0 && p+recv < len(common.Args) {
				if alg := c.algOf(common.Args[p+recv], 0); alg != "" {
					return alg
				}
			}
		}
	case row.AlgField != "" && store != nil:
		if alg := c.siblingFieldAlg(store, row.AlgField); alg != "" {
			return alg
		}
	}
	return normalizeAlg(row.Alg)
}

func normalizeAlg(s string) string {
	u := strings.ToUpper(strings.TrimSpace(s))
	if _, ok := hmacBytes[u]; ok {
		return u
	}
	return s
}

// tokenAlg returns the signing method a golang-jwt token was made with.
func (c *checker) tokenAlg(v ssa.Value, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case *ssa.Call:
		_, obj := c.callee(v.Common())
		for _, row := range c.table.funcRows(obj) {
			if row.Role != Alg {
				continue
			}
			if p := paramIndex(obj.Signature(), row.Param); p >= 0 && p < len(v.Common().Args) {
				return c.algOf(v.Common().Args[p], depth+1)
			}
		}
	case *ssa.Phi:
		return c.sameAlg(v.Edges, depth, c.tokenAlg)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			var vals []ssa.Value
			for _, st := range c.index.globalStores[g] {
				vals = append(vals, st.Val)
			}
			return c.sameAlg(vals, depth, c.tokenAlg)
		}
	}
	return ""
}

// algOf returns the algorithm a value names: a table AlgValue (variable,
// constant or function), a string constant, or what an Alg parameter gives.
func (c *checker) algOf(v ssa.Value, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return normalizeAlg(constant.StringVal(v.Value))
		}
	case *ssa.MakeInterface:
		return c.algOf(v.X, depth+1)
	case *ssa.ChangeType:
		return c.algOf(v.X, depth+1)
	case *ssa.ChangeInterface:
		return c.algOf(v.X, depth+1)
	case *ssa.Phi:
		return c.sameAlg(v.Edges, depth, c.algOf)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			for _, row := range c.table.byName[varName(g.Object())] {
				if row.Role == AlgValue {
					return normalizeAlg(row.Alg)
				}
			}
			if g.Pkg == c.ssapkg {
				var vals []ssa.Value
				for _, st := range c.index.globalStores[g] {
					vals = append(vals, st.Val)
				}
				return c.sameAlg(vals, depth, c.algOf)
			}
		}
	case *ssa.Call:
		_, obj := c.callee(v.Common())
		for _, row := range c.table.funcRows(obj) {
			switch row.Role {
			case AlgValue:
				return normalizeAlg(row.Alg)
			case Alg:
				if p := paramIndex(obj.Signature(), row.Param); p >= 0 && p < len(v.Common().Args) {
					return c.algOf(v.Common().Args[p], depth+1)
				}
			}
		}
	}
	return ""
}

// sameAlg returns the algorithm all values agree on, or "".
func (c *checker) sameAlg(vals []ssa.Value, depth int, f func(ssa.Value, int) string) string {
	alg := ""
	for i, e := range vals {
		a := f(e, depth+1)
		if a == "" || (i > 0 && a != alg) {
			return ""
		}
		alg = a
	}
	return alg
}

// siblingFieldAlg returns the algorithm stored in field name of the struct a
// key field is stored in.
func (c *checker) siblingFieldAlg(st *ssa.Store, name string) string {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return ""
	}
	refs := fa.X.Referrers()
	if refs == nil {
		return ""
	}
	for _, ref := range *refs {
		other, ok := ref.(*ssa.FieldAddr)
		if !ok || other.X != fa.X {
			continue
		}
		if _, fv := fieldName(other.X.Type(), other.Field); fv == nil || fv.Name() != name {
			continue
		}
		for _, r := range *other.Referrers() {
			if s, ok := r.(*ssa.Store); ok && s.Addr == other {
				return c.algOf(s.Val, 0)
			}
		}
	}
	return ""
}

// whitelistAlg returns the largest HMAC algorithm in a WithValidMethods
// option passed to a parse call, or "".
func (c *checker) whitelistAlg(common *ssa.CallCommon) string {
	best := ""
	for _, a := range common.Args {
		c.listStrings(a, func(s string, _ token.Pos) {
			if alg := normalizeAlg(s); hmacBytes[alg] > hmacBytes[best] {
				best = alg
			}
		})
	}
	return best
}

// listStrings calls visit with each string constant a list of algorithms
// (or an option list holding one) may contain, and the position of the
// store or call that put it there. It follows slice literals, append,
// phis, variables of this package, conversions, and the argument of an
// AlgWhitelist option (jwt.WithValidMethods) in an option list.
func (c *checker) listStrings(v ssa.Value, visit func(s string, at token.Pos)) {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, at token.Pos, depth int)
	walk = func(v ssa.Value, at token.Pos, depth int) {
		if depth > 8 || seen[v] {
			return
		}
		seen[v] = true
		stored := func(st *ssa.Store) {
			pos := st.Pos()
			if !pos.IsValid() {
				pos = at
			}
			walk(st.Val, pos, depth+1)
		}
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				visit(constant.StringVal(x.Value), at)
			}
		case *ssa.Slice:
			walk(x.X, at, depth+1)
		case *ssa.MakeInterface:
			walk(x.X, at, depth+1)
		case *ssa.ChangeType:
			walk(x.X, at, depth+1)
		case *ssa.Convert:
			walk(x.X, at, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, at, depth+1)
			}
		case *ssa.Alloc:
			for _, ref := range referrers(x) {
				switch r := ref.(type) {
				case *ssa.IndexAddr:
					for _, rr := range referrers(r) {
						if st, ok := rr.(*ssa.Store); ok && st.Addr == r {
							stored(st)
						}
					}
				case *ssa.Store:
					if r.Addr == x {
						stored(r)
					}
				}
			}
		case *ssa.UnOp:
			switch addr := x.X.(type) {
			case *ssa.Alloc:
				walk(addr, at, depth+1)
			case *ssa.Global:
				for _, st := range c.index.globalStores[addr] {
					stored(st)
				}
			}
		case *ssa.Call:
			common := x.Common()
			if b, ok := common.Value.(*ssa.Builtin); ok {
				if b.Name() == "append" {
					for _, a := range common.Args {
						walk(a, x.Pos(), depth+1)
					}
				}
				return
			}
			_, obj := c.callee(common)
			for _, row := range c.table.funcRows(obj) {
				if row.Role == AlgWhitelist {
					for _, a := range common.Args {
						walk(a, at, depth+1)
					}
					return
				}
			}
		}
	}
	walk(v, token.NoPos, 0)
}
