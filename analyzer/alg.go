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
		_, obj := callee(common)
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
		_, obj := callee(v.Common())
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
		_, obj := callee(v.Common())
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
	var visit func(v ssa.Value, depth int)
	visit = func(v ssa.Value, depth int) {
		if depth > 6 {
			return
		}
		switch v := v.(type) {
		case *ssa.Slice:
			visit(v.X, depth+1)
		case *ssa.Alloc:
			for _, ref := range *v.Referrers() {
				if ia, ok := ref.(*ssa.IndexAddr); ok {
					for _, r := range *ia.Referrers() {
						if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
							visit(st.Val, depth+1)
						}
					}
				}
			}
		case *ssa.Const:
			if a := c.algOf(v, 0); hmacBytes[a] > hmacBytes[best] {
				best = a
			}
		case *ssa.Call:
			_, obj := callee(v.Common())
			for _, row := range c.table.funcRows(obj) {
				if row.Role == AlgWhitelist {
					for _, a := range v.Common().Args {
						visit(a, depth+1)
					}
				}
			}
		}
	}
	for _, a := range common.Args {
		visit(a, 0)
	}
	return best
}
