package scan

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// benchTree writes a tree of 1000 Go files in 100 packages, one in ten
// importing a JWT library, into dir.
func benchTree(b *testing.B, dir string) {
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
}

// BenchmarkLoadCodeNames reads a generated tree of 1000 Go files in 100
// packages, one in ten importing a JWT library, as jwtlint scan does before
// every scan of a repository.
func BenchmarkLoadCodeNames(b *testing.B) {
	dir := b.TempDir()
	benchTree(b, dir)
	b.ResetTimer()
	for range b.N {
		if n := loadCodeNames(dir, func(string, ...any) {}); len(n) != 10 {
			b.Fatalf("%d names, want 10", len(n))
		}
	}
}

// BenchmarkLoadTreeCodeNames reads the same tree from HEAD of a bare
// repository, as jwtlint scan --git does on a bare mirror.
func BenchmarkLoadTreeCodeNames(b *testing.B) {
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git not installed")
	}
	dir, bare := b.TempDir(), filepath.Join(b.TempDir(), "big.git")
	benchTree(b, dir)
	for _, args := range [][]string{
		{"-C", dir, "init", "-q", "-b", "main"}, {"-C", dir, "add", "-A"},
		{"-C", dir, "-c", "user.name=B", "-c", "user.email=b@example.com", "commit", "-q", "-m", "tree"},
		{"clone", "-q", "--bare", dir, bare},
	} {
		cmd := exec.Command("git", args...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	b.ResetTimer()
	for range b.N {
		if n, _ := loadTreeCodeNames(b.Context(), bare, func(string, ...any) {}); len(n) != 10 {
			b.Fatalf("%d names, want 10", len(n))
		}
	}
}
