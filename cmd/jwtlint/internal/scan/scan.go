// Package scan implements "jwtlint scan": it finds weak, short and committed
// JWT secrets in configuration files and git history, and JWTs signed with
// guessable secrets, on top of gitleaks used as a library (package leaks).
package scan

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/scan/leaks"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// Options configure one scan.
type Options struct {
	Path        string // directory or repository to scan
	Git         bool   // scan the whole history
	Staged      bool   // scan what is staged for commit
	LogOpts     string // git log options replacing --full-history --all
	Format      string // text, json, sarif, csv or junit
	Report      string // report file; "-" or "" for standard output
	ExitCode    int    // exit code when there are findings
	Redact      bool   // mask secrets in reports
	Baseline    string // gitleaks-format JSON report of findings to ignore
	IgnoreFile  string // .gitleaksignore; "" for PATH/.gitleaksignore
	Config      string // gitleaks TOML file with extra rules
	Wordlist    string // file of guessable secrets, one a line
	Progress    bool   // show progress on stderr even when it is not a terminal
	NoColor     bool
	MaxFileSize int64 // bytes; larger files are skipped
	Workers     int   // 0: GOMAXPROCS
	// Fix replaces weak and short secrets in .env-format files git does not
	// track by new random ones, and drops the fixed findings.
	Fix    bool
	Rotate bool // with Fix: keep each old value as NAME_PREVIOUS
}

// Main runs "jwtlint scan" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		// Parsing git's output allocates a lot of short-lived memory; a
		// lazier collector saves about a tenth of the CPU for a few MB.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	o, err := parseFlags(args, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, errExplained) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	fs, err := Run(context.Background(), o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	if err := emit(o, fs, stdout); err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	if len(fs) > 0 {
		return o.ExitCode
	}
	return 0
}

var errExplained = errors.New("explained")

