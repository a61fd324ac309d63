package gclplugin

import (
	"reflect"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/jwtlint/jwtlint/analyzer"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("jwtlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("no settings: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "jwtlint" || as[0] == analyzer.Analyzer {
		t.Errorf("analyzers %v, want one new jwtlint analyzer", as)
	}
}

// golangci-lint hands the settings over as viper decoded them from YAML:
// maps with lower-case keys, []any lists.
func TestSettings(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		want     analyzer.Config
		err      string
	}{
		{name: "none", settings: nil},
		{name: "empty", settings: map[string]any{}},
		{
			name: "all",
			settings: map[string]any{
				"disable":       []any{"short-key"},
				"enable":        []any{"hardcoded-key", "short-key"},
				"include-tests": true,
				"sources":       []any{"example.com/vault.(*Client).Secret"},
			},
			want: analyzer.Config{
				Disable:      []string{"short-key"},
				Enable:       []string{"hardcoded-key", "short-key"},
				IncludeTests: true,
				ExtraSources: []string{"example.com/vault.(*Client).Secret"},
			},
		},
		{
			name:     "unknown setting",
			settings: map[string]any{"include-test": true},
			err:      `jwtlint settings: unknown setting "include-test" (known: disable, enable, include-tests, sources)`,
		},
		{
			name:     "unknown settings",
			settings: map[string]any{"rules": []any{"x"}, "exclude": "y", "disable": []any{}},
			err:      `jwtlint settings: unknown settings "exclude", "rules" (known: disable, enable, include-tests, sources)`,
		},
		{
			name:     "unknown rule",
			settings: map[string]any{"disable": []any{"hardcoded-keys"}},
			err:      `jwtlint settings: unknown rule "hardcoded-keys"`,
		},
		{
			name:     "wrong type",
			settings: map[string]any{"enable": "hardcoded-key"},
			err:      `jwtlint settings: decoding settings: json: cannot unmarshal string into Go struct field Config.enable of type []string`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.settings)
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := p.(*plugin).cfg; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("config %+v, want %+v", got, tt.want)
			}
		})
	}
}
