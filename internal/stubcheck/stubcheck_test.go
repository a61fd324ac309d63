package stubcheck

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

func check(t *testing.T, path, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check(path, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// TestCompare: what a stub may leave out, and what it may not change.
func TestCompare(t *testing.T) {
	real := check(t, "example.com/lib", `package lib
type Config struct { Key []byte; Alg string; Extra int }
type Signer interface { Sign(payload []byte) ([]byte, error); Size() int }
type Token struct{}
func (t *Token) SignedString(key interface{}) (s string, err error) { return "", nil }
func New(alg string, key []byte, opts ...func(*Config)) (*Token, error) { return nil, nil }
const HS256 = "HS256"
var Default = Config{}
func Other() {}
`)
	stub := check(t, "example.com/lib", `package lib
type Config struct { Key []byte; Alg int; Missing bool }
type Signer interface { Sign(data []byte) ([]byte, error) }
type Token struct{}
func (t *Token) SignedString(key any) (string, error) { return "", nil }
func (t *Token) Gone() {}
func New(alg string, secret []byte, opts ...func(*Config)) (*Token, error) { return nil, nil }
const HS256 = "HS256"
func Default() {}
func Absent() {}
`)
	got := Compare(stub, real)
	want := []string{
		"example.com/lib.Absent: not in the real package",
		"example.com/lib.Config.Alg: stub int, real string",
		"example.com/lib.Config.Missing: no such field in the real package",
		"example.com/lib.Default: a func in the stub, a var in the real package",
		"example.com/lib.New: stub func(alg string, secret []byte, opts ...func(*example.com/lib.Config)) (*example.com/lib.Token, error), real func(alg string, key []byte, opts ...func(*example.com/lib.Config)) (*example.com/lib.Token, error)",
		"example.com/lib.Signer.Sign: stub func(data []byte) ([]byte, error), real func(payload []byte) ([]byte, error)",
		"example.com/lib.Token.Gone: no such method in the real package",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Compare:\n got %q\nwant %q", got, want)
	}
	if d := Compare(real, real); d != nil {
		t.Errorf("Compare(real, real) = %q, want nothing", d)
	}
}
