package scan

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pemOf returns a PEM block of the given type holding der.
func pemOf(typ string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

// TestKeyFiles: a committed PEM private key is committed-secret where the
// Go code reads it in a function that parses a private key in a file that
// imports a JWT library (a path joined from a setting's literal default,
// a go:embed); a public key the same code reads, a key a function of the
// same file that parses none reads, a TLS key read by code that imports no
// JWT library, a test fixture no code reads and an untracked key are not.
// The key is never printed.
func TestKeyFiles(t *testing.T) {
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ek, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(rk)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := x509.MarshalECPrivateKey(ek)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&rk.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	private := pemOf("PRIVATE KEY", pkcs8)
	pkcs1 := pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rk))
	r := newRepo(t)
	r.write(map[string]string{
		"go.mod":                "module example.com/app\n",
		"conf/cert_private.pem": private,
		"conf/cert_public.pem":  pemOf("PUBLIC KEY", pub),
		"conf/tls.key":          pkcs1,
		"certs/server.key":      pkcs1,
		"testdata/fixture.pem":  private,
		"keys/signing.pem":      "# the signing key\n" + pemOf("EC PRIVATE KEY", ec),
		"pkg/utils/conf.go": "package utils\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\n" +
			"func GetEnvString(key, def string) string {\n\tif v := os.Getenv(key); v != \"\" {\n\t\treturn v\n\t}\n\treturn def\n}\n\n" +
			"func GetPrivateKey() (any, error) {\n\tdir := GetEnvString(\"APP_CONF_DIR_NAME\", \"conf\")\n\tp := filepath.Join(dir, \"cert_private.pem\")\n\tb, err := os.ReadFile(p)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn jwt.ParseRSAPrivateKeyFromPEM(b)\n}\n\n" +
			"func GetPublicKey() (any, error) {\n\tb, err := os.ReadFile(\"conf/cert_public.pem\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn jwt.ParseRSAPublicKeyFromPEM(b)\n}\n\n" +
			"func TLSKey() ([]byte, error) { return os.ReadFile(\"conf/tls.key\") }\n",
		"keys/keys.go": "package keys\n\nimport (\n\t_ \"embed\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\n//go:embed signing.pem\nvar signing []byte\n\n" +
			"func Key() (any, error) { return jwt.ParseECPrivateKeyFromPEM(signing) }\n",
		"tls/server.go": "package tls\n\nimport (\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n\t\"os\"\n)\n\n" +
			"func Key() (any, error) {\n\tb, err := os.ReadFile(\"certs/server.key\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tblk, _ := pem.Decode(b)\n\treturn x509.ParsePKCS1PrivateKey(blk.Bytes)\n}\n",
	})
	r.commit("add keys")
	r.write(map[string]string{"svc/conf/cert_private.pem": private}) // untracked
	body := strings.Split(private, "\n")[5]
	want := []string{"committed-secret conf/cert_private.pem:1", "committed-secret keys/signing.pem:2"}
	for _, args := range [][]string{{"--format", "json", r.dir}, {"--git", "--format", "json", r.dir}} {
		_, out, errs := scan(t, args...)
		fs := decode(t, out)
		if got := summary(fs); !slices.Equal(got, want) {
			t.Errorf("scan %v: findings %v (stderr %s), want %v", args, got, errs, want)
		}
		if strings.Contains(out, body) {
			t.Errorf("scan %v printed the private key", args)
		}
		for _, f := range fs {
			if !f.Committed || f.Name != "private key" || !strings.HasPrefix(f.Fix, "openssl genpkey -algorithm ") {
				t.Errorf("scan %v: finding %+v, want committed with a command making a new key", args, f)
			}
		}
	}
	// Outside a repository (an extracted archive) the key files are
	// reported, not known to be committed; the one git does not track too.
	tree := t.TempDir()
	if err := os.CopyFS(tree, os.DirFS(r.dir)); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(tree, ".git")); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", tree)
	fs := decode(t, out)
	if got, want := summary(fs), append(want, "committed-secret svc/conf/cert_private.pem:1"); !slices.Equal(got, want) || fs[0].Committed {
		t.Errorf("scan of a tree outside git: findings %+v (stderr %s), want %v, not committed", fs, errs, want)
	}
	_, out, _ = scan(t, "--format", "json", r.dir)
	if !strings.Contains(out, "a private key the code signs JWTs with is committed: anyone with a clone can sign tokens; "+
		"remove it from the repository and its history, load it from a secret store, rotate it (pkg/utils/conf.go:20 reads it)") {
		t.Errorf("detail does not say where the code reads the key:\n%s", out)
	}
}