func parseFlags(args []string, stdout, stderr io.Writer) (Options, error) {
	o := Options{Path: ".", Format: "text", Report: "-", ExitCode: 1, Redact: true, MaxFileSize: 10 << 20}
	fs := flag.NewFlagSet("jwtlint scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.Git, "git", false, "scan the whole git history of the repository at PATH (all branches, deleted files included)")
	fs.BoolVar(&o.Staged, "staged", false, "scan only what is staged for commit (for pre-commit hooks)")
	fs.StringVar(&o.LogOpts, "log-opts", "", "options for git log with --git, replacing \"--full-history --all\" (e.g. \"main~20..main\")")
	fs.StringVar(&o.Format, "format", "text", "report format: text, json, sarif, csv or junit")
	fs.StringVar(&o.Report, "report", "-", "write the report to this file (- for standard output)")
	fs.IntVar(&o.ExitCode, "exit-code", 1, "exit code when there are findings")
	noRedact := fs.Bool("no-redact", false, "show secrets in full in the report")
	fs.BoolVar(&o.Redact, "redact", true, "mask secrets in the report (default; see --no-redact)")
	fs.StringVar(&o.Baseline, "baseline", "", "ignore findings present in this earlier JSON report")
	fs.StringVar(&o.IgnoreFile, "gitleaks-ignore", "", "fingerprints to ignore (default PATH/.gitleaksignore)")
	fs.StringVar(&o.Config, "config", "", "gitleaks TOML config whose rules run in addition to jwtlint's")
	fs.StringVar(&o.Wordlist, "wordlist", "", "file of guessable secrets, one a line, added to the built-in dictionary")
	fs.BoolVar(&o.Progress, "progress", false, "show progress on stderr even when it is not a terminal")
	fs.BoolVar(&o.NoColor, "no-color", false, "never colour text output")
	maxMB := fs.Int("max-file-size", 10, "skip files larger than this many MiB")
	fs.IntVar(&o.Workers, "workers", 0, "parallel workers (default: number of CPUs)")
	explain := fs.String("explain", "", "print the documentation of a rule ID and exit")
	fs.BoolVar(&o.Fix, "fix", false, "replace weak and short secrets in .env files git does not track by new random ones (prints what changed, never the secrets)")
	fs.BoolVar(&o.Rotate, "rotate", false, "with --fix: keep each old value as NAME_PREVIOUS while old tokens expire")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: jwtlint scan [flags] [PATH]

Finds weak, short and committed JWT secrets in .env, YAML, JSON, TOML, INI,
properties, docker-compose, Kubernetes Secret and shell files under PATH
(default "."), ignored files included, or in its git history (--git), and
JWTs signed with guessable secrets.

Exit codes: 0 no findings, 1 findings (or --exit-code), 2 usage or I/O error.

Flags:
`)
		fs.PrintDefaults()
	}
	// Flags may come before and after PATH.
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, err
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if *explain != "" {
		r, ok := ruleByID(*explain)
		if !ok {
			return o, fmt.Errorf("unknown rule %q", *explain)
		}
		fmt.Fprintf(stdout, "%s: %s\n\n%s\n\nReported:\n  %s\nInstead:\n  %s\n\n%s, severity %s\n", r.ID, r.Title, r.Doc,
			strings.ReplaceAll(r.Bad, "\n", "\n  "), r.Good, r.CWE, r.Severity)
		return o, errExplained
	}
	switch len(rest) {
	case 0:
	case 1:
		o.Path = rest[0]
	default:
		return o, fmt.Errorf("too many arguments: %q (want at most one PATH)", rest)
	}
	if *noRedact {
		o.Redact = false
	}
	if *maxMB <= 0 {
		return o, fmt.Errorf("--max-file-size must be positive")
	}
	o.MaxFileSize = int64(*maxMB) << 20
	switch o.Format {
	case "text", "json", "sarif", "csv", "junit":
	default:
		return o, fmt.Errorf("unknown --format %q (want text, json, sarif, csv or junit)", o.Format)
	}
	if o.Git && o.Staged {
		return o, errors.New("--git and --staged cannot be used together")
	}
	if o.LogOpts != "" && !o.Git {
		return o, errors.New("--log-opts needs --git")
	}
	if o.Fix && (o.Git || o.Staged) {
		return o, errors.New("--fix rewrites files in the work tree; it cannot be used with --git or --staged")
	}
	if o.Rotate && !o.Fix {
		return o, errors.New("--rotate needs --fix")
	}
	if o.ExitCode < 0 || o.ExitCode > 255 {
		return o, fmt.Errorf("--exit-code %d out of range 0-255", o.ExitCode)
	}
	return o, nil
}

// emit writes the report where Options.Report says.
func emit(o Options, fs []Finding, stdout io.Writer) error {
	w := stdout
	color := false
	if o.Report != "" && o.Report != "-" {
		f, err := os.Create(o.Report)
		if err != nil {
			return fmt.Errorf("creating report: %w", err)
		}
		if err := writeReport(f, o.Format, fs, false, version()); err != nil {
			f.Close()
			return fmt.Errorf("writing report %s: %w", o.Report, err)
		}
		return f.Close()
	}
	if o.Format == "text" && !o.NoColor && os.Getenv("NO_COLOR") == "" {
		color = isTerminal(stdout)
	}
	if err := writeReport(w, o.Format, fs, color, version()); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// scanner holds the state of one scan.
type scanner struct {
	o         Options
	root      string // Options.Path, absolute
	repo      bool   // root is in a git work tree
	judge     weak.Judge
	wordlist  []string
	det       *leaks.Detector
	blobs     *catFile
	tracked   map[string]bool
	skipFiles map[string]bool // absolute paths of the report, baseline, config
	// fileBase is where findings' File paths start, relative to root: "."
	// for files, the work tree's top for history ("" in a bare repository).
	fileBase string
	prog     *progress

	mu      sync.Mutex
	secrets []*secretHit
	tokens  []*tokenHit
	extra   []Finding // findings of --config rules
	seen    map[string]bool
	cache   map[string][]byte // blobs by object name, for a file's several hunks
}

// secretHit is a JWT secret assigned in a configuration file.
type secretHit struct {
	file, commit string
	info         *sources.CommitInfo
	name         string // dotted key path
	envVar       string // the variable, in an env-format file
	value        string
	line, col    int
	lineText     string
	alg          string // named near the secret, or ""
	committed    bool
}

// tokenHit is a JWT found in a file or commit.
type tokenHit struct {
	file, commit string
	info         *sources.CommitInfo
	token        string
	line, col    int
	endCol       int
	lineText     string
}

// Run scans as o says and returns the findings, sorted, redacted unless
// o.Redact is false, without those ignored by inline comments, the ignore
// file or the baseline. Progress goes to stderr when it is a terminal or
// o.Progress is set.
func Run(ctx context.Context, o Options, stderr io.Writer) ([]Finding, error) {
	root, err := filepath.Abs(o.Path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("cannot scan %s: %w", o.Path, unwrapPathError(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("cannot scan %s: not a directory", o.Path)
	}
	s := &scanner{o: o, root: root, seen: map[string]bool{}, cache: map[string][]byte{}, skipFiles: map[string]bool{}, fileBase: "."}
	for _, p := range []string{o.Report, o.Baseline, o.Config} {
		if p != "" && p != "-" {
			if a, err := filepath.Abs(p); err == nil {
				s.skipFiles[a] = true
			}
		}
	}
	if err := s.loadWordlist(); err != nil {
		return nil, err
	}
	cfg := leaks.Builtin()
	if o.Config != "" {
		extra, err := leaks.Load(o.Config)
		if err != nil {
			return nil, err
		}
		cfg = leaks.Merge(cfg, extra)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.det = leaks.NewDetector(ctx, cfg, func(p string) bool { return formatOf(p) != formatNone })
	_, gitErr := gitOutput(ctx, root, "rev-parse", "--git-dir")
	s.repo = gitErr == nil
	s.prog = newProgress(stderr, o.Progress)
	defer s.prog.finish()
	if o.Git || o.Staged {
		if !s.repo {
			return nil, fmt.Errorf("%s is not a git repository (%v)", o.Path, gitErr)
		}
		s.fileBase = ""
		if top, err := gitOutput(ctx, root, "rev-parse", "--show-toplevel"); err == nil {
			if rel, err := filepath.Rel(root, strings.TrimSpace(string(top))); err == nil {
				s.fileBase = rel
			}
		}
		err = s.scanGit(ctx)
	} else {
		if s.repo {
			s.tracked = trackedFiles(ctx, root)
		}
		err = s.scanFiles(ctx)
	}
	if err != nil {
		return nil, err
	}
	fs := s.findings()
	fs, err = s.filter(fs)
	if err != nil {
		return nil, err
	}
	sortFindings(fs)
	if o.Fix {
		return s.fix(fs, stderr)
	}
	return fs, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (s *scanner) loadWordlist() error {
	if s.o.Wordlist == "" {
		return nil
	}
	b, err := os.ReadFile(s.o.Wordlist)
	if err != nil {
		return fmt.Errorf("reading word list: %w", err)
	}
	s.judge.Extra = map[string]bool{}
	for _, l := range lines(b) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		s.judge.Extra[weak.Normalize(l)] = true
		s.wordlist = append(s.wordlist, l)
	}
	return nil
}

// scanFiles scans every regular file under root except in .git and vendor
// directories, binary files and files over the size limit.
func (s *scanner) scanFiles(ctx context.Context) error {
	var paths []string
	err := filepath.WalkDir(s.root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if p == s.root {
				return err
			}
			return nil // an unreadable subdirectory or file is skipped
		}
		if d.IsDir() {
			if p != s.root && skipDir[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || s.skipFiles[p] {
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return fmt.Errorf("walking %s: %w", s.o.Path, err)
	}
	s.prog.start(int64(len(paths)), "files")
	work := make(chan string)
	var wg sync.WaitGroup
	for range s.workers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				s.scanFile(ctx, p)
				s.prog.add(1)
			}
		}()
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		work <- p
	}
	close(work)
	wg.Wait()
	return ctx.Err()
}

func (s *scanner) workers() int {
	if s.o.Workers > 0 {
		return s.o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// skipDir are directories of other people's code and of tools.
var skipDir = map[string]bool{
	".git": true, "vendor": true, "node_modules": true, "bower_components": true,
	".hg": true, ".svn": true, "__pycache__": true, ".venv": true, "venv": true, ".tox": true,
}

func (s *scanner) scanFile(ctx context.Context, p string) {
	st, err := os.Stat(p)
	if err != nil || st.Size() == 0 || st.Size() > s.o.MaxFileSize {
		return
	}
	b, err := os.ReadFile(p)
	if err != nil || isBinary(b) {
		return
	}
	rel, err := filepath.Rel(s.root, p)
	if err != nil {
		return
	}
	rel = filepath.ToSlash(rel)
	frag := sources.Fragment{Raw: string(b), FilePath: rel, StartLine: 1}
	found := s.det.Detect(ctx, frag)
	s.handle(found, frag, func() ([]byte, bool) { return b, true }, 0, 0, s.tracked[rel])
}

// isBinary reports whether b looks binary: a NUL byte in its first 8000.
func isBinary(b []byte) bool {
	n := min(len(b), 8000)
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
	}
	return false
}

// handle turns a fragment's gitleaks findings into hits. A context finding
// makes the whole file (content, fetched lazily) be parsed, keeping the
// assignments on lines lo..hi (all when lo is 0).
func (s *scanner) handle(found []report.Finding, frag sources.Fragment, content func() ([]byte, bool), lo, hi int, committed bool) {
	parse := false
	for _, f := range found {
		switch f.RuleID {
		case leaks.RuleContext:
			parse = true
		case leaks.RuleToken:
			s.addToken(&tokenHit{file: frag.FilePath, commit: frag.CommitSHA, info: frag.CommitInfo, token: f.Secret,
				line: f.StartLine, col: f.StartColumn, endCol: f.EndColumn, lineText: f.Line})
		default:
			s.addExtra(f, frag)
		}
	}
	if !parse {
		return
	}
	ff := formatOf(frag.FilePath)
	if ff == formatNone {
		return
	}
	b, ok := content()
	offset := 0
	if !ok {
		// No blob (too large, or gone): parse the fragment alone.
		b, offset = []byte(frag.Raw), max(frag.StartLine-1, 0)
	}
	s.analyze(frag, ff, b, offset, lo, hi, committed)
}

type hint struct {
	path []string
	alg  string
	line int
}

// analyze records the JWT secrets assigned in a file's content whose line
// (plus offset) is within lo..hi.
func (s *scanner) analyze(frag sources.Fragment, f format, content []byte, offset, lo, hi int, committed bool) {
	as := extract(f, content)
	var hints []hint
	for _, a := range as {
		if alg, ok := algHint(a.path, a.value); ok {
			hints = append(hints, hint{a.path, alg, a.line})
		}
	}
	ls := lines(content)
	for _, a := range as {
		line := a.line + offset
		if lo > 0 && (line < lo || line > hi) || !isSecretName(a.path) {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(a.value), "-----BEGIN") {
			continue // a PEM key: not an HMAC secret
		}
		h := &secretHit{file: frag.FilePath, commit: frag.CommitSHA, info: frag.CommitInfo,
			name: displayName(a.path), value: a.value, line: line, col: a.col, alg: nearestAlg(hints, a), committed: committed}
		if isDotEnv(frag.FilePath) && len(a.path) == 1 {
			h.envVar = a.path[0]
		}
		if a.line-1 < len(ls) {
			h.lineText = ls[a.line-1]
		}
		s.addSecret(h)
	}
}

// displayName joins a key path with dots, leaving out array elements.
func displayName(p []string) string {
	var keys []string
	for _, k := range p {
		if k != "[]" {
			keys = append(keys, k)
		}
	}
	return strings.Join(keys, ".")
}

// nearestAlg picks the algorithm hint sharing the longest key-path prefix
// with a, then the closest line.
func nearestAlg(hints []hint, a assignment) string {
	best, bestShared, bestDist := "", -1, 0
	for _, h := range hints {
		shared := 0
		for shared < len(h.path)-1 && shared < len(a.path)-1 && h.path[shared] == a.path[shared] {
			shared++
		}
		dist := h.line - a.line
		if dist < 0 {
			dist = -dist
		}
		if shared > bestShared || shared == bestShared && dist < bestDist {
			best, bestShared, bestDist = h.alg, shared, dist
		}
	}
	return best
}

func (s *scanner) addSecret(h *secretHit) {
	key := fmt.Sprintf("s\x00%s\x00%s\x00%d\x00%s", h.commit, h.file, h.line, h.name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.seen[key] {
		s.seen[key] = true
		// Hits outlive the scan of their file: keep copies, not substrings
		// that would keep the whole file or hunk in memory.
		h.name, h.envVar, h.value, h.lineText = strings.Clone(h.name), strings.Clone(h.envVar), strings.Clone(h.value), strings.Clone(h.lineText)
		s.secrets = append(s.secrets, h)
	}
}

func (s *scanner) addToken(t *tokenHit) {
	key := fmt.Sprintf("t\x00%s\x00%s\x00%d\x00%d", t.commit, t.file, t.line, t.col)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.seen[key] {
		s.seen[key] = true
		t.token, t.lineText = strings.Clone(t.token), strings.Clone(t.lineText)
		s.tokens = append(s.tokens, t)
	}
}

func (s *scanner) addExtra(f report.Finding, frag sources.Fragment) {
	out := Finding{RuleID: f.RuleID, Description: f.Description, StartLine: f.StartLine, EndLine: f.EndLine,
		StartColumn: f.StartColumn, EndColumn: f.EndColumn, Match: strings.Clone(f.Match), Secret: strings.Clone(f.Secret), File: f.File,
		SymlinkFile: f.SymlinkFile, Commit: f.Commit, Entropy: f.Entropy, Tags: append([]string{}, f.Tags...), line: strings.Clone(f.Line),
		Committed: frag.CommitSHA != "" || s.tracked[frag.FilePath]}
	setCommitInfo(&out, frag.CommitInfo)
	if s.o.Redact {
		out.Secret = redact(f.Secret)
		out.Match = strings.ReplaceAll(f.Match, f.Secret, out.Secret)
	}
	s.mu.Lock()
	s.extra = append(s.extra, out)
	s.mu.Unlock()
}

func setCommitInfo(f *Finding, info *sources.CommitInfo) {
	if info == nil {
		return
	}
	f.Author, f.Email, f.Date, f.Message = info.AuthorName, info.AuthorEmail, info.Date, info.Message
}
