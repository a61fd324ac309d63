package driver

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newerGo reads the go directive the go command checks first: the go.work
// in use, else the module's go.mod; it names the file and keeps the go
// command's message without go/packages' prefix.
func TestNewerGo(t *testing.T) {
	root := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("new/go.mod", "module example.com/new\n\ngo 1.27\n")
	write("old/go.mod", "module example.com/old\n\ngo 1.22\n")
	write("patch/go.mod", "module example.com/patch\n\ngo 1.26.9\n")
	write("ws/go.work", "go 1.27.1\n\nuse ./m\n")
	write("ws/m/go.mod", "module example.com/m\n\ngo 1.22\n")
	goErr := errors.New("err: exit status 1: stderr: go: go.mod requires go >= 1.27 (running go 1.26.8; GOTOOLCHAIN=local)\n")
	for _, c := range []struct {
		dir   string
		env   []string
		built string
		file  string // "" for no error
	}{
		{"new", []string{}, "go1.26.8", "new/go.mod"},
		{"old", []string{}, "go1.26.8", ""},
		{"patch", []string{}, "go1.26.8", ""}, // same language version
		{"new", []string{}, "go1.27.3", ""},
		{"new", []string{}, "devel go1.27-abcdef", ""},
		{"ws/m", []string{}, "go1.26.8", "ws/go.work"},
		{"ws/m", []string{"GOWORK=off"}, "go1.26.8", ""},
		{"old", []string{"GOWORK=" + filepath.Join(root, "ws", "go.work")}, "go1.26.8", "ws/go.work"},
	} {
		e := newerGo(filepath.Join(root, c.dir), c.env, c.built, goErr)
		switch {
		case c.file == "" && e != nil:
			t.Errorf("%s %v %s: %v, want none", c.dir, c.env, c.built, e)
		case c.file != "" && (e == nil || e.File != filepath.Join(root, filepath.FromSlash(c.file))):
			t.Errorf("%s %v %s: %v, want an error naming %s", c.dir, c.env, c.built, e, c.file)
		}
	}
	e := newerGo(filepath.Join(root, "new"), []string{}, "go1.26.8", goErr)
	want := "new/go.mod says go 1.27, newer than the Go jwtlint was built with (go1.26.8): rebuild jwtlint with Go 1.27 or later (GOTOOLCHAIN=go1.27.0 go install github.com/jwtlint/jwtlint/cmd/jwtlint@latest) and run that binary; the go command said: go: go.mod requires go >= 1.27 (running go 1.26.8; GOTOOLCHAIN=local)"
	if !strings.HasSuffix(e.Error(), want) || !errors.Is(e, goErr) {
		t.Errorf("got %q\nwant it to end in %q and wrap the go command's error", e, want)
	}
	if got := toolchainFor("1.27.2"); got != "go1.27.2" {
		t.Errorf("toolchainFor(1.27.2) = %s", got)
	}
}
