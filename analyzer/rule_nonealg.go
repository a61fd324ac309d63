package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
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
			c.report(r, at.Pos(), at.End(), test, fmt.Sprintf(`%s allows unsigned tokens ("alg": "none"): anyone can forge them; sign and verify with a real algorithm and key`, name))
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
