package analyzer

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file is the part of the provenance engine that answers "is it
// random, and how many bytes and bits does it hold?".

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// arith returns the origins of an arithmetic result: as predictable or
// random as its operands, nothing else survives (a number is not a key).
func arith(x, y []Origin) []Origin {
	var out []Origin
	for _, o := range append(slices.Clip(x), y...) {
		if o.Kind == Predictable || o.Kind == Random {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		return unknown()
	}
	return out
}

// A cut is a slice expression s[lo:hi]: Lo is -1 when the low bound is not
// a constant; Hi is -1 when there is none and -2 when it is not a constant.
// On a Param origin, the cut is the slice the function applies to its
// parameter: it applies to the argument where the parameter is replaced
// (testdata/src/regressparamslice).
type cut struct{ Lo, Hi int64 }

// then returns the cut of s[a][k]: one slice after the other.
func (a cut) then(k cut) cut {
	if a.Lo < 0 || a.Hi == -2 || k.Lo < 0 || k.Hi == -2 {
		return cut{Lo: -1, Hi: -1}
	}
	c := cut{Lo: a.Lo + k.Lo, Hi: a.Hi}
	if k.Hi >= 0 {
		c.Hi = a.Lo + k.Hi
	}
	return c
}

// sliceCut returns the cut of a slice expression.
func sliceCut(s *ssa.Slice) cut {
	bound := func(v ssa.Value, none int64) int64 {
		if v == nil {
			return none
		}
		if c, ok := v.(*ssa.Const); ok && c.Value != nil {
			if n, exact := constant.Int64Val(c.Value); exact && n >= 0 {
				return n
			}
		}
		return -2
	}
	k := cut{Lo: bound(s.Low, 0), Hi: bound(s.High, -1)}
	if k.Lo == -2 {
		k.Lo = -1
	}
	return k
}

// sliced applies the slice expression s to the origins of its operand.
func sliced(os []Origin, s *ssa.Slice) []Origin {
	return cutAll(os, sliceCut(s))
}

// cutAll applies k to each origin: a parameter's origin records it, a value
// of known length is shortened to what the slice leaves (its length unknown
// when a bound is not a constant), and a path whose value is shorter than
// the low bound is dropped (the slice panics there: iris,
// testdata/src/regressslice).
func cutAll(os []Origin, k cut) []Origin {
	if k.Lo == 0 && k.Hi == -1 {
		return os // s[:]
	}
	out := make([]Origin, 0, len(os))
	for _, o := range os {
		switch {
		case o.Kind == Param:
			c := k
			if o.Cut != nil {
				c = o.Cut.then(k)
			}
			o.Cut = &c
		case o.Len < 0 || o.SizeParam != 0:
		case k.Lo > int64(o.Len):
			continue
		case k.Lo < 0 || k.Hi == -2:
			o.Len, o.value, o.WellKnown = -1, "", false
			if o.Bits >= 0 {
				o.Bits = -1
			}
		default:
			end := int64(o.Len)
			if k.Hi >= 0 && k.Hi < end {
				end = k.Hi
			}
			n := max(end-k.Lo, 0)
			if o.Bits >= 0 && o.Len > 0 {
				o.Bits = o.Bits * float64(n) / float64(o.Len)
			}
			switch {
			case k.Lo >= end:
				o.value = "" // s[lo:hi] with hi < lo panics; with hi == lo, empty
			case o.value != "" && int(end) <= len(o.value):
				o.value = o.value[k.Lo:end]
			}
			o.Len = int(n)
			o.WellKnown = false
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return unknown()
	}
	return out
}

// encLen is the length of the text encoding of n bytes.
func encLen(enc string, n float64) float64 {
	switch enc {
	case "hex":
		return 2 * n
	case "base64":
		return math.Ceil(n/3) * 4
	case "base32":
		return math.Ceil(n/5) * 8
	}
	var base float64
	if _, err := fmt.Sscanf(enc, "base%g", &base); err == nil && base >= 2 && base <= 62 {
		return math.Ceil(n * 8 / math.Log2(base))
	}
	return n
}

// encoded returns the origin of the text encoding of o: longer, with the
// same entropy.
func encoded(o Origin, enc string) Origin {
	switch o.Kind {
	case Param:
		o.Codec = append(slices.Clip(o.Codec), "enc:"+enc)
	case Random, Predictable:
		if o.SizeParam > 0 {
			o.UnitLen = encLen(enc, o.UnitLen)
		} else if o.Len >= 0 {
			o.Len = int(encLen(enc, float64(o.Len)))
		}
		o.Enc = enc
	case Literal:
		if o.Len >= 0 {
			o.Len = int(encLen(enc, float64(o.Len)))
		}
		o.value, o.WellKnown = "", false
	}
	return o
}

// applyCodec applies a Param origin's encodings and decodings (Codec), in
// order, to the origins of the argument a caller passes.
func applyCodec(os []Origin, codec []string) []Origin {
	out := make([]Origin, len(os))
	for i, o := range os {
		for _, step := range codec {
			if enc, ok := strings.CutPrefix(step, "enc:"); ok {
				o = encoded(o, enc)
			} else if enc, ok := strings.CutPrefix(step, "dec:"); ok {
				o = decoded(o, enc)
			}
		}
		out[i] = o
	}
	return out
}

// decoded returns the origin of the bytes decoded from the text o.
func decoded(o Origin, enc string) Origin {
	if o.Kind == Param {
		o.Codec = append(slices.Clip(o.Codec), "dec:"+enc)
		return o
	}
	if o.Kind != Literal || o.value == "" {
		if o.Kind == Literal {
			o.Len = -1
		}
		return o
	}
	var b []byte
	var err error
	switch enc {
	case "hex":
		b, err = hex.DecodeString(o.value)
	case "base64":
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if b, err = e.DecodeString(o.value); err == nil {
				break
			}
		}
	}
	if err != nil {
		o.Len = -1
	} else {
		o.Len = len(b)
	}
	o.value, o.WellKnown = string(b), false
	return o
}

// sized resolves the size of a Random origin that depends on a parameter
// of a helper, given the helper's call.
func sized(o Origin, common *ssa.CallCommon) Origin {
	i := o.SizeParam - 1
	o.SizeParam = 0
	if i >= len(common.Args) {
		o.Len, o.Bits = -1, -1
		return o
	}
	switch a := common.Args[i].(type) {
	case *ssa.Const:
		if a.Value != nil && a.Value.Kind() == constant.Int {
			n, _ := constant.Int64Val(a.Value)
			o.Len = int(math.Ceil(o.UnitLen * float64(n)))
			if o.UnitBits >= 0 {
				o.Bits = o.UnitBits * float64(n)
			}
			return o
		}
	case *ssa.Parameter:
		// The caller passes its own parameter on: the size is known at
		// its call sites.
		o.SizeParam = slices.Index(a.Parent().Params, a) + 1
		return o
	}
	o.Len, o.Bits = -1, -1
	return o
}

// contents returns the origins of the bytes of a slice or array buffer: a
// byte slice literal is a Literal; a buffer filled by crypto/rand is Random
// with its size; one filled by math/rand, or whose elements are picked by a
// predictable index, is Predictable; one whose elements are picked from a
// charset holds log2(len(charset)) bits per element.
func (t *tracer) contents(v ssa.Value, hint token.Pos) []Origin {
	size, sizeParam := -1, -1
	switch v := v.(type) {
	case *ssa.MakeSlice:
		switch n := v.Len.(type) {
		case *ssa.Const:
			if n.Value != nil {
				k, _ := constant.Int64Val(n.Value)
				size = int(k)
			}
		case *ssa.Parameter:
			sizeParam = slices.Index(n.Parent().Params, n)
		}
	case *ssa.Alloc:
		if arr, ok := derefType(v.Type()).Underlying().(*types.Array); ok {
			size = int(arr.Len())
		}
	}
	// The buffer, its re-slicings (b[:]) and, when it is kept in a
	// variable that a closure captures, the loads of that variable are
	// what gets filled.
	bufs := []ssa.Value{v}
	for i := 0; i < len(bufs) && i < 32; i++ {
		refs := bufs[i].Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.Slice:
				if ref.X == bufs[i] {
					bufs = append(bufs, ref)
				}
			case *ssa.Store:
				if a, ok := ref.Addr.(*ssa.Alloc); ok && ref.Val == bufs[i] {
					for _, r := range *a.Referrers() {
						if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == a {
							bufs = append(bufs, load)
						}
					}
				}
			}
		}
	}
	var (
		nconst, nother int
		fill           *Origin
		elems          []Origin
		charset        = -1
	)
	for _, buf := range bufs {
		refs := buf.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.IndexAddr:
				if ref.X != buf {
					continue
				}
				for _, r := range *ref.Referrers() {
					st, ok := r.(*ssa.Store)
					if !ok || st.Addr != ref {
						continue
					}
					if _, ok := st.Val.(*ssa.Const); ok {
						nconst++
						continue
					}
					nother++
					if n := t.charsetLen(tableOf(st.Val)); n > 0 {
						charset = n
					}
					elems = append(elems, t.value(st.Val, st.Pos())...)
				}
			case ssa.CallInstruction:
				if o := t.filler(ref.Common(), buf); o != nil && fill == nil {
					fill = o
				}
			}
		}
	}
	if nconst > 0 && nother == 0 && fill == nil {
		return []Origin{{Kind: Literal, Pos: v.Pos(), Len: nconst, Bits: -1}}
	}
	if nconst == 0 && nother == 0 && fill == nil && size >= 0 && isByteBuffer(v.Type()) && untouched(bufs) {
		// Nothing writes the buffer: its bytes are all zero, as known as
		// any literal ([]byte{} and make([]byte, 32) never filled).
		return []Origin{{Kind: Literal, Pos: v.Pos(), Len: size, Bits: -1, Zero: true}}
	}
	for _, e := range elems {
		if e.Kind == Predictable {
			// Its entropy is the seed's, but its length is the buffer's:
			// short-key judges it (random.String(16) of alist).
			switch {
			case sizeParam >= 0:
				e.SizeParam, e.UnitLen, e.UnitBits, e.Len = sizeParam+1, 1, -1, -1
			case size >= 0 && e.Len < 0:
				e.Len = size
			}
			return []Origin{e}
		}
	}
	if fill == nil && charset > 0 && len(elems) > 0 && nconst == 0 && allRandom(elems) {
		// Every element is picked from a character set by a CSPRNG index
		// (letters[idx.Int64()], idx from crypto/rand.Int): random, as a
		// crypto/rand.Read fill, with the set's bits per character.
		o := elems[0]
		fill = &o
	}
	if fill == nil {
		// Elements picked by an index we cannot judge: not a key source
		// we know.
		return unknown()
	}
	o := *fill
	if o.Kind != Random {
		return []Origin{o}
	}
	o.MakePos = v.Pos()
	bitsPer := 8.0
	if charset > 0 {
		bitsPer = math.Log2(float64(charset))
	}
	switch {
	case sizeParam >= 0:
		o.SizeParam, o.UnitLen, o.UnitBits, o.Len, o.Bits = sizeParam+1, 1, bitsPer, -1, -1
	case size >= 0:
		o.Len, o.Bits = size, bitsPer*float64(size)
	default:
		o.Len, o.Bits = -1, -1
	}
	if charset > 0 {
		o.Desc += ", picking from a " + itoa(charset) + "-character set"
	}
	return []Origin{o}
}

