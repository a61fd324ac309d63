// Package analyzer is jwtlint's go/analysis pass: it knows where each Go JWT
// library takes a key, an algorithm or a keyfunc, traces where keys come from,
// and reports hard-coded, predictable and undersized keys and token parsing
// that accepts any algorithm.
//
// One analyzer runs every rule; each diagnostic's Category is the rule ID and
// [Analyzer.URL]#ID documents it. Build one with [New] and a [Config], or use
// the default [Analyzer], whose flags set its own Config.
package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// URL is where the rules are documented; a rule's anchor is its ID.
const URL = "https://github.com/jwtlint/jwtlint"

// Config selects what the analyzer reports. The zero value enables every rule
// on non-test code. Its JSON names are the golangci-lint plugin's settings and
// match the flags.
type Config struct {
	// Disable lists rule IDs not to report.
	Disable []string `json:"disable,omitempty"`
	// Enable, when not empty, lists the only rule IDs to report.
	Enable []string `json:"enable,omitempty"`
	// IncludeTests reports test code too (_test.go files and files
	// importing "testing"), which is silent by default for every rule:
	// tests legitimately sign with fixed keys, parse without checks and
	// draw keys from math/rand.
	IncludeTests bool `json:"include-tests,omitempty"`
	// ExtraSources names functions (types.Func.FullName form) whose results
	// come from outside the program, like os.Getenv, so a key they return is
	// never hard-coded (for an in-house secrets client).
	ExtraSources []string `json:"sources,omitempty"`
}

// Validate reports an unknown rule ID in cfg, with the rule it most likely
// means.
func (cfg Config) Validate() error {
	for _, id := range slices.Concat(cfg.Disable, cfg.Enable) {
		if ruleByID(id) == nil {
			return errors.New(UnknownRule(id))
		}
	}
	return nil
}

func (cfg *Config) enabled(id string) bool {
	if len(cfg.Enable) > 0 && !slices.Contains(cfg.Enable, id) {
		return false
	}
	return !slices.Contains(cfg.Disable, id)
}

// New returns an analyzer that applies cfg. It does not validate cfg: call
// [Config.Validate] first where the configuration comes from users.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name: "jwtlint",
		Doc:  doc(),
		URL:  URL,
		Run:  func(pass *analysis.Pass) (any, error) { return run(pass, c) },
		// Packages with type errors, or whose dependencies have them, are
		// analyzed where their types are complete (complete.go).
		RunDespiteErrors: true,
		ResultType:       reflect.TypeFor[*Result](),
		FactTypes:        []analysis.Fact{new(funcFact), new(varFact), new(pkgFact), new(heldFuncFact), new(configFact), new(initFact), new(initZeroFact)},
	}
	bindFlags(&a.Flags, c)
	return a
}

// Analyzer is the default jwtlint analyzer; its flags set its Config.
var Analyzer = New(Config{})

func doc() string {
	var b strings.Builder
	b.WriteString("report weak, hard-coded and misused JWT keys\n\n")
	b.WriteString("jwtlint follows where the keys of Go JWT libraries come from and reports:\n")
	for _, r := range Rules() {
		fmt.Fprintf(&b, "  %-18s %s\n", r.ID, r.Title)
	}
	return b.String()
}

type listFlag struct{ list *[]string }

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(s string) error {
	*f.list = nil
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			*f.list = append(*f.list, id)
		}
	}
	return nil
}

func bindFlags(fs *flag.FlagSet, cfg *Config) {
	fs.Var(listFlag{&cfg.Disable}, "disable", "comma-separated rule IDs not to report")
	fs.Var(listFlag{&cfg.Enable}, "enable", "comma-separated rule IDs to report (default: all)")
	fs.BoolVar(&cfg.IncludeTests, "include-tests", cfg.IncludeTests, "report test code too (_test.go files and files importing testing)")
	fs.Var(listFlag{&cfg.ExtraSources}, "sources", "comma-separated functions (full names) whose results are secrets from outside the program")
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	pass = withPositionedFiles(pass)
	jwt := importsJWT(pass)
	if !relevant(pass, jwt) {
		return &Result{}, nil
	}
	c := newChecker(pass, cfg)
	c.jwt = jwt
	return c.check(), nil
}

// isTestFile reports whether f is test code: a _test.go file or a file that
// imports "testing".
func isTestFile(fset *token.FileSet, f *ast.File) bool {
	if strings.HasSuffix(fset.File(f.Pos()).Name(), "_test.go") {
		return true
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"testing"` {
			return true
		}
	}
	return false
}

// withPositionedFiles returns pass, or a copy of it without the files the
// parser could not give a position (a file without a package clause comes
// back empty, at token.NoPos, when the driver runs despite errors): nothing
// in them can be analyzed, and every rule may ask for a file's token.File.
func withPositionedFiles(pass *analysis.Pass) *analysis.Pass {
	files := slices.DeleteFunc(slices.Clone(pass.Files), func(f *ast.File) bool {
		return pass.Fset.File(f.Pos()) == nil
	})
	if len(files) == len(pass.Files) {
		return pass
	}
	p := *pass
	p.Files = files
	return &p
}
