// Package gclplugin registers jwtlint as a golangci-lint v2 module plugin.
//
// A custom golangci-lint build (golangci-lint custom with .custom-gcl.yml, or
// the tools/gcl module of this repository) imports this package for its
// side effect; .golangci.yml then enables the linter:
//
//	linters:
//	  enable: [jwtlint]
//	  settings:
//	    custom:
//	      jwtlint:
//	        type: module
//	        settings:
//	          disable: [short-key]
//	          include-tests: false
//	          sources: ["example.com/vault.(*Client).Secret"]
//
// The settings are [analyzer.Config]'s JSON names, which match the command's
// flags; an unknown setting or rule ID is an error.
package gclplugin

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("jwtlint", New)
}

// plugin is the registered golangci-lint plugin: one configured analyzer.
type plugin struct {
	cfg analyzer.Config
}

// New decodes golangci-lint's settings for jwtlint into an [analyzer.Config]
// and validates it.
func New(settings any) (register.LinterPlugin, error) {
	if err := checkKeys(settings); err != nil {
		return nil, err
	}
	cfg, err := register.DecodeSettings[analyzer.Config](settings)
	if err != nil {
		return nil, fmt.Errorf("jwtlint settings: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("jwtlint settings: %w", err)
	}
	return &plugin{cfg: cfg}, nil
}

// BuildAnalyzers returns the analyzer, built as the command builds it.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.cfg)}, nil
}

// GetLoadMode asks for type information: jwtlint resolves callees by type
// and builds SSA.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// checkKeys reports every unknown key of a settings map at once, naming the
// known ones. register.DecodeSettings would stop at the first with a terser
// message; it still decodes the values.
func checkKeys(settings any) error {
	m, ok := settings.(map[string]any)
	if !ok {
		return nil
	}
	known := settingNames()
	var unknown []string
	for k := range m {
		if !slices.Contains(known, strings.ToLower(k)) {
			unknown = append(unknown, fmt.Sprintf("%q", k))
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	noun := "setting"
	if len(unknown) > 1 {
		noun = "settings"
	}
	return fmt.Errorf("jwtlint settings: unknown %s %s (known: %s)", noun, strings.Join(unknown, ", "), strings.Join(known, ", "))
}

// settingNames returns the JSON names of analyzer.Config's fields.
func settingNames() []string {
	var names []string
	t := reflect.TypeFor[analyzer.Config]()
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		names = append(names, name)
	}
	return names
}
