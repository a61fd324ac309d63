package scan

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLoadCodeNames reads a generated tree of 1000 Go files in 100
// packages, one in ten importing a JWT library, as jwtlint scan does before
// every scan of a repository.
func BenchmarkLoadCodeNames(b *testing.B) {
	dir := b.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	write("go.mod", "module example.com/big\n\ngo 1.22\n")
	for p := range 100 {
		for f := range 10 {
			body := fmt.Sprintf("package p%d\n\nimport (\n\t\"os\"\n\t\"strings\"\n)\n\nfunc F%d(s string) string {\n\treturn strings.ToUpper(s) + os.Getenv(\"VAR_%d_%d\")\n}\n", p, f, p, f)
			if f == 0 && p%10 == 0 {
				body = fmt.Sprintf("package p%d\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc F%d(c jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(os.Getenv(\"P%d_SECRET\")))\n}\n", p, f, p)
			}
			write(fmt.Sprintf("p%d/f%d.go", p, f), body)
		}
	}
	b.ResetTimer()
	for range b.N {
		if n := loadCodeNames(dir, func(string, ...any) {}); len(n) != 10 {
			b.Fatalf("%d names, want 10", len(n))
		}
	}
}