// allRandom reports whether every origin is Random.
func allRandom(os []Origin) bool {
	for _, o := range os {
		if o.Kind != Random {
			return false
		}
	}
	return true
}

// filler returns the origin of the bytes a call writes into buf, if it is a
// known filler (crypto/rand.Read, math/rand.Read, io.ReadFull from a
// reader), or nil.
func (t *tracer) filler(common *ssa.CallCommon, buf ssa.Value) *Origin {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "copy" && len(common.Args) == 2 && common.Args[0] == buf {
			for _, o := range t.value(common.Args[1], buf.Pos()) {
				if o.Kind == Random || o.Kind == Predictable {
					return &o
				}
			}
		}
		return nil
	}
	_, obj := t.c.callee(common)
	if obj == nil {
		return nil
	}
	sig := obj.Type().(*types.Signature)
	argIs := func(param string) bool { return callArg(common, sig, param) == buf }
	name := descName(obj)
	for _, row := range t.c.table.funcRows(obj) {
		switch row.Role {
		case RandomFill:
			if argIs(row.Param) {
				return &Origin{Kind: Random, Pos: common.Pos(), Desc: name}
			}
		case PredictableFill:
			if argIs(row.Param) && t.cryptoSeeded(common, sig) {
				return &Origin{Kind: Random, Pos: common.Pos(), Desc: name + " seeded from crypto/rand"}
			}
			if argIs(row.Param) {
				return &Origin{Kind: Predictable, Pos: common.Pos(), Desc: name, Len: -1, Bits: -1}
			}
		case ReaderFill:
			if !argIs(row.Param) {
				continue
			}
			r := callArg(common, sig, "r")
			if r == nil {
				continue
			}
			switch t.readerKind(r) {
			case Random:
				return &Origin{Kind: Random, Pos: common.Pos(), Desc: name + " from crypto/rand.Reader"}
			case Predictable:
				return &Origin{Kind: Predictable, Pos: common.Pos(), Desc: name + " from a math/rand source", Len: -1, Bits: -1}
			}
		}
	}
	return nil
}

