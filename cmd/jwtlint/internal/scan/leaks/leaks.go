// Package leaks is the one place jwtlint touches gitleaks
// (github.com/zricethezav/gitleaks/v8), whose package-level state needs
// care when it is used as a library:
//
//   - its zerolog logger (logging.Logger) prints to stderr; it is silenced
//     once, before first use;
//   - loading a configuration goes through viper's global instance and a
//     global extension depth, so each configuration file is loaded once per
//     process, under a lock, and cached;
//   - a Detector accumulates findings and ignore lists, so every scan gets a
//     fresh one from NewDetector;
//   - sources.Git parses git's output in one goroutine, a string per line;
//     Git (git.go) yields the same fragments faster.
package leaks

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"
)

// Rule IDs of jwtlint's own gitleaks rules.
const (
	// RuleContext matches fragments that may assign a JWT secret (they
	// contain "secret" or "key"); its findings only tell the scanner to
	// parse the file the fragment belongs to.
	RuleContext = "jwtlint-context"
	// RuleToken matches compact JWS tokens.
	RuleToken = "jwtlint-token"
)

var (
	quiet sync.Once

	mu      sync.Mutex
	configs = map[string]config.Config{} // by absolute path
)

// silence routes gitleaks' logger to nowhere, once per process.
func silence() {
	quiet.Do(func() {
		setLogger(zerolog.Nop())
	})
}

// Builtin returns jwtlint's own rules as a gitleaks configuration. Each rule
// has keywords, so gitleaks' Aho-Corasick prefilter skips fragments that
// cannot match before any regular expression runs. The context rule also
// matches the words of names (lower-case) under which a scanned
// repository's code loads its keys (acsign, hmac).
func Builtin(names ...string) config.Config {
	silence()
	rules := []config.Rule{
		{
			RuleID:      RuleContext,
			Description: "A fragment that names a JWT secret.",
			// The keywords are the test. A path-only rule whose path
			// pattern always matches reports the fragment without running
			// a regexp over its text.
			Path: regexp.MustCompile(`^`),
			// Every name the scanner judges ends in "secret" or "key",
			// but for the names of the code.
			Keywords: append([]string{"secret", "key", "jwt"}, names...),
		},
		{
			RuleID:      RuleToken,
			Description: "A JSON Web Token.",
			// A literal prefix (no \b) lets the regexp engine skip to each
			// "eyJ" with a string search.
			Regex: regexp.MustCompile(`eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{20,}`),
			// Headers start with {"alg", {"typ" or {"kid": base64url
			// eyJhbGci, eyJ0eXAi, eyJraWQi (keywords are lower-cased).
			Keywords: []string{"eyjhbgci", "eyj0exai", "eyjrawqi"},
		},
	}
	c := config.Config{Rules: map[string]config.Rule{}, Keywords: map[string]struct{}{}}
	add(&c, rules)
	return c
}

func add(c *config.Config, rules []config.Rule) {
	for _, r := range rules {
		c.Rules[r.RuleID] = r
		c.OrderedRules = append(c.OrderedRules, r.RuleID)
		for _, k := range r.Keywords {
			c.Keywords[k] = struct{}{}
		}
	}
}

// Load reads a gitleaks configuration file (TOML) with extra rules. A file is
// read once per process; later calls return the cached configuration.
func Load(path string) (cfg config.Config, err error) {
	silence()
	abs, err := filepath.Abs(path)
	if err != nil {
		return config.Config{}, err
	}
	mu.Lock()
	defer mu.Unlock()
	if c, ok := configs[abs]; ok {
		return c, nil
	}
	defer func() {
		// gitleaks compiles rule regexps with MustCompile.
		if r := recover(); r != nil {
			err = fmt.Errorf("loading gitleaks config %s: %v", path, r)
		}
	}()
	v := viper.New()
	v.SetConfigFile(abs)
	v.SetConfigType("toml")
	if err := v.ReadInConfig(); err != nil {
		return config.Config{}, fmt.Errorf("reading gitleaks config %s: %w", path, err)
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return config.Config{}, fmt.Errorf("decoding gitleaks config %s: %w", path, err)
	}
	c, err := vc.Translate()
	if err != nil {
		return config.Config{}, fmt.Errorf("gitleaks config %s: %w", path, err)
	}
	c.Path = abs
	configs[abs] = c
	return c, nil
}

