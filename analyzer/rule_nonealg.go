package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

var ruleNoneAlg = &Rule{
	ID:    "none-alg",
	Title: `unsigned tokens ("alg": "none") signed or accepted`,
	Doc: `
A token with "alg": "none" carries no signature: anyone can write one with any
claims. golang-jwt refuses such tokens unless the keyfunc returns
UnsafeAllowNoneSignatureType, and signs them only with SigningMethodNone; jwx
needs jwa.NoSignature or WithInsecureNoSignature; kataras/jwt has NONE,
gbrlsnchs/jwt None. Any of them in production code lets forged tokens through
or hands out tokens that prove nothing.

The algorithm "none" in the list of algorithms a parser accepts (go-jose v4's
ParseSigned, golang-jwt's WithValidMethods and Parser.ValidMethods) is reported
too, wherever the list is built: go-jose then parses unsigned tokens.

A reference to one of these values is found in the syntax, so it is reported
even in a function whose other types are incomplete (a dependency that does
not build), where the rules that follow values through SSA cannot look.

Sign and verify with a real algorithm and key. Comparisons with these values
(rejecting "none" explicitly) are not reported, nor is test code unless
-include-tests is set.`,
	Bad: `
token := jwt.NewWithClaims(jwt.SigningMethodNone, claims)
s, err := token.SignedString(jwt.UnsafeAllowNoneSignatureType)`,
	Good: `
token := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims)
s, err := token.SignedString(privateKey)`,
	CWE:              "CWE-347",
	Severity:         "high",
	SecuritySeverity: 9.1,
	check:            checkNoneAlg,
}

func checkNoneAlg(c *checker, r *Rule) {
	checkNoneInLists(c, r)
	checkNoneRefs(c, r)
}

// checkNoneRefs reports the references to the none-alg values and
// functions of the table. It reads only the syntax and the type checker's
// resolution of the reference, not SSA, so it runs on the declarations
// whose other types are incomplete too (complete.go: their bodies are not
// built), and on a package the SSA builder fails on entirely: a reference
// that resolved to the library's object is a finding whatever else the
// function holds (jumpstarter-controller's Listen, whose protocol package
// was missing, issue 12 item 6).
func checkNoneRefs(c *checker, r *Rule) {
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := c.pass.TypesInfo.Uses[id]
			if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
				return true
			}
			if len(c.table.rows(varName(obj), NoneAlg)) == 0 {
				return true
			}
			if c.complete.skips(id.Pos()) && !c.complete.validType(obj.Type()) {
				return true // the library itself did not type-check
			}
			var at ast.Node = id
			if len(stack) >= 2 {
				if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.Sel == id {
					at = sel
				}
			}
			if rejects(stack) {
				return true
			}
			name := obj.Pkg().Name() + "." + obj.Name()
			if _, isFunc := obj.(*types.Func); isFunc {
				name += "()"
			}
			test := c.testFiles[c.pass.Fset.File(at.Pos())]
			c.reporter.addTyped(r, test, analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: r.ID,
				Message: fmt.Sprintf(`%s allows unsigned tokens ("alg": "none"): anyone can forge them; sign and verify with a real algorithm and key`, name)})
			return true
		})
	}
}

// rejects reports whether the identifier at the top of stack is compared
// (== or !=, or a case of a switch): code that rejects "none".
func rejects(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				return true
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if e.Pos() <= stack[len(stack)-1].Pos() && stack[len(stack)-1].End() <= e.End() {
					return true
				}
			}
			return false
		case ast.Stmt, *ast.FuncLit:
			return false
		}
	}
	return false
}

// checkNoneInLists reports "none" in the algorithm lists of parse calls and
// parser fields (go-oidc appends it under InsecureSkipSignatureCheck).
func checkNoneInLists(c *checker, r *Rule) {
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case ssa.CallInstruction:
					common := x.Common()
					_, obj := c.callee(common)
					if obj == nil {
						continue
					}
					for _, row := range c.table.funcRows(obj) {
						if list := callArg(common, obj.Signature(), row.Param); row.Role == AlgWhitelist && list != nil {
							reportNoneIn(c, r, list, shortObjName(obj))
						}
					}
				case *ssa.Store:
					fa, ok := x.Addr.(*ssa.FieldAddr)
					if !ok {
						continue
					}
					if name, fv := fieldName(fa.X.Type(), fa.Field); fv != nil && len(c.table.rows(name, AlgWhitelist)) > 0 {
						reportNoneIn(c, r, x.Val, shortFieldName(fa.X.Type(), fv))
					}
				}
			}
		}
	}
}

func reportNoneIn(c *checker, r *Rule, list ssa.Value, api string) {
	c.listStrings(list, func(s string, at token.Pos) {
		if !strings.EqualFold(s, "none") {
			return
		}
		e := c.constExpr(at, s)
		if e == nil {
			return
		}
		test := c.testFiles[c.pass.Fset.File(e.Pos())]
		c.report(r, e.Pos(), e.End(), test, fmt.Sprintf(`%s in the algorithm list of %s allows unsigned tokens ("alg": "none"): anyone can forge them; accept only the algorithms of your keys`, strconv.Quote(s), api))
	})
}

// constExpr returns the expression that wrote the string constant s where
// listStrings found it: the element of a composite literal stored at at, an
// argument of the call at at, or the nearest literal.
func (c *checker) constExpr(at token.Pos, s string) ast.Expr {
	if e := c.syn.stored[at]; e != nil {
		return e
	}
	if call := c.syn.calls[at]; call != nil {
		for _, a := range call.Args {
			if tv, ok := c.pass.TypesInfo.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == s {
				return a
			}
		}
	}
	if !at.IsValid() {
		return nil
	}
	return c.syn.literal(s, at)
}