// readerKind says whether an io.Reader is crypto/rand.Reader (Random) or a
// math/rand generator (Predictable).
func (t *tracer) readerKind(r ssa.Value) OriginKind {
	for {
		switch x := r.(type) {
		case *ssa.MakeInterface:
			r = x.X
			continue
		case *ssa.ChangeInterface:
			r = x.X
			continue
		case *ssa.UnOp:
			if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
				for _, row := range t.c.table.byName[varName(g.Object())] {
					if row.Role == CryptoReader {
						return Random
					}
				}
			}
		}
		break
	}
	if ptr, ok := r.Type().(*types.Pointer); ok {
		if named, ok := types.Unalias(ptr.Elem()).(*types.Named); ok && named.Obj().Pkg() != nil {
			if rows := t.c.table.byName[named.Obj().Pkg().Path()+".*"]; len(rows) > 0 && rows[0].Role == PredictableSource {
				return Predictable
			}
		}
	}
	return Unknown
}

// tableOf returns the table an element is picked from (s in s[i], for a
// string or a slice or array), or nil.
func tableOf(v ssa.Value) ssa.Value {
	switch v := v.(type) {
	case *ssa.Index:
		return v.X
	case *ssa.UnOp:
		if ia, ok := v.X.(*ssa.IndexAddr); ok && v.Op == token.MUL {
			return ia.X
		}
	}
	return nil
}