// TestKeyPathEval: the paths read are evaluated from literals, constants,
// locals, joins, + and settings' defaults; unknown first elements leave
// the known last ones, matched as a suffix.
func TestKeyPathEval(t *testing.T) {
	for _, tc := range []struct {
		rel   string
		match bool
	}{
		{"conf/a.pem", true},
		{"svc/conf/a.pem", true},
		{"conf/b.pem", true},
		{"x/keys/c.pem", true},
		{"d.pem", true},
		{"sub/d.pem", true},
		{"abs/e.pem", true},
		{"xd.pem", false},
		{"conf/other.pem", false},
	} {
		k := &keyFiles{}
		k.add("./conf/a.pem", true, "a.go:1")
		k.add("../conf/b.pem", true, "a.go:2")
		k.add("keys/c.pem", false, "a.go:3")
		k.add("d.pem", false, "a.go:4")
		k.add("/srv/app/abs/e.pem", true, "a.go:5")
		if got := k.match(tc.rel) != ""; got != tc.match {
			t.Errorf("match(%q) = %v, want %v", tc.rel, got, tc.match)
		}
	}
}

// TestPathEval: what pathEval makes of the expressions a path is read at.
func TestPathEval(t *testing.T) {
	src := "package p\n\nimport (\n\t\"path\"\n\t\"path/filepath\"\n)\n\nconst dir = \"keys\"\n\n" +
		"func f(cfg struct{ Dir, Path string }) {\n" +
		"\ta := \"conf/a.pem\"\n" +
		"\tb := filepath.Join(dir, \"b.pem\")\n" +
		"\tc := cfg.Dir + \"/c.pem\"\n" +
		"\td := path.Join(cfg.Dir, \"sub\", \"d.pem\")\n" +
		"\te := getEnv(\"KEY_DIR\", \"etc\") + \"/e.pem\"\n" +
		"\tg := \"./x/\" + \"g.pem\"\n" +
		"\th := cfg.Path\n" +
		"\ti := cfg.Dir + \"i.pem\"\n" +
		"\tj := filepath.Join(c, \"j.pem\")\n" +
		"\t_, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, i, j\n}\n"
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
	e := pathEval{c: newFileCalls(&goFile{file: f}), local: localValues(fd), consts: fileValues(f)}
	for _, tc := range []struct {
		name, want string
		exact, ok  bool
	}{
		{"a", "conf/a.pem", true, true},
		{"b", "keys/b.pem", true, true},
		{"c", "c.pem", false, true},
		{"d", "sub/d.pem", false, true},
		{"e", "etc/e.pem", true, true},
		{"g", "./x/g.pem", true, true},
		{"h", "", false, false},
		{"i", "", false, false},
		{"j", "c.pem/j.pem", false, true},
	} {
		got, exact, ok := e.eval(ast.NewIdent(tc.name), 0)
		if got != tc.want || exact != tc.exact || ok != tc.ok {
			t.Errorf("eval(%s) = %q, %v, %v, want %q, %v, %v", tc.name, got, exact, ok, tc.want, tc.exact, tc.ok)
		}
	}
}

// TestPrivateKeyPEM: an unencrypted private key block is found after other
// blocks; a public key, a certificate request and an encrypted key are not
// private keys one can sign with.
func TestPrivateKeyPEM(t *testing.T) {
	der := []byte{0x30, 0x03, 0x02, 0x01, 0x00}
	for _, tc := range []struct {
		doc   string
		first int
	}{
		{pemOf("PUBLIC KEY", der) + pemOf("PRIVATE KEY", der), 4},
		{"x\n" + pemOf("RSA PRIVATE KEY", der), 2},
		{pemOf("PUBLIC KEY", der), 0},
		{pemOf("ENCRYPTED PRIVATE KEY", der), 0},
		{string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-128-CBC,00"}, Bytes: der})), 0},
		{"-----BEGIN PRIVATE KEY-----\nnot base64\n", 0},
	} {
		blk, first, last := privateKeyPEM([]byte(tc.doc))
		if first != tc.first || (blk == nil) != (tc.first == 0) || blk != nil && last != first+2 {
			t.Errorf("privateKeyPEM(%q) = %v, %d, %d, want first line %d", tc.doc, blk, first, last, tc.first)
		}
	}
}
