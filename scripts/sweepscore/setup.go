package main

import (
	"fmt"
	"go/version"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Setup steps: how a repository this machine cannot load as it is is made
// to load, one step a row of setup.tsv.
const (
	// stepToolchain runs the analyzer under GOTOOLCHAIN=VERSION with a
	// jwtlint built by that toolchain: a module whose go.mod says a newer
	// go than the machine's.
	stepToolchain = "toolchain"
	// stepStandin replaces a required module that cannot be downloaded
	// with an empty local module, in the extracted copy's go.mod files.
	stepStandin = "standin"
	// stepPackages restricts the analyzer to a module of the tree and the
	// package patterns given ("packages backend ./internal/oidc/..."; "."
	// for the module at the root): a tree of many modules, or a module
	// whose ./... does not finish in time, is analyzed where its JWT code
	// is. With any such row, the modules no row names are not analyzed.
	stepPackages = "packages"
)

// setup is how one repository is made to load: the rows of setup.tsv for
// it.
type setup struct {
	Toolchain string   // "" for the machine's
	Standins  []string // module paths
	// Packages are the package patterns by module directory (relative to
	// the tree, "." for its root); nil when every module runs ./....
	Packages map[string][]string
	Why      []string // each row's reason, for the log
}

// patterns returns the package patterns the analyzer runs on in the module
// at rel, and false when the module is not analyzed.
func (s *setup) patterns(rel string) ([]string, bool) {
	if s == nil || s.Packages == nil {
		return []string{"./..."}, true
	}
	p, ok := s.Packages[filepath.ToSlash(rel)]
	return p, ok
}

// readSetup reads setup.tsv: repo, step ("toolchain go1.27.3" or "standin
// MODULEPATH") and why. A missing file is no setup.
func readSetup(path string) (map[string]*setup, error) {
	m := map[string]*setup{}
	if path == "" {
		return m, nil
	}
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return m, nil
	}
	rows, err := readTSV(path, "repo", 2)
	if err != nil {
		return nil, err
	}
	for i, f := range rows {
		kind, arg, _ := strings.Cut(strings.TrimSpace(f[1]), " ")
		arg = strings.TrimSpace(arg)
		s := m[f[0]]
		if s == nil {
			s = &setup{}
			m[f[0]] = s
		}
		switch kind {
		case stepToolchain:
			if !version.IsValid(arg) {
				return nil, fmt.Errorf("%s: row %d: toolchain %q, want a Go version such as go1.27.3", path, i+1, arg)
			}
			if s.Toolchain != "" && s.Toolchain != arg {
				return nil, fmt.Errorf("%s: row %d: %s has two toolchains, %s and %s", path, i+1, f[0], s.Toolchain, arg)
			}
			s.Toolchain = arg
		case stepStandin:
			if first, _, _ := strings.Cut(arg, "/"); !strings.Contains(first, ".") || strings.ContainsAny(arg, " \t") {
				return nil, fmt.Errorf("%s: row %d: standin %q, want a module path such as example.com/mod", path, i+1, arg)
			}
			s.Standins = append(s.Standins, arg)
		case stepPackages:
			fields := strings.Fields(arg)
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s: row %d: packages %q, want a module directory and one or more package patterns", path, i+1, arg)
			}
			if s.Packages == nil {
				s.Packages = map[string][]string{}
			}
			dir := filepath.ToSlash(filepath.Clean(fields[0]))
			s.Packages[dir] = append(s.Packages[dir], fields[1:]...)
		default:
			return nil, fmt.Errorf("%s: row %d: step %q, want %q, %q or %q", path, i+1, f[1], stepToolchain+" GOVERSION", stepStandin+" MODULEPATH", stepPackages+" MODULEDIR PATTERN...")
		}
		if len(f) > 2 {
			s.Why = append(s.Why, f[1]+": "+f[2])
		} else {
			s.Why = append(s.Why, f[1])
		}
	}
	return m, nil
}

