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
	const rnd = `import "math/rand"; var _ = rand.Int; `
	for _, tc := range []struct {
		path string // default example.com/p
		src  string
		want bool
	}{
		{"", `func RandomString(n int) string { return "" }`, true},
		{"", `func DefaultSecret() []byte { return nil }`, true},
		{"", `var SigningKey = "x"`, true},
		{"", `type Config struct{ JWTSecret string }`, true},
		{"", `type Config struct{ Apikey string }`, true},
		{"", `type T struct{}; func (T) PrivateKey() *rsa.PrivateKey { return nil }`, true},
		{"", `type Options struct{ Auth struct{ User string } }`, false}, // not key material
		{"", `func GetName() string { return "" }`, false},               // not a key-ish name
		{"", `func secretKey() string { return "" }`, false},             // not exported
		{"", `type t struct{ Secret string }`, false},                    // type not exported
		{"", `func TokenCount() int { return 0 }`, false},                // not key-ish type
		{"", `var Password = 3`, false},
		// Whole words: x/sys/unix's SignalName and KeyctlString, an assignment.
		{"", `func SignalName(s int) string { return "" }`, false},
		{"", `func KeyctlString(cmd, id int) (string, error) { return "", nil }`, false},
		{"", `func Assign(s string) []byte { return nil }`, false},
		// A bare Key field counts in a type named like a key only:
		// x/net/html's Attribute is a name and a value.
		{"", `type Attribute struct{ Namespace, Key, Val string }`, false},
		{"", `type JWTConfig struct{ Key []byte }`, true},
		{"", `type Attribute struct{ KeyID string }`, false},                                 // names a key
		{"", `type Volume struct{ SecretName string }`, false},                               // names a secret
		{"", `type KeyValue struct{}; func (KeyValue) GetKey() string { return "" }`, false}, // a protobuf getter
		{"", `type Member struct{}; func (Member) Key() string { return "" }`, false},
		{"", `type Keypair struct{}; func (Keypair) Key() []byte { return nil }`, true},
		{"", `func Key(password, salt []byte, iter, keyLen int) []byte { return nil }`, true}, // pbkdf2.Key
		// A package drawing from math/rand: what returns text or bytes
		// may return its output (k8s.io/apimachinery's util/rand.String).
		{"", rnd + `func String(n int) string { return "" }`, true},
		{"", rnd + `type G struct{}; func (G) Bytes(n int) []byte { return nil }`, false}, // methods: every type has some
		{"", `func String(n int) string { return "" }`, false},                            // no math/rand
		{"", rnd + `func Intn(n int) int { return 0 }`, false},                            // no text
		{"", rnd + `type B struct{}; func (B) String() string { return "" }`, false},      // a Stringer
		{"", rnd + `type B struct{}; func (B) Error() string { return "" }`, false},       // an error
		{"", `import "math/rand/v2"; var _ = rand.N[int]; func Pick() []byte { return nil }`, true},
		// A JWT library of the table is analyzed, whatever it exports.
		{"github.com/golang-jwt/jwt/v5", `func F() {}`, true},
	} {
		src := tc.src
		if !strings.HasPrefix(src, "import") {
			src = `import "crypto/rsa"; var _ *rsa.PublicKey; ` + src
		}
		path := tc.path
		if path == "" {
			path = "example.com/p"
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", "package p; "+src, 0)
		if err != nil {
			t.Fatal(err)
		}
		conf := types.Config{Importer: importer.Default()}
		pkg, err := conf.Check(path, fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		var imports []string
		for _, imp := range pkg.Imports() {
			imports = append(imports, imp.Path())
		}
		if got := keyishAPI(pkg, imports); got != tc.want {
			t.Errorf("keyishAPI(%s) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	for name, want := range map[string]string{
		"JWTSecret":    "JWT Secret",
		"HMAC256Key":   "HMAC 256 Key",
		"OAuth2":       "O Auth 2",
		"SignalName":   "Signal Name",
		"Keyctl":       "Keyctl",
		"api_key":      "api key",
		"getKeyID":     "get Key ID",
		"X":            "X",
		"__":           "",
		"PEMBlock":     "PEM Block",
		"secretKeyV2x": "secret Key V 2 x",
	} {
		if got := strings.Join(splitWords(name), " "); got != want {
			t.Errorf("splitWords(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestAPIKeyish(t *testing.T) {
	for name, want := range map[string]bool{
		"SigningKey": true, "JWTSecret": true, "Apikey": true, "AccessToken": true, "HMAC256": true,
		"Password": true, "OAuth2": true, "RandomString": true, "Nonce": true, "KeySet": true, "Keyring": true,
		"PEMBlock": true, "Credentials": true, "Seed": true, "PrivateKey": true,
		"SignalName": false, "Keyctl": false, "Assign": false, "Operand": false, "Author": false,
		"Tokenizer": false, "Passthrough": false, "Design": false, "Monkeys": true, // a compound ending: kept
		"GetName": false, "Count": false,
		"SecretName": false, "KeyID": false, "TokenURL": false, "AuthType": false, "KeyFile": false,
		"Master_key_descriptor": false, "HMACKey2": true, "Key256": true, "TokenCount": false,
		"Nam€Key": true, "\u212Aey": true, // outside ASCII: keyishName's folding
	} {
		if got := apiKeyish(name); got != want {
			t.Errorf("apiKeyish(%q) = %v, want %v", name, got, want)
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

// TestKeyishAPIFunc: the functions and methods whose result facts a
// dependency past the fast path exports (exportFacts) are those keyishAPI
// admits the package for, one by one.
func TestKeyishAPIFunc(t *testing.T) {
	const src = `package p
import ("crypto/rsa"; "math/rand")
var _ = rand.Int
func DefaultSecret() []byte { return nil }
func RandomString(n int) string { return "" }
func GetName() string { return "" }
func secretKey() string { return "" }
type T struct{}
func (T) PrivateKey() *rsa.PrivateKey { return nil }
func (T) String() string { return "" }
func (*T) Marshal() ([]byte, error) { return nil, nil }
type Member struct{}
func (Member) Key() string { return "" }
type Keypair struct{}
func (Keypair) Key() []byte { return nil }
type hidden struct{}
func (hidden) SigningKey() []byte { return nil }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fn := func(name string) *types.Func { return pkg.Scope().Lookup(name).(*types.Func) }
	method := func(typ, name string) *types.Func {
		obj, _, _ := types.LookupFieldOrMethod(pkg.Scope().Lookup(typ).Type(), true, pkg, name)
		return obj.(*types.Func)
	}
	for _, tc := range []struct {
		name  string
		fn    *types.Func
		draws bool
		want  bool
	}{
		{"DefaultSecret", fn("DefaultSecret"), false, true},
		{"RandomString drawing", fn("RandomString"), true, true},
		{"RandomString", fn("RandomString"), false, true}, // random is a key-ish word
		{"GetName", fn("GetName"), true, true},            // text from a package drawing from math/rand
		{"GetName not drawing", fn("GetName"), false, false},
		{"secretKey", fn("secretKey"), false, false},
		{"T.PrivateKey", method("T", "PrivateKey"), false, true},
		{"T.String", method("T", "String"), true, false}, // methods never by randomText
		{"T.Marshal", method("T", "Marshal"), false, false},
		{"Member.Key", method("Member", "Key"), false, false},
		{"Keypair.Key", method("Keypair", "Key"), false, true},
		{"hidden.SigningKey", method("hidden", "SigningKey"), false, false},
	} {
		if got := keyishAPIFunc(tc.fn, tc.draws); got != tc.want {
			t.Errorf("keyishAPIFunc(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
