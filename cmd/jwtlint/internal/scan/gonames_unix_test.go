//go:build unix

package scan

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Reading the tree's Go code never blocks on a FIFO named go.mod or x.go.
func TestCodeNamesFIFO(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "auth.go"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package sub\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc S() (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv(\"APP_SECRET\")))\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "sub", "sub.go"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan codeNames, 1)
	go func() { done <- loadCodeNames(dir, func(string, ...any) {}) }()
	select {
	case names := <-done:
		if !names["appsecret"] {
			t.Errorf("names %v lack appsecret", names)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("loadCodeNames blocked on a FIFO")
	}
}
