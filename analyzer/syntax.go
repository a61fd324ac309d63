package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// syntax maps the positions SSA records back to the expressions users wrote,
// so that diagnostics point at the key argument, field value or returned
// expression, and Related information at the literal.
type syntax struct {
	calls   map[token.Pos]*ast.CallExpr   // by Lparen
	returns map[token.Pos]*ast.ReturnStmt // by the return keyword
	stored  map[token.Pos]ast.Expr        // value stored at a Store's position
	files   map[*token.File]*ast.File
	// strlits are the string literals of the package by value, for
	// pointing at the literal a constant key came from.
	strlits map[string][]ast.Expr
	info    *types.Info
	fset    *token.FileSet
}

func newSyntax(fset *token.FileSet, files []*ast.File, info *types.Info) *syntax {
	s := &syntax{
		calls:   map[token.Pos]*ast.CallExpr{},
		returns: map[token.Pos]*ast.ReturnStmt{},
		stored:  map[token.Pos]ast.Expr{},
		files:   map[*token.File]*ast.File{},
		strlits: map[string][]ast.Expr{},
		info:    info,
		fset:    fset,
	}
	for _, f := range files {
		s.files[fset.File(f.Pos())] = f
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				s.calls[n.Lparen] = n
			case *ast.ReturnStmt:
				s.returns[n.Return] = n
			case *ast.KeyValueExpr:
				s.stored[n.Colon] = n.Value
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					if _, ok := elt.(*ast.KeyValueExpr); !ok {
						s.stored[elt.Pos()] = elt
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						switch lhs := ast.Unparen(lhs).(type) {
						case *ast.SelectorExpr:
							s.stored[lhs.Sel.Pos()] = n.Rhs[i]
						case *ast.Ident:
							s.stored[lhs.Pos()] = n.Rhs[i]
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, name := range n.Names {
						s.stored[name.Pos()] = n.Values[i]
					}
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if tv, ok := info.Types[n]; ok && tv.Value != nil {
						v := constant.StringVal(tv.Value)
						s.strlits[v] = append(s.strlits[v], n)
					}
				}
			}
			return true
		})
	}
	return s
}

// callArg returns the expression of argument i of the call whose Lparen is
// at pos, counting a method expression's receiver as argument 0 when
// recvArg is set; nil if unknown.
func (s *syntax) callArg(pos token.Pos, i int) ast.Expr {
	call := s.calls[pos]
	if call == nil {
		return nil
	}
	if i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// literal returns the string literal of value v nearest to pos (in the same
// file, preferring one before pos), or nil.
func (s *syntax) literal(v string, pos token.Pos) ast.Expr {
	var best ast.Expr
	var bestDist int
	f := s.fset.File(pos)
	for _, lit := range s.strlits[v] {
		dist := 1 << 30
		if f != nil && s.fset.File(lit.Pos()) == f {
			dist = int(pos - lit.Pos())
			if dist < 0 {
				dist = -dist + 1<<20 // after the use: less likely
			}
		}
		if best == nil || dist < bestDist {
			best, bestDist = lit, dist
		}
	}
	return best
}

// nodeEnd returns the end of the innermost node that starts at pos (a
// literal), or of the call whose parenthesis is at pos; pos when neither.
func (s *syntax) nodeEnd(pos token.Pos) token.Pos {
	f := s.file(pos)
	if f == nil {
		return pos
	}
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	if len(path) == 0 {
		return pos
	}
	if call, ok := path[0].(*ast.CallExpr); ok && call.Lparen == pos {
		return call.End()
	}
	if path[0].Pos() == pos {
		return path[0].End()
	}
	return pos
}

// file returns the file containing pos.
func (s *syntax) file(pos token.Pos) *ast.File {
	return s.files[s.fset.File(pos)]
}