// element returns the origins of an element picked from a table
// (letters[rand.Intn(len(letters))] of a []rune or []byte variable or slice
// literal): as predictable as its index, as for a string (charsetIndex).
// Only a character is judged so: an element that is itself a key (one of
// a []string of keys loaded from configuration, picked at random) is as
// secret as the keys, whatever picks it.
func (t *tracer) element(ia *ssa.IndexAddr, hint token.Pos) []Origin {
	if !charElem(ia) {
		return unknown()
	}
	return arith(t.value(ia.Index, hint), nil)
}

// charElem reports whether ia addresses a character: an element of
// integer type (a byte or a rune of a table).
func charElem(ia *ssa.IndexAddr) bool {
	b, ok := derefType(ia.Type()).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isByteBuffer reports whether t is a byte slice, an array of bytes or a
// pointer to one.
func isByteBuffer(t types.Type) bool {
	t = derefType(t)
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	b, ok := elem.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// untouched reports whether no instruction may write the buffers (a buffer
// and its re-slicings and loads, from contents): they are only converted,
// measured, read element by element, or passed to a JWT library. Any other
// use (a call that may fill it, a store of it somewhere else, a phi) may
// write it.
func untouched(bufs []ssa.Value) bool {
	seen := map[ssa.Value]bool{}
	var ok func(v ssa.Value, depth int) bool
	ok = func(v ssa.Value, depth int) bool {
		if seen[v] {
			return true
		}
		seen[v] = true
		refs := v.Referrers()
		if refs == nil || depth > 8 {
			return refs == nil
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.Slice, *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.SliceToArrayPointer:
				if !ok(ref.(ssa.Value), depth+1) {
					return false
				}
			case *ssa.UnOp:
				if ref.Op != token.MUL {
					return false
				}
			case *ssa.IndexAddr:
				for _, r := range *ref.Referrers() {
					if load, isLoad := r.(*ssa.UnOp); !isLoad || load.Op != token.MUL {
						return false
					}
				}
			case *ssa.Store:
				if ref.Val == v {
					a, isAlloc := ref.Addr.(*ssa.Alloc)
					if !isAlloc {
						return false
					}
					for _, r := range *a.Referrers() {
						switch r := r.(type) {
						case *ssa.Store:
						case *ssa.UnOp:
							if r.Op != token.MUL {
								return false
							}
						default:
							return false
						}
					}
				}
			case *ssa.DebugRef:
			case ssa.CallInstruction:
				if !keySinkCall(ref.Common(), v) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	for _, b := range bufs {
		if !ok(b, 0) {
			return false
		}
	}
	return true
}

// keySinkCall reports whether a call only reads v: the builtins len and
// cap, or a function of a JWT library the table knows (which takes keys,
// and does not fill the caller's buffers).
func keySinkCall(common *ssa.CallCommon, v ssa.Value) bool {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		return b.Name() == "len" || b.Name() == "cap"
	}
	var obj *types.Func
	if common.IsInvoke() {
		obj = common.Method
	} else if fn := staticCallee(common); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	return knowledge().paths[rowPackage(obj.Origin().FullName())]
}

// cryptoSeeded reports whether a method call's receiver is a math/rand/v2
// generator seeded from crypto/rand only (rand.New(rand.NewChaCha8(seed))
// with seed read from crypto/rand): its output is not predictable.
func (t *tracer) cryptoSeeded(common *ssa.CallCommon, sig *types.Signature) bool {
	if sig.Recv() == nil || common.IsInvoke() || len(common.Args) == 0 {
		return false
	}
	os := t.value(common.Args[0], common.Pos())
	for _, o := range os {
		if o.Kind != Random {
			return false
		}
	}
	return len(os) > 0
}

// derivedBy returns the origins of the result of a Hash or Seeder row's
// call, given its argument v: a digest of literals only is a hard-coded
// key of the digest's size; a generator is as random as its seed;
// otherwise as predictable as the argument (derived).
func (t *tracer) derivedBy(row *API, name string, v ssa.Value, hint token.Pos) []Origin {
	os := t.value(v, hint)
	if row.Role == Seeder {
		return os
	}
	size := 0
	fmt.Sscanf(row.Alg, "%d", &size)
	var lit *Origin
	for i, o := range os {
		switch o.Kind {
		case Literal:
			if lit == nil {
				lit = &os[i]
			}
		case Predictable:
			return []Origin{o}
		default:
			return unknown()
		}
	}
	if lit == nil {
		return unknown()
	}
	return []Origin{{Kind: Literal, Pos: lit.Pos, Where: lit.Where, Len: size, Bits: -1, Desc: name + " of a literal"}}
}

// charsetLen returns the length of a constant charset being indexed, or -1.
func (t *tracer) charsetLen(x ssa.Value) int {
	if x == nil {
		return -1
	}
	for _, o := range t.value(x, x.Pos()) {
		if o.Kind == Literal && o.Len > 1 {
			return o.Len
		}
	}
	return -1
}

// charsetIndex returns the origins of charset[i]: as predictable as i.
func (t *tracer) charsetIndex(ix *ssa.Index, hint token.Pos) []Origin {
	return arith(t.value(ix.Index, hint), nil)
}

func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func itoa(n int) string {
	return constant.MakeInt64(int64(n)).ExactString()
}

// bufferContents returns the origins of what was appended to a text buffer
// (a strings.Builder or bytes.Buffer local variable, buf): as predictable
// as any character appended (the strings.Builder variant of the
// random-string idioms), random when one is random and none predictable.
// Literal text alone is not judged (its length is not known), nor a buffer
// that anything else may write (a formatter, a copy, a store elsewhere).
func (t *tracer) bufferContents(buf ssa.Value, hint token.Pos) []Origin {
	alloc, ok := buf.(*ssa.Alloc)
	if !ok {
		return unknown()
	}
	var os []Origin
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Store:
			if ref.Addr != alloc {
				return unknown() // the buffer escapes
			}
			if c, ok := ref.Val.(*ssa.Const); !ok || c.Value != nil {
				return unknown() // a buffer stored whole, not its zero value
			}
		case ssa.CallInstruction:
			common := ref.Common()
			_, obj := t.c.callee(common)
			if obj == nil || len(common.Args) == 0 || common.Args[0] != alloc {
				return unknown()
			}
			var role Role
			var v ssa.Value
			for _, row := range t.c.table.funcRows(obj) {
				switch row.Role {
				case Appender:
					role, v = Appender, callArg(common, obj.Signature(), row.Param)
				case Contents, BufferSize:
					role = row.Role
				}
			}
			switch role {
			case Appender:
				if v != nil {
					os = append(os, t.value(v, hint)...)
				}
			case Contents, BufferSize:
			default:
				return unknown() // a method that may write it (ReadFrom, Reset)
			}
		default:
			return unknown()
		}
	}
	var out []Origin
	for _, o := range os {
		switch o.Kind {
		case Predictable:
			return []Origin{o}
		case Literal:
		case Random:
			o.Len, o.Bits, o.SizeParam = -1, -1, 0
			out = append(out, o)
		default:
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		return unknown()
	}
	return dedup(out)
}

// encoding returns the text encoding an Encoder row's call applies: its
// Alg, or for Alg "base" the base the call passes as a constant
// ((*big.Int).Text(62) is "base62"); "" when the base is not known.
func encoding(row *API, common *ssa.CallCommon) string {
	if row.Alg != "base" {
		return row.Alg
	}
	for _, a := range common.Args {
		if k, ok := a.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Int {
			if b, ok := constant.Int64Val(k.Value); ok {
				return fmt.Sprintf("base%d", b)
			}
		}
	}
	return ""
}

// singleVerbArg returns the argument a Formatter call formats when its
// format is a constant made of a single %s or %v verb (flags and width
// allowed: "%022s" pads, it adds no entropy) and it passes one argument,
// the value inside the interface; nil otherwise.
func singleVerbArg(common *ssa.CallCommon, sig *types.Signature, row *API) ssa.Value {
	if len(common.Args) == 0 {
		return nil
	}
	k, ok := common.Args[0].(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return nil
	}
	f := constant.StringVal(k.Value)
	if len(f) < 2 || f[0] != '%' || (f[len(f)-1] != 's' && f[len(f)-1] != 'v') || strings.Trim(f[1:len(f)-1], "0123456789-+# ") != "" {
		return nil
	}
	args := variadicArgs(callArg(common, sig, row.Param))
	if len(args) != 1 {
		return nil
	}
	if mi, ok := args[0].(*ssa.MakeInterface); ok {
		return mi.X
	}
	return nil
}
