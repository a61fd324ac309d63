package analyzer

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file judges unverified-parse at the calls of an exported function
// whose parameter reaches an unverified parse (issue 12 item 4): whose
// token it is shows where the function is called, often in another package
// (armory-cli's pkg/config passes its --authToken flag to auth.NewAuth,
// which keeps it for a method that reads its claims unverified). The
// function's package exports a funcFact entry per such parameter
// (unverifiedParam); each package that calls the function, its own
// included, classes the argument with the token-origin logic
// (tokenorigin.go): input is reported at the call, the program's own token
// is not, and a parameter of an exported function of the caller's package
// passes the entry on to that function, one level further. Only a token
// client's exported functions are judged so (tokenClient): any other
// package's exported function is API for others, and its parameter stays
// input, reported at the parse.

// unverifiedParam says that a parameter of a function reaches an
// unverified parse.
type unverifiedParam struct {
	Index int    // index into the SSA parameters (receiver first)
	Name  string // the parameter's name
	API   string // the unverified parse it reaches, as users write it
	Where string // position of the parse, "file.go:line"
}

// handlerShaped reports whether fn has the shape of a request handler,
// whose parameters are input whoever calls it: it takes a value of a type
// with a TokenInput row (an *http.Request, a web framework's context) or
// an http.ResponseWriter, or it is a method shaped like a gRPC unary
// handler, (ctx context.Context, req *Req) (*Resp, error).
func handlerShaped(t *table, fn *ssa.Function) bool {
	sig := fn.Signature
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		name := namedTypeName(params.At(i).Type())
		if name == "net/http.ResponseWriter" {
			return true
		}
		for _, r := range t.byName[name] {
			if r.Role == TokenInput {
				return true
			}
		}
	}
	res := sig.Results()
	return sig.Recv() != nil && params.Len() == 2 && res.Len() == 2 &&
		namedTypeName(params.At(0).Type()) == "context.Context" && structPointer(params.At(1).Type()) &&
		structPointer(res.At(0).Type()) && types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type())
}

// tokenClient reports whether the package fetches or keeps tokens for
// itself: it calls a function with a TokenFetched row (os.UserHomeDir,
// keyring.Get) or handles a value of a type with one (an *http.Response,
// an *oauth2.Token), or it passes tokens to a token client's functions
// whose parameters are judged at their calls (armory-cli's pkg/config
// hands its flag to auth.NewAuth). A token client's exported functions are given tokens
// by the program they are part of (armory-cli's pkg/auth): their
// parameters are judged at their calls. Another package's exported
// function is API for others, whose callers may never be analyzed: a
// parameter of it is input, reported at the parse.
func (v *verifier) tokenClient() bool {
	if v.client != nil {
		return *v.client
	}
	c := v.c
	fetched := func(rows []*API) bool {
		return slices.ContainsFunc(rows, func(r *API) bool { return r.Role == TokenFetched })
	}
	found := false
scan:
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok && !call.Common().IsInvoke() {
					callee, obj := c.callee(call.Common())
					if obj != nil && (fetched(c.table.funcRows(obj)) || obj.Pkg() != c.pass.Pkg && len(v.unverifiedParams(callee, obj)) > 0) {
						found = true
						break scan
					}
				}
				if val, ok := instr.(ssa.Value); ok {
					if name := namedTypeName(val.Type()); name != "" && fetched(c.table.byName[name]) {
						found = true
						break scan
					}
				}
			}
		}
	}
	v.client = &found
	return found
}

// importable reports whether an importer can call the exported function
// fn by name: a function of the package, or a method of an exported type
// (a method of an unexported type is called through an interface, where
// the calls are not judged).
func importable(fn *ssa.Function) bool {
	recv := fn.Signature.Recv()
	if recv == nil {
		return true
	}
	name := namedTypeName(recv.Type())
	return name != "" && token.IsExported(name[strings.LastIndex(name, ".")+1:])
}

// structPointer reports whether t is a pointer to a struct.
func structPointer(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok
}

