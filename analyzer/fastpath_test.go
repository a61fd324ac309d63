package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

func TestKeyishAPI(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`func RandomString(n int) string { return "" }`, true},
		{`func DefaultSecret() []byte { return nil }`, true},
		{`var SigningKey = "x"`, true},
		{`type Config struct{ JWTSecret string }`, true},
		{`type T struct{}; func (T) PrivateKey() *rsa.PrivateKey { return nil }`, true},
		{`type Options struct{ Auth struct{ User string } }`, false}, // not key material
		{`func GetName() string { return "" }`, false},               // not a key-ish name
		{`func secretKey() string { return "" }`, false},             // not exported
		{`type t struct{ Secret string }`, false},                    // type not exported
		{`func TokenCount() int { return 0 }`, false},                // not key-ish type
		{`var Password = 3`, false},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", "package p; import \"crypto/rsa\"; var _ *rsa.PublicKey; "+tc.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		conf := types.Config{Importer: importer.Default()}
		pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if got := keyishAPI(pkg); got != tc.want {
			t.Errorf("keyishAPI(%s) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// keyishName agrees with the regexp it stands for, in every case, at every
// place in a name, outside ASCII and past its buffer.
func TestKeyishName(t *testing.T) {
	names := []string{"", "x", "GetName", "Count", "K", "ke", "kEy", "PublicKEY", "JwtSecret", "jwS", "JWKSet",
		"Sign", "HMAC256", "Password", "pwd", "Credentials", "Salt", "OAuth2", "Private", "PEMBlock", "Seed",
		"RandomString", "Nonce", "Certificate", "Tok", "toke", "TOKEN", "Nam€Key", "Ünïcödé",
		"\u212Aey",    // the Kelvin sign folds to k
		"\u017Fecret", // the long s folds to s
		"Nam€", strings.Repeat("a", 63) + "key", strings.Repeat("a", 64) + "key", strings.Repeat("a", 80),
	}
	if want := "(?i)" + strings.Join(keyishWords[:], "|"); keyishFold().String() != want {
		t.Errorf("keyishFold is %s, keyishWords say %s", keyishFold(), want)
	}
	for _, word := range keyishWords {
		names = append(names, word, strings.ToUpper(word), "Get"+strings.ToUpper(word[:1])+word[1:]+"s", word[:len(word)-1])
	}
	matched := 0
	for _, name := range names {
		got, want := keyishName(name), keyishFold().MatchString(name)
		if got != want {
			t.Errorf("keyishName(%q) = %v, the regexp says %v", name, got, want)
		}
		if got {
			matched++
		}
	}
	if matched == 0 || matched == len(names) {
		t.Errorf("%d of %d names matched: the table proves nothing", matched, len(names))
	}
}

func BenchmarkKeyishName(b *testing.B) {
	names := []string{"NewServer", "ServeHTTP", "WithTimeout", "ErrNotFound", "DefaultClient", "Marshal", "SigningKey", "MustCompile"}
	b.Run("words", func(b *testing.B) {
		for b.Loop() {
			for _, n := range names {
				keyishName(n)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, n := range names {
				keyishFold().MatchString(n)
			}
		}
	})
}

// importsJWT builds the table only for packages with an import of a path with
// a domain: it relies on every library of the table having one.
func TestLibraryPathsHaveDomain(t *testing.T) {
	paths := Libraries()
	if len(paths) == 0 {
		t.Fatal("the table names no library")
	}
	for _, p := range paths {
		if !hasDomain(types.NewPackage(p, "p")) {
			t.Errorf("library path %q has no dot in its first element: importsJWT would miss its importers", p)
		}
	}
	for _, p := range []string{"fmt", "crypto/hmac", "C", "vendor/golang.org/x/crypto/hkdf", "myapp/auth"} {
		if hasDomain(types.NewPackage(p, "p")) {
			t.Errorf("hasDomain(%q) = true, want false", p)
		}
	}
}