// setupPath is the setup file of a sweep: -setup, or else setupN.tsv beside
// reposN.tsv.
func setupPath(o options) string {
	if o.setup != "" {
		return o.setup
	}
	dir, base := filepath.Split(o.repos)
	if !strings.HasPrefix(base, "repos") {
		return ""
	}
	return filepath.Join(dir, "setup"+strings.TrimPrefix(base, "repos"))
}

// env is the environment of a repository's go commands and analyzer run.
func (s *setup) env(base []string) []string {
	env := append(base, "GOFLAGS=-mod=mod", "CGO_ENABLED=0")
	if s != nil && s.Toolchain != "" {
		env = append(env, "GOTOOLCHAIN="+s.Toolchain)
	}
	return env
}

// treeEnv is env for the modules of tree: a go.work at its root puts the go
// command in workspace mode, which refuses GOFLAGS=-mod=mod, so GOFLAGS is
// cleared there (the workspace resolves its own modules; exec keeps the
// last value of a variable).
func treeEnv(tree string, env []string) []string {
	if _, err := os.Stat(filepath.Join(tree, "go.work")); err == nil {
		return append(slices.Clip(env), "GOFLAGS=")
	}
	return env
}

// analyzerBinary is the jwtlint the analyzer runs with: -jwtlint, or for a
// toolchain step jwtlint-VERSION in -bindir, built from -src with that
// toolchain when it is not there (go/types refuses a module newer than
// the Go jwtlint was built with).
func (s *setup) analyzerBinary(o options) (string, error) {
	if s == nil || s.Toolchain == "" {
		return o.jwtlint, nil
	}
	dir := o.binDir
	if dir == "" {
		dir = filepath.Join(o.out, "bin")
	}
	bin, err := filepath.Abs(filepath.Join(dir, "jwtlint-"+s.Toolchain))
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	cmd := exec.Command("nice", "-n", "10", "go", "-C", filepath.Join(o.src, "cmd", "jwtlint"), "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN="+s.Toolchain, "GOFLAGS=", "GOWORK=off")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building jwtlint with %s: %v: %s", s.Toolchain, err, tail(b))
	}
	return bin, nil
}

// standinDir is where the empty module standing in for path is written:
// beside the repository's tree under -ext, not in it (no module of the
// tree to analyze).
func standinDir(o options, r repo, path string) string {
	return filepath.Join(o.ext, r.dir()+".standin", strings.ReplaceAll(path, "/", "+"))
}

// applyStandins writes an empty module for each stand-in and replaces the
// module with it in every go.mod of mods that names it (go mod edit
// -replace, run with env). It returns what it did, for the log.
func applyStandins(s *setup, dirOf func(string) string, mods []string, env []string) (string, error) {
	if s == nil {
		return "", nil
	}
	var log strings.Builder
	for _, path := range s.Standins {
		dir, err := filepath.Abs(dirOf(path))
		if err != nil {
			return "", err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+path+"\n"), 0o644); err != nil {
			return "", err
		}
		n := 0
		for _, m := range mods {
			gomod, err := os.ReadFile(filepath.Join(m, "go.mod"))
			if err != nil {
				return "", err
			}
			if !strings.Contains(string(gomod), path) {
				continue
			}
			edit := exec.Command("go", "mod", "edit", "-replace="+path+"="+dir)
			edit.Dir = m
			edit.Env = env
			if b, err := edit.CombinedOutput(); err != nil {
				return "", fmt.Errorf("replacing %s in %s: %v: %s", path, m, err, tail(b))
			}
			n++
		}
		if n == 0 {
			return "", fmt.Errorf("standin %s: no go.mod of the tree names it", path)
		}
		fmt.Fprintf(&log, "setup: %s replaced by the empty module %s in %d go.mod\n", path, dir, n)
	}
	return log.String(), nil
}
