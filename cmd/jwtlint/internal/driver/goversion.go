package driver

import (
	"fmt"
	"go/version"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"
)

// GoVersionError is the error of Analyze when the go command cannot list
// the packages and the go.mod or go.work it checks first says a newer Go
// than the one jwtlint was built with: with GOTOOLCHAIN=local a go command
// of that older Go refuses the module ("go.mod requires go >= 1.27"). A go
// command that fetches the newer toolchain (GOTOOLCHAIN=auto or a version)
// lists it, and then jwtlint type-checks it as the Go it was built with
// (see goCap), with a note; only a jwtlint built with the module's Go
// analyzes every language feature the module may use.
type GoVersionError struct {
	File  string // the go.mod or go.work
	Go    string // its go directive, as written ("1.27", "1.27.0")
	Built string // runtime.Version() of jwtlint
	Err   error  // the go command's
}

func (e *GoVersionError) Error() string {
	return fmt.Sprintf("%s says go %s, newer than the Go jwtlint was built with (%s): %s; the go command said: %s",
		e.File, e.Go, e.Built, rebuildAdvice(e.Go), goCommandMessage(e.Err))
}

func (e *GoVersionError) Unwrap() error { return e.Err }

// rebuildAdvice says how to build a jwtlint for a module whose go directive
// says goVersion.
func rebuildAdvice(goVersion string) string {
	lang := strings.TrimPrefix(version.Lang("go"+goVersion), "go")
	return fmt.Sprintf("rebuild jwtlint with Go %s or later (GOTOOLCHAIN=%s go install github.com/jwtlint/jwtlint/cmd/jwtlint@latest) and run that binary",
		lang, toolchainFor(goVersion))
}

// goCommandMessage is what the go command printed, without go/packages'
// "err: exit status 1: stderr: " in front.
func goCommandMessage(err error) string {
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, "stderr: "); ok && strings.HasPrefix(msg, "err: ") {
		msg = rest
	}
	return strings.TrimSpace(msg)
}

// toolchainFor is the toolchain that a go directive asks for at least: "1.27"
// and "1.27.0" are go1.27.0.
func toolchainFor(goVersion string) string {
	v := "go" + goVersion
	if version.Lang(v) == v {
		return v + ".0"
	}
	return v
}

// newerGo returns a *GoVersionError (with err, the go command's) if the
// go.work (GOWORK in env, or found in dir's ancestors) or else the go.mod
// holding dir ("" for the working directory) says a newer Go language
// version than built, the Go jwtlint was built with (runtime.Version()).
// A missing or unreadable file, or a development build of Go, is not.
func newerGo(dir string, env []string, built string, err error) *GoVersionError {
	if version.Lang(built) == "" {
		return nil
	}
	file, data := goFile(dir, env)
	if data == nil {
		return nil
	}
	var goVersion string
	if filepath.Base(file) == "go.mod" {
		f, err := modfile.ParseLax(file, data, nil)
		if err != nil || f.Go == nil {
			return nil
		}
		goVersion = f.Go.Version
	} else {
		f, err := modfile.ParseWork(file, data, nil)
		if err != nil || f.Go == nil {
			return nil
		}
		goVersion = f.Go.Version
	}
	if version.Compare(version.Lang("go"+goVersion), version.Lang(built)) > 0 {
		return &GoVersionError{File: file, Go: goVersion, Built: built, Err: err}
	}
	return nil
}

// goCap returns the Go language version the packages of the graph are
// type-checked with at most, version.Lang(built), when a module of the
// graph says a newer one (a go command of that newer Go listed it), with a
// note for each such module; else "". go/types refuses a package for a Go
// newer than itself ("package requires newer Go version", on every
// package) but checks it all the same: capped, only the code that uses a
// newer language feature is a type error, analyzed in part, and so is what
// imports export data the importer cannot read (go1.27's math/rand/v2:
// "function with type parameters cannot have a receiver"), see
// loader.loadExport.
func goCap(pkgs []*packages.Package, built string) (string, []string) {
	lang := version.Lang(built)
	if lang == "" {
		return "", nil
	}
	var notes []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		m := p.Module
		if m == nil || m.GoVersion == "" || seen[m.Path] {
			return
		}
		seen[m.Path] = true
		if version.Compare(version.Lang("go"+m.GoVersion), lang) > 0 {
			notes = append(notes, fmt.Sprintf("module %s says go %s, newer than the Go jwtlint was built with (%s): its packages were type-checked as Go %s, and what uses a newer language feature, in its code or in the export data the newer toolchain compiled (its standard library's included), is a type error, analyzed in part; %s",
				m.Path, m.GoVersion, built, strings.TrimPrefix(lang, "go"), rebuildAdvice(m.GoVersion)))
		}
	})
	if notes == nil {
		return "", nil
	}
	return lang, notes
}

// goFile returns the name and contents of the file whose go directive the
// go command checks first in dir: the go.work in use (GOWORK, else the
// nearest in dir's ancestors), else the nearest go.mod. data is nil when
// there is none.
func goFile(dir string, env []string) (string, []byte) {
	gowork, set := os.LookupEnv("GOWORK")
	if env != nil {
		gowork, set = "", false
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, "GOWORK="); ok {
				gowork, set = v, true
			}
		}
	}
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", nil
	}
	if set && gowork != "" && gowork != "off" {
		if !filepath.IsAbs(gowork) {
			return "", nil // the go command refuses it
		}
		data, err := os.ReadFile(gowork)
		if err != nil {
			return "", nil
		}
		return gowork, data
	}
	var mod string
	var modData []byte
	for {
		if modData == nil {
			if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
				mod, modData = filepath.Join(d, "go.mod"), data
			}
		}
		if gowork != "off" {
			if data, err := os.ReadFile(filepath.Join(d, "go.work")); err == nil {
				return filepath.Join(d, "go.work"), data
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return mod, modData
		}
		d = parent
	}
}