// Merge returns base with the rules and allowlists of extra added (a rule of
// extra with the ID of one of base replaces it).
func Merge(base, extra config.Config) config.Config {
	c := config.Config{
		Rules:      map[string]config.Rule{},
		Keywords:   map[string]struct{}{},
		Allowlists: append(base.Allowlists[:len(base.Allowlists):len(base.Allowlists)], extra.Allowlists...),
		Path:       extra.Path,
	}
	var rules []config.Rule
	for _, id := range base.OrderedRules {
		if _, dup := extra.Rules[id]; !dup {
			rules = append(rules, base.Rules[id])
		}
	}
	for _, id := range extra.OrderedRules {
		rules = append(rules, extra.Rules[id])
	}
	add(&c, rules)
	return c
}

// Detector is a gitleaks detector behind a cheaper equivalent of its
// keyword prefilter. gitleaks lower-cases every fragment and runs an
// Aho-Corasick automaton over it before any rule; Detect first looks for the
// keywords of the rules that can report something for the fragment's path
// with a plain substring search, and skips fragments without any.
type Detector struct {
	*detect.Detector
	// all and other look for the lower-case keywords of every rule, and of
	// every rule but RuleContext; nil when one of those rules has none (it
	// runs on every fragment).
	all, other *keywords
	// contextPath reports whether RuleContext's findings matter for a file:
	// elsewhere Detect does not call gitleaks for RuleContext's keywords
	// alone.
	contextPath func(path string) bool
}

// NewDetector returns a fresh detector for one scan, reporting secrets
// unredacted (the scanner redacts its own report). RuleContext's findings
// are wanted only in files for which contextPath returns true (nil: all).
func NewDetector(ctx context.Context, cfg config.Config, contextPath func(path string) bool) *Detector {
	silence()
	d := &Detector{Detector: detect.NewDetectorContext(ctx, cfg), contextPath: contextPath}
	d.MaxDecodeDepth = 0
	d.MaxArchiveDepth = 0
	all, other := []string{}, []string{}
	for _, r := range cfg.Rules {
		var kws []string
		for _, k := range r.Keywords {
			// gitleaks looks for the configuration's keywords in the
			// lower-cased fragment, then runs a rule if one of its
			// keywords, lower-cased, was found.
			if k := strings.ToLower(k); keyword(cfg, k) {
				kws = append(kws, k)
			}
		}
		always := len(r.Keywords) == 0
		if always {
			all = nil
		} else if all != nil {
			all = append(all, kws...)
		}
		if r.RuleID == RuleContext {
			continue
		}
		if always {
			other = nil
		} else if other != nil {
			other = append(other, kws...)
		}
	}
	d.all, d.other = newKeywords(all), newKeywords(other)
	return d
}

func keyword(cfg config.Config, k string) bool {
	_, ok := cfg.Keywords[k]
	return ok
}

// Detect returns gitleaks' findings in frag.
func (d *Detector) Detect(ctx context.Context, frag sources.Fragment) []report.Finding {
	if !d.mayFind(frag.FilePath, frag.Raw) {
		return nil
	}
	return d.DetectContext(ctx, detect.Fragment(frag))
}

// mayFind reports whether gitleaks could report something in raw, a
// fragment of the file at path, that matters: false when it has none of the
// keywords of the rules that do.
func (d *Detector) mayFind(path, raw string) bool {
	kws := d.all
	if d.contextPath != nil && !d.contextPath(path) {
		kws = d.other
	}
	return d.MaxDecodeDepth > 0 || kws == nil || kws.in(raw)
}
