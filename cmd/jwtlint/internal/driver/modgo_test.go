package driver

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRenameReservedModule: a module named "go" gets an overlay in which
// go.mod names RenamedModule and only the module's own imports move under
// it: the standard library's go/... stay, so do vendor/, testdata/ and
// nested modules; lines stay where they are; nothing on disk changes.
func TestRenameReservedModule(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"go.mod":           "module go // the old way\n\ngo 1.15\n",
		"keys/keys.go":     "package keys\n",
		"build/build.go":   "package build\n", // shadowed by the standard library's go/build
		"main.go":          "package main\n\nimport (\n\t\"go/ast\"\n\t\"go/build\"\n\tk \"go/keys\"\n\t_ \"go\"\n)\n\nvar _ = k.X\n",
		"vendor/v/v.go":    "package v\n\nimport \"go/keys\"\n",
		"testdata/t/t.go":  "package t\n\nimport \"go/keys\"\n",
		"nested/go.mod":    "module go\n",
		"nested/n.go":      "package n\n\nimport \"go/keys\"\n",
		"broken/broken.go": "package broken\n\nimport \"go/keys\n",
		"other/other.go":   "package other\n\nimport \"fmt\"\n",
	}
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOWORK", "")
	r, err := renameReservedModule(filepath.Join(root, "keys"))
	if err != nil || r == nil {
		t.Fatalf("renameReservedModule = %v, %v; want a renaming", r, err)
	}
	defer r.remove()
	var got []string
	for name := range r.files {
		rel, _ := filepath.Rel(root, name)
		got = append(got, filepath.ToSlash(rel))
	}
	if strings.Join(slices.Sorted(slices.Values(got)), " ") != "go.mod main.go" {
		t.Errorf("overlay holds %v, want go.mod and main.go", got)
	}
	if mod := string(r.files[filepath.Join(root, "go.mod")]); !strings.Contains(mod, "module "+RenamedModule) || !strings.Contains(mod, "go 1.15") {
		t.Errorf("overlay go.mod:\n%s", mod)
	}
	wantMain := "package main\n\nimport (\n\t\"go/ast\"\n\t\"go/build\"\n\tk \"" + RenamedModule + "/keys\"\n\t_ \"" + RenamedModule + "\"\n)\n\nvar _ = k.X\n"
	if main := string(r.files[filepath.Join(root, "main.go")]); main != wantMain {
		t.Errorf("overlay main.go:\n%s\nwant:\n%s", main, wantMain)
	}
	if len(r.flags) != 2 || !strings.HasPrefix(r.flags[0], "-modfile=") || !strings.HasPrefix(r.flags[1], "-overlay=") {
		t.Errorf("flags %q", r.flags)
	} else {
		for _, f := range r.flags {
			if _, err := os.Stat(f[strings.Index(f, "=")+1:]); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
	for name, content := range files {
		if b, _ := os.ReadFile(filepath.Join(root, filepath.FromSlash(name))); string(b) != content {
			t.Errorf("%s changed on disk", name)
		}
	}
	dir := r.dir
	r.remove()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("temporary directory %s left behind", dir)
	}

	// Any other module, and a workspace, are left alone.
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := renameReservedModule(root); r != nil || err != nil {
		t.Errorf("module example.com/m: renaming %v, %v; want none", r, err)
	}
	t.Setenv("GOWORK", filepath.Join(root, "go.work"))
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module go\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := renameReservedModule(root); r != nil || err != nil {
		t.Errorf("under GOWORK: renaming %v, %v; want none", r, err)
	}
}
