package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestShortPath(t *testing.T) {
	for _, tc := range []struct{ wd, file, want string }{
		{"/home/u/app", "/home/u/app/main.go", "./main.go"},
		{"/home/u/app", "/home/u/app/internal/auth/jwt.go", "internal/auth/jwt.go"},
		{"/home/u/app/cmd", "/home/u/app/auth/jwt.go", "../auth/jwt.go"},
		{"/home/u/app/a/b/c/d", "/x/y.go", "/x/y.go"},                               // ../../../../../../x is longer
		{"/home/u/app", "/root/go/pkg/mod/m@v1/k.go", "/root/go/pkg/mod/m@v1/k.go"}, // idem
		{"/home/u/app", "relative/x.go", "relative/x.go"},
		{"", "/home/u/app/main.go", "/home/u/app/main.go"},
	} {
		if got := ShortPath(tc.wd, filepath.FromSlash(tc.file)); got != filepath.FromSlash(tc.want) {
			t.Errorf("ShortPath(%q, %q) = %q, want %q", tc.wd, tc.file, got, tc.want)
		}
	}
}

func TestTextPrinter(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nvar key = \"k\"\n\nfunc f() { use(key) }\n"
	file := filepath.Join(dir, "pkg", "p.go")
	os.MkdirAll(filepath.Dir(file), 0o755)
	os.WriteFile(file, []byte(src), 0o644)
	fset := token.NewFileSet()
	tf := fset.AddFile(file, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := func(off int) token.Pos { return tf.Pos(off) }
	d := analysis.Diagnostic{
		Pos: at(strings.Index(src, "key)")), End: at(strings.Index(src, "key)") + 3), Message: "hard-coded key (hardcoded-key)",
		Related: []analysis.RelatedInformation{{Pos: at(strings.Index(src, `"k"`)), Message: "the key is written here"}},
	}
	var b strings.Builder
	if err := (TextPrinter{WD: dir, Context: -1}).Print(&b, fset, d); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("pkg", "p.go")
	want := p + ":5:16: hard-coded key (hardcoded-key)\n" + p + ":3:11: \tthe key is written here\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	(TextPrinter{WD: filepath.Join(dir, "pkg"), Context: 1}).Print(&b, fset, d)
	want = "./p.go:5:16: hard-coded key (hardcoded-key)\n4\t\n5\tfunc f() { use(key) }\n6\t\n" +
		"./p.go:3:11: \tthe key is written here\n2\t\n3\tvar key = \"k\"\n4\t\n"
	if b.String() != want {
		t.Errorf("with context, got\n%s\nwant\n%s", b.String(), want)
	}
}
