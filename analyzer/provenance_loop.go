package analyzer

import (
	"go/constant"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Keys built in a loop, one append per iteration (out = append(out,
// alphabet[rand.Intn(n)]) for i < n: 0xDkd/auxpi's GetRandomString): the
// element appended holds one iteration's bytes, the key the trip count's
// worth (testdata/src/realworldA.example/loopappend).

// loopAppended scales the origins of an append in a loop from one
// iteration's length to the loop's: by a constant trip count, by the
// parameter that bounds the loop (SizeParam, resolved at the helper's
// call sites), or to unknown when the bound is neither.
func loopAppended(call *ssa.Call, os []Origin) []Origin {
	header, ok := appendLoop(call)
	if !ok {
		return os
	}
	count, param := tripCount(header)
	out := make([]Origin, 0, len(os))
	for _, o := range os {
		if o.Kind == Literal || o.Len <= 0 || o.SizeParam != 0 {
			if o.Kind != Literal && o.SizeParam != 0 {
				o.SizeParam, o.Len, o.Bits = 0, -1, -1
			}
			out = append(out, o)
			continue
		}
		switch {
		case count > 0:
			if o.Bits >= 0 {
				o.Bits *= float64(count)
			}
			o.Len *= count
		case param >= 0:
			o.SizeParam, o.UnitLen, o.UnitBits = param+1, float64(o.Len), o.Bits
			o.Len, o.Bits = -1, -1
		default:
			o.Len, o.Bits = -1, -1
		}
		o.MakePos = token.NoPos
		out = append(out, o)
	}
	return out
}

// appendLoop reports whether call appends to a slice that a loop carries
// around to the same call (its first argument a phi, possibly through
// other phis of the loop's branches, one of whose edges is the call), and
// returns the block of that phi: the loop's header.
func appendLoop(call *ssa.Call) (*ssa.BasicBlock, bool) {
	phi, ok := call.Call.Args[0].(*ssa.Phi)
	if !ok {
		return nil, false
	}
	seen := map[ssa.Value]bool{}
	var reaches func(v ssa.Value, depth int) bool
	reaches = func(v ssa.Value, depth int) bool {
		if v == ssa.Value(call) {
			return true
		}
		p, ok := v.(*ssa.Phi)
		if !ok || seen[v] || depth > 8 {
			return false
		}
		seen[v] = true
		for _, e := range p.Edges {
			if reaches(e, depth+1) {
				return true
			}
		}
		return false
	}
	for _, e := range phi.Edges {
		if reaches(e, 0) {
			return phi.Block(), true
		}
	}
	return nil, false
}

// tripCount returns the number of iterations of the loop whose header is
// b, when it is for i := 0; i < n; i++: n as a constant (count > 0), or
// as the index of the function's parameter n (param >= 0); count 0 and
// param -1 otherwise.
func tripCount(b *ssa.BasicBlock) (count, param int) {
	count, param = 0, -1
	if len(b.Instrs) == 0 {
		return
	}
	cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return
	}
	cmp, ok := cond.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.LSS {
		return
	}
	i, ok := cmp.X.(*ssa.Phi)
	if !ok || i.Block() != b || !countsFromZero(i) {
		return
	}
	if k, ok := intConst(cmp.Y); ok && k > 0 {
		count = int(k)
	} else if n, ok := cmp.Y.(*ssa.Parameter); ok {
		param = slices.Index(n.Parent().Params, n)
	}
	return
}

// countsFromZero reports whether the phi i is 0 on entry and i+1 around
// the loop.
func countsFromZero(i *ssa.Phi) bool {
	zero, step := false, false
	for _, e := range i.Edges {
		switch e := e.(type) {
		case *ssa.Const:
			k, ok := intConst(e)
			zero = ok && k == 0
		case *ssa.BinOp:
			k, ok := intConst(e.Y)
			step = e.Op == token.ADD && e.X == ssa.Value(i) && ok && k == 1
		default:
			return false
		}
	}
	return zero && step
}

// intConst returns the value of an integer constant that fits an int64.
func intConst(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c.Value)
}
