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
//   - sources.Git dereferences its Remote in every worker, so GitLog and
//     GitStaged always set one.
package leaks

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
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
// cannot match before any regular expression runs.
func Builtin() config.Config {
	silence()
	rules := []config.Rule{
		{
			RuleID:      RuleContext,
			Description: "A fragment that names a JWT secret.",
			// The keywords are the test. A path-only rule whose path
			// pattern always matches reports the fragment without running
			// a regexp over its text.
			Path: regexp.MustCompile(`^`),
			// Every name the scanner judges ends in "secret" or "key".
			Keywords: []string{"secret", "key", "jwt"},
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

// NewDetector returns a fresh detector for one scan, reporting secrets
// unredacted (the scanner redacts its own report).
func NewDetector(ctx context.Context, cfg config.Config) *detect.Detector {
	silence()
	d := detect.NewDetectorContext(ctx, cfg)
	d.MaxDecodeDepth = 0
	d.MaxArchiveDepth = 0
	return d
}

// GitLog returns a source of the fragments added by every commit of the
// repository at repo: `git log -p -U0 --full-history --all`, or logOpts
// instead of the last two when set (as gitleaks --log-opts).
func GitLog(ctx context.Context, repo, logOpts string, cfg *config.Config, d *detect.Detector) (*sources.Git, error) {
	silence()
	cmd, err := sources.NewGitLogCmdContext(ctx, repo, logOpts)
	if err != nil {
		return nil, fmt.Errorf("running git log in %s: %w", repo, err)
	}
	return &sources.Git{Cmd: cmd, Config: cfg, Remote: &sources.RemoteInfo{Platform: scm.NoPlatform}, Sema: d.Sema}, nil
}

// GitStaged returns a source of the fragments staged for commit in the
// repository at repo (`git diff --staged -U0`).
func GitStaged(ctx context.Context, repo string, cfg *config.Config, d *detect.Detector) (*sources.Git, error) {
	silence()
	cmd, err := sources.NewGitDiffCmdContext(ctx, repo, true)
	if err != nil {
		return nil, fmt.Errorf("running git diff --staged in %s: %w", repo, err)
	}
	return &sources.Git{Cmd: cmd, Config: cfg, Remote: &sources.RemoteInfo{Platform: scm.NoPlatform}, Sema: d.Sema}, nil
}
