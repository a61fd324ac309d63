package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EModuleNamedGo: 2943785277/go-admin at 8d08aece names its module
// "go" (go.mod: module go; its packages import "go/http/...", "go/service/...").
// The go command refuses such a go.mod since Go 1.21 (invalid module path),
// so no go/packages tool analyzes it, and jwtlint missed an empty HMAC key
// (http/middleware/my_jwt/my_jwt.go:14, signed at :22 and :24) and a keyfunc
// with no method check (service/My_token/My_token.go:32). The standalone
// driver analyzes it in memory under driver.RenamedModule (an overlay: the
// module's own imports rewritten, the standard library's go/... left as
// they are), says so, and changes no file.
func TestE2EModuleNamedGo(t *testing.T) {
	mainGo := `package main

import (
	"go/ast"
	"go/keys"

	"github.com/golang-jwt/jwt/v5"
)

var _ ast.Node

func main() {
	jwt.New(jwt.SigningMethodHS256).SignedString(keys.Secret)
}
`
	goMod := strings.Replace(hostileGoMod, "module example.com/hostile", "module go", 1)
	dir := hostileModule(t, map[string]string{
		"go.mod": goMod,
		"keys/keys.go": `package keys

// Secret is never set: the key is empty.
var Secret = []byte("")
`,
		"main.go": mainGo,
	})
	code, stdout, stderr := runHostile(t, dir, "./...")
	if code != 3 || !strings.Contains(stderr, "main.go:13:47: empty HMAC key passed to (*jwt.Token).SignedString") {
		t.Errorf("exit %d; the empty key of a module named go is not reported at main.go:13:47:\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, `jwtlint: note: `) || !strings.Contains(stderr, `analyzed in memory as "jwtlint.invalid/go"`) {
		t.Errorf("no note says the module was renamed:\n%s", stderr)
	}
	for name, want := range map[string]string{"go.mod": goMod, "main.go": mainGo} {
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(got) != want {
			t.Errorf("%s changed on disk (err %v):\n%s", name, err, got)
		}
	}
	// With -mod=mod the go command may update go.mod (here: a go.mod
	// without its go directive): it updates jwtlint's copy, never the
	// user's (an overlaid go.mod would make it refuse).
	noGo := strings.Replace(goMod, "go 1.22\n", "", 1)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(noGo), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runIn(t, dir, append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"), "./...")
	if code != 3 || !strings.Contains(stderr, "(short-key)") {
		t.Errorf("GOFLAGS=-mod=mod: exit %d, the empty key is not reported:\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "go.mod")); string(got) != noGo {
		t.Errorf("go.mod changed under -mod=mod:\n%s", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(goMod), 0o644); err != nil {
		t.Fatal(err)
	}
	// SARIF carries the note as a notification and the finding.
	_, sarif, stderr := runHostile(t, dir, "sarif", "./...")
	if !strings.Contains(sarif, `"ruleId": "short-key"`) || !strings.Contains(sarif, "jwtlint.invalid/go") {
		t.Errorf("sarif lacks the finding or the note:\n%s\nstderr:\n%s", sarif, stderr)
	}
}
