package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
)

// reservedModule is the one module path the go command refuses in a main
// module's go.mod since Go 1.21, where "go" names the toolchain in the
// module graph: "go: error reading go.mod: invalid module path". Modules
// written for older versions still say "module go" and import their own
// packages as "go/...": no go command of today loads them, so no tool
// built on go/packages analyzes them.
const reservedModule = "go"

// RenamedModule is the path a module named "go" is analyzed under.
const RenamedModule = "jwtlint.invalid/go"

// renaming is an analysis of a module named "go" under RenamedModule: the
// go commands read a go.mod that names RenamedModule (-modfile) and an
// overlay (-overlay) in which every Go file of the module imports the
// module's own packages under it; the parser reads the same files. Nothing
// of the user's changes: both are in a temporary directory.
type renaming struct {
	root  string            // the module's directory
	files map[string][]byte // absolute file name: contents (go.mod and the rewritten Go files)
	dir   string            // temporary directory holding the overlay
	flags []string          // the go commands' -modfile and -overlay
}

// renameReservedModule returns the renaming of the module holding dir
// ("" for the working directory) if its go.mod names it "go", else nil.
// A go.work in dir's ancestors leaves it alone: the workspace decides.
func renameReservedModule(dir string) (*renaming, error) {
	root, gomod, err := enclosingModule(dir)
	if err != nil || gomod == nil || modfile.ModulePath(gomod) != reservedModule {
		return nil, err
	}
	f, err := modfile.ParseLax(filepath.Join(root, "go.mod"), gomod, nil)
	if err != nil {
		return nil, err
	}
	if err := f.AddModuleStmt(RenamedModule); err != nil {
		return nil, err
	}
	newMod, err := f.Format()
	if err != nil {
		return nil, err
	}
	r := &renaming{root: root, files: map[string][]byte{filepath.Join(root, "go.mod"): newMod}}
	if err := r.rewriteImports(); err != nil {
		return nil, err
	}
	if err := r.write(); err != nil {
		return nil, err
	}
	return r, nil
}

// enclosingModule finds the go.mod of the module holding dir; a go.work
// found on the way up (or GOWORK set) means no single module: nil.
func enclosingModule(dir string) (string, []byte, error) {
	if w := os.Getenv("GOWORK"); w != "" && w != "off" {
		return "", nil, nil
	}
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, err
	}
	for {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			return d, data, nil
		}
		if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
			return "", nil, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", nil, nil
		}
		d = parent
	}
}

// rewriteImports rewrites, in every Go file of the module (not in vendor,
// testdata, nested modules or directories the go command ignores), the
// imports of the module's own packages: "go" and "go/X/..." where X is a
// top-level directory of the module that the standard library's go/ tree
// does not have. Only the import paths change, so every other position
// stays where it is.
func (r *renaming) rewriteImports() error {
	stdGo := filepath.Join(build.Default.GOROOT, "src", "go")
	own := func(path string) bool {
		if path == reservedModule {
			return true
		}
		rest, ok := strings.CutPrefix(path, reservedModule+"/")
		if !ok {
			return false
		}
		top, _, _ := strings.Cut(rest, "/")
		if fi, err := os.Stat(filepath.Join(r.root, top)); err != nil || !fi.IsDir() {
			return false
		}
		_, err := os.Stat(filepath.Join(stdGo, top))
		return err != nil
	}
	return filepath.WalkDir(r.root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != r.root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != r.root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out, changed := rewriteFileImports(path, src, own)
		if changed {
			r.files[path] = out
		}
		return nil
	})
}

// rewriteFileImports returns src with the import paths own accepts moved
// under RenamedModule. A file that does not parse is left as it is: the
// parser reports it.
func rewriteFileImports(name string, src []byte, own func(string) bool) ([]byte, bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
	if err != nil {
		return src, false
	}
	var out bytes.Buffer
	last := 0
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || !own(path) {
			continue
		}
		start := fset.Position(spec.Path.Pos()).Offset
		end := fset.Position(spec.Path.End()).Offset
		out.Write(src[last:start])
		out.WriteString(strconv.Quote(RenamedModule + strings.TrimPrefix(path, reservedModule)))
		last = end
	}
	if last == 0 {
		return src, false
	}
	out.Write(src[last:])
	return out.Bytes(), true
}

// write puts the overlay's files and its JSON into a temporary directory.
func (r *renaming) write() error {
	dir, err := os.MkdirTemp("", "jwtlint-overlay-")
	if err != nil {
		return err
	}
	r.dir = dir
	// go.mod goes to the go commands as -modfile, with a copy of go.sum
	// beside it, not in the overlay: with -mod=mod the go command may
	// update it, which it refuses for an overlaid go.mod (and the user's
	// go.mod must not change).
	gomod := filepath.Join(r.root, "go.mod")
	modFile := filepath.Join(dir, "go.mod")
	if err := os.WriteFile(modFile, r.files[gomod], 0o600); err != nil {
		r.remove()
		return err
	}
	if sum, err := os.ReadFile(filepath.Join(r.root, "go.sum")); err == nil {
		if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o600); err != nil {
			r.remove()
			return err
		}
	}
	replace := map[string]string{}
	i := 0
	for name, data := range r.files {
		if name == gomod {
			continue
		}
		tmp := filepath.Join(dir, fmt.Sprintf("%d-%s", i, filepath.Base(name)))
		i++
		if err := os.WriteFile(tmp, data, 0o600); err != nil {
			r.remove()
			return err
		}
		replace[name] = tmp
	}
	js, err := json.Marshal(struct{ Replace map[string]string }{replace})
	if err != nil {
		r.remove()
		return err
	}
	file := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(file, js, 0o600); err != nil {
		r.remove()
		return err
	}
	r.flags = []string{"-modfile=" + modFile, "-overlay=" + file}
	return nil
}

// remove deletes the temporary directory; the parser reads r.files.
func (r *renaming) remove() {
	if r != nil && r.dir != "" {
		os.RemoveAll(r.dir)
	}
}

// note says what the analysis did, for the user.
func (r *renaming) note() string {
	return fmt.Sprintf("%s names the module %q, which the go command refuses since Go 1.21 (invalid module path); analyzed in memory as %q, its own imports rewritten (no file changed)",
		filepath.Join(r.root, "go.mod"), reservedModule, RenamedModule)
}