// paramsOf returns the parameters of exported functions (class tokParam)
// a token value comes from.
func (v *verifier) paramsOf(val ssa.Value) []*ssa.Parameter {
	w := &originWalk{v: v, memo: map[ssa.Value]tokenClass{}, busy: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
	w.value(val, nil, 0)
	return sortedParams(w.params)
}

// sortedParams returns the parameters of a set in the order of their
// functions and positions.
func sortedParams(set map[*ssa.Parameter]bool) []*ssa.Parameter {
	ps := slices.Collect(maps.Keys(set))
	slices.SortFunc(ps, func(a, b *ssa.Parameter) int {
		return cmp.Or(cmp.Compare(a.Parent().Pos(), b.Parent().Pos()), cmp.Compare(a.Pos(), b.Pos()))
	})
	return ps
}

// deferToCallers reports whether the tokens of an unverified parse come
// only from parameters of exported functions (besides the program's own
// tokens), and then records those parameters, so that the calls of the
// functions are judged instead of the parse (checkParamCalls).
func (v *verifier) deferToCallers(tokens []ssa.Value, api, where string) bool {
	var params []*ssa.Parameter
	for _, t := range tokens {
		k := v.tokenOrigin(t)
		if k > tokParam {
			return false
		}
		if k == tokParam {
			ps := v.paramsOf(t)
			if len(ps) == 0 {
				return false
			}
			params = append(params, ps...)
		}
	}
	if len(params) == 0 {
		return false
	}
	for _, p := range params {
		v.deferParam(p, api, where)
	}
	return true
}

// deferParam records that parameter p reaches the unverified parse api at
// where; the first parse recorded for a parameter is the one named.
func (v *verifier) deferParam(p *ssa.Parameter, api, where string) {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	if i < 0 || slices.ContainsFunc(v.deferred[fn], func(u unverifiedParam) bool { return u.Index == i }) {
		return
	}
	if v.deferred == nil {
		v.deferred = map[*ssa.Function][]unverifiedParam{}
	}
	v.deferred[fn] = append(v.deferred[fn], unverifiedParam{Index: i, Name: p.Name(), API: api, Where: where})
	v.deferrals++
}

// unverifiedParams returns what is known of the parameters of a called
// function that reach an unverified parse: recorded in this package, or
// from the callee's facts.
func (v *verifier) unverifiedParams(callee *ssa.Function, obj *types.Func) []unverifiedParam {
	c := v.c
	if callee != nil && callee.Pkg == c.ssapkg {
		if o := callee.Origin(); o != nil {
			callee = o
		}
		return v.deferred[callee]
	}
	var f funcFact
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(obj.Origin(), &f) {
		return nil
	}
	return f.UnverifiedParams
}

// checkParamCalls judges the calls of functions whose parameters reach an
// unverified parse, until no new parameter of an exported function of the
// package takes one on.
func (v *verifier) checkParamCalls(r *Rule) {
	c := v.c
	type judgedArg struct {
		call ssa.CallInstruction
		idx  int
	}
	judged := map[judgedArg]bool{}
	for round := 0; round < 8; round++ {
		before := v.deferrals
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok || call.Common().IsInvoke() {
						continue
					}
					callee, obj := c.callee(call.Common())
					for _, up := range v.unverifiedParams(callee, obj) {
						if k := (judgedArg{call, up.Index}); !judged[k] {
							judged[k] = true
							v.judgeParamCall(r, call, obj, up)
						}
					}
				}
			}
		}
		if v.deferrals == before {
			return
		}
	}
}

// judgeParamCall judges the argument a call passes as a parameter that
// reaches an unverified parse: input is reported at the call, the
// program's own token is not, a parameter of an exported function of the
// package takes the parse on.
func (v *verifier) judgeParamCall(r *Rule, call ssa.CallInstruction, obj *types.Func, up unverifiedParam) {
	common := call.Common()
	if obj == nil || up.Index >= len(common.Args) {
		return
	}
	arg := common.Args[up.Index]
	if v.tokenVerified(arg, call) || v.callersVerify(arg, 0) {
		return
	}
	w := &originWalk{v: v, memo: map[ssa.Value]tokenClass{}, busy: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}, input: &inputSource{}, judged: call}
	switch k := w.value(arg, nil, 0); {
	case k.own():
		return
	case k == tokParam && len(w.params) > 0:
		for _, p := range sortedParams(w.params) {
			v.deferParam(p, up.API, up.Where)
		}
		return
	}
	pos, end := v.callRange(common)
	var related []analysis.RelatedInformation
	if src := w.input; src.pos.IsValid() {
		related = append(related, analysis.RelatedInformation{Pos: src.pos, Message: "the token comes from here: " + src.what})
	}
	msg := fmt.Sprintf("%s passes its parameter %s to %s (%s), which does not verify the token's signature: anyone can forge the claims read from the token given here; verify it with its key first, or pass only the program's own tokens", shortObjName(obj), up.Name, up.API, up.Where)
	v.c.report(r, pos, end, v.test(pos), msg, related...)
}
