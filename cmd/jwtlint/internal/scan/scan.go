// Package scan implements "jwtlint scan": it finds weak, short and committed
// JWT secrets in configuration files and git history, and JWTs signed with
// guessable secrets, on top of gitleaks used as a library (package leaks).
package scan

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/explain"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/outfile"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/scan/leaks"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/version"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// Options configure one scan.
type Options struct {
	Path     string // directory or repository to scan
	Git      bool   // scan the whole history
	Staged   bool   // scan what is staged for commit
	LogOpts  string // git log options replacing --full-history --all
	Format   string // text, json, sarif, csv or junit
	Report   string // report file; "-" or "" for standard output
	ExitCode int    // exit code when there are findings
	Redact   bool   // mask secrets in reports
	// RedactPercent, from 1 to 100, masks that share of each secret (the
	// end of it), as gitleaks' --redact=N; 0 keeps jwtlint's masking (at
	// most 4 characters shown, never more than a sixth).
	RedactPercent int
	Baseline      string // gitleaks-format JSON report of findings to ignore
	IgnoreFile    string // .gitleaksignore; "" for PATH/.gitleaksignore
	Config        string // gitleaks TOML file with extra rules
	Wordlist      string // file of guessable secrets, one a line
	Progress      bool   // show progress on stderr even when it is not a terminal
	NoColor       bool
	MaxFileSize   int64 // bytes; larger files are skipped
	Workers       int   // 0: GOMAXPROCS
	// Fix replaces weak and short secrets in .env-format files git does not
	// track by new random ones, and drops the fixed findings.
	Fix bool
	// Verbose also prints the findings as text when the report is not text
	// on standard output: on standard output when the report goes to a
	// file, on standard error otherwise (gitleaks' -v).
	Verbose bool

	explain string // -explain RULE: print its documentation instead of scanning
}

// Main runs "jwtlint scan" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		// Parsing git's output allocates a lot of short-lived memory; a
		// lazier collector saves about a tenth of the CPU for a few MB.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err == nil && o.explain != "" {
		// The analyzer's rules too: one explain for every rule.
		return explain.Run(stdout, stderr, "jwtlint scan", []string{o.explain}, append(explain.Analyzer(), Topics()...))
	}
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	fs, info, err := run(context.Background(), o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	if err := emit(o, fs, info, stdout); err != nil {
		fmt.Fprintf(stderr, "jwtlint scan: %v\n", err)
		return 2
	}
	if o.Verbose {
		toFile := o.Report != "" && o.Report != "-"
		switch {
		case toFile:
			writeText(stdout, fs, info.fixed, false)
		case o.Format != "text":
			writeText(stderr, fs, info.fixed, false)
		}
	}
	if len(fs) > 0 {
		return o.ExitCode
	}
	return 0
}

// emit writes the report where Options.Report says; base is the directory
// info what the report needs besides the findings. A report file is written
// atomically: if writing fails (a full disk), an earlier report stays whole.
func emit(o Options, fs []Finding, info reportInfo, stdout io.Writer) error {
	if o.Report != "" && o.Report != "-" {
		var b bytes.Buffer
		if err := writeReport(&b, o.Format, fs, info, false, version.String()); err != nil {
			return fmt.Errorf("writing report %s: %w", o.Report, err)
		}
		if err := outfile.Write(o.Report, b.Bytes()); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		return nil
	}
	color := false
	if o.Format == "text" && !o.NoColor && os.Getenv("NO_COLOR") == "" {
		color = isTerminal(stdout)
	}
	if err := writeReport(stdout, o.Format, fs, info, color, version.String()); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
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
	fixed     []fixedSecret   // what --fix fixed
	top       string          // the work tree's top, when a scan without --git is in one
	skipFiles map[string]bool // absolute paths of the report, baseline, config
	// fileBase is where findings' File paths start, relative to root: "."
	// for files, the work tree's top for history ("" in a bare repository).
	fileBase string
	// pathDir is Options.Path, or its directory when it is a file: root as
	// the user named it.
	pathDir string
	// only is the absolute path of the one file to scan when PATH is a
	// file, or "".
	only string
	// headBlobs reads HEAD's and the index's blobs when scanning files, to
	// tell committed secrets from staged ones (exposureOf); started once.
	headOnce  sync.Once
	headBlobs *catFile
	prog      *progress
	notes     notes
	// code are the names the tree's Go code loads its JWT keys under
	// (gonames.go): JWT secrets' names in this scan.
	code codeNames
	// codeWords are the keywords of code's names beyond the context rule's.
	codeWords []string
	// keys are the files the code reads its JWT private keys from
	// (keyfiles.go), relative to keysBase (the directory whose code was
	// read; "" when it was HEAD's tree, relative to the repository's top).
	keys     *keyFiles
	keysBase string

	mu      sync.Mutex
	secrets []*secretHit
	tokens  []*tokenHit
	extra   []Finding // findings of --config rules
	seen    map[string]bool
	cache   map[string][]byte // blobs by object name, for a file's several hunks
	// verdicts memoizes verdict by value: history repeats the same secret
	// in every commit that touches its file.
	verdicts map[string]weak.Verdict
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
//
// What the scan skipped or could not read (files over the size limit,
// unreadable files, history it cannot see) is noted on stderr after the
// scan, one line each; such notes do not make Run fail.
func Run(ctx context.Context, o Options, stderr io.Writer) ([]Finding, error) {
	fs, _, err := run(ctx, o, stderr)
	return fs, err
}

// reportInfo is what a report needs besides the findings.
type reportInfo struct {
	// root is SARIF's %SRCROOT%, absolute: the top of the work tree the
	// scan is in, else the directory the findings' File paths are relative
	// to ("" when they are relative to no directory, in a bare repository).
	root string
	// prefix is the directory the findings' File paths are relative to,
	// relative to root with forward slashes ("" when it is root).
	prefix string
	fixed  []fixedSecret // what --fix fixed
}

// run is Run, and returns what the report needs besides the findings.
func run(ctx context.Context, o Options, stderr io.Writer) ([]Finding, reportInfo, error) {
	s, err := newScanner(o)
	if err != nil {
		return nil, reportInfo{}, err
	}
	fs, err := s.run(ctx, stderr)
	if err != nil {
		return nil, reportInfo{}, err
	}
	info := reportInfo{fixed: s.fixed}
	if s.fileBase != "" {
		info.root = filepath.Join(s.root, s.fileBase)
	}
	if s.top != "" && s.fileBase == "." {
		// Code scanning places a result by its path in the repository.
		if rel, err := filepath.Rel(s.top, s.root); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			info.root = s.top
			if rel != "." {
				info.prefix = filepath.ToSlash(rel)
			}
		}
	}
	return fs, info, nil
}

// newScanner checks o.Path and returns a scanner for it.
func newScanner(o Options) (*scanner, error) {
	root, err := filepath.Abs(o.Path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("cannot scan %s: %w", o.Path, unwrapPathError(err))
	}
	// PATH itself is followed when it is a symbolic link (the walk follows
	// none).
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	s := &scanner{o: o, root: root, seen: map[string]bool{}, cache: map[string][]byte{}, skipFiles: map[string]bool{}, fileBase: ".", pathDir: o.Path}
	switch {
	case st.IsDir():
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("cannot scan %s: not a directory or a regular file", o.Path)
	case o.Git || o.Staged:
		flag := "--git"
		if o.Staged {
			flag = "--staged"
		}
		return nil, fmt.Errorf("cannot scan %s with %s: it is a file, and %s scans a repository (for the history of one file: --git --log-opts='--all -- FILE' on the repository)", o.Path, flag, flag)
	default:
		// One file: the scan of its directory limited to it; findings'
		// paths are relative to the directory.
		s.only, s.root, s.pathDir = root, filepath.Dir(root), filepath.Dir(o.Path)
	}
	return s, nil
}

func (s *scanner) run(ctx context.Context, stderr io.Writer) ([]Finding, error) {
	o := s.o
	root := s.root
	defer s.notes.print(stderr)
	defer func() {
		if s.headBlobs != nil {
			s.headBlobs.close()
		}
	}()
	for _, p := range []string{o.Report, o.Baseline, o.Config} {
		if p != "" && p != "-" {
			s.skipFiles[realPath(p)] = true
		}
	}
	if err := s.loadWordlist(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	kind, gitErr := gitOutput(ctx, root, "rev-parse", "--git-dir", "--is-bare-repository", "--is-shallow-repository")
	s.repo = gitErr == nil
	s.prog = newProgress(stderr, o.Progress)
	defer s.prog.finish()
	if s.repo {
		s.noteRepoKind(strings.Fields(string(kind)))
	}
	s.loadCode(ctx)
	cfg := leaks.Builtin(s.codeWords...)
	if o.Config != "" {
		extra, err := leaks.Load(o.Config)
		if err != nil {
			return nil, err
		}
		cfg = leaks.Merge(cfg, extra)
	}
	s.det = leaks.NewDetector(ctx, cfg, func(p string) bool { return formatOf(p) != formatNone })
	var err error
	if o.Git || o.Staged {
		if !s.repo {
			return nil, notRepoError(o, gitErr)
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
			if top, err := gitOutput(ctx, root, "rev-parse", "--show-toplevel"); err == nil {
				s.top = strings.TrimSpace(string(top))
			}
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
		return s.fix(fs, stderr), nil
	}
	return fs, nil
}

// noteRepoKind notes what the scan cannot see of a repository: the work
// tree of a bare one (without --git), the history of a shallow clone beyond
// its boundary (with --git). f is rev-parse's output for --git-dir
// --is-bare-repository --is-shallow-repository.
func (s *scanner) noteRepoKind(f []string) {
	bare := len(f) > 1 && f[1] == "true"
	shallow := len(f) > 2 && f[2] == "true"
	switch {
	case bare && !s.o.Git && !s.o.Staged:
		s.notes.add("note: %s is a bare repository: only its files were scanned, not its history (add --git)", s.o.Path)
	case shallow && s.o.Git:
		s.notes.add("note: %s is a shallow clone: the history before its oldest commit was not scanned, and that commit counts as adding every file it has (git fetch --unshallow to scan it all)", s.o.Path)
	}
}

// notRepoError is the error of --git or --staged on a path that is not in
// a git repository: one line, git's own reason when it is another one.
func notRepoError(o Options, gitErr error) error {
	flag := "--git"
	if o.Staged {
		flag = "--staged"
	}
	if strings.Contains(gitErr.Error(), "not a git repository") {
		return fmt.Errorf("%s is not a git repository: %s needs one (without it, the files under %s are scanned)", o.Path, flag, o.Path)
	}
	return fmt.Errorf("%s: cannot read the git repository: %v", o.Path, gitErr)
}

// realPath is p absolute with its directory's symbolic links resolved, as
// the walk sees it under a resolved root.
func realPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(a)); err == nil {
		return filepath.Join(dir, filepath.Base(a))
	}
	return a
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
// directories and module caches (othersDir), binary files and files over the size limit. Symbolic links
// are not followed; FIFOs, sockets and devices are not read; unreadable
// directories and files are noted and skipped.
func (s *scanner) scanFiles(ctx context.Context) error {
	if s.only != "" {
		return s.scanPaths(ctx, []string{s.only})
	}
	var paths []string
	err := filepath.WalkDir(s.root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if p == s.root {
				return err
			}
			s.notes.add("warning: cannot read directory %s: %v (skipped)", s.rel(p), unwrapPathError(err))
			return nil
		}
		if d.IsDir() {
			if p != s.root && othersDir(strings.Split(s.rel(p), "/")) {
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
	return s.scanPaths(ctx, paths)
}

// scanPaths scans the files at paths, s.workers() at a time.
func (s *scanner) scanPaths(ctx context.Context, paths []string) error {
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

// othersDir reports whether the scans leave out the directory whose path
// elements (from the scanned root) are dirs: one of skipDir's, or part of
// a Go module cache (moduleCacheDir).
func othersDir(dirs []string) bool {
	return skipDir[dirs[len(dirs)-1]] || moduleCacheDir(dirs)
}

// inDir reports whether skip holds for one of the directories the
// slash-separated file path lies in, each given as its path elements.
func inDir(path string, skip func(dirs []string) bool) bool {
	dirs := strings.Split(path, "/")
	for i := 1; i < len(dirs); i++ {
		if skip(dirs[:i]) {
			return true
		}
	}
	return false
}

func (s *scanner) scanFile(ctx context.Context, p string) {
	rel := s.rel(p)
	b, err := readText(p, s.o.MaxFileSize)
	var big *tooLargeError
	switch {
	case errors.As(err, &big):
		s.notes.add("note: skipped %s: %v", rel, big)
		return
	case errors.Is(err, errNotRegular):
		return // replaced by a link, FIFO or device since the walk
	case err != nil:
		s.notes.add("warning: cannot read %s: %v (skipped)", rel, unwrapPathError(err))
		return
	case len(b) == 0:
		return // empty or binary
	}
	frag := sources.Fragment{Raw: string(b), FilePath: rel, StartLine: 1}
	// A key file is reported when git tracks it, or when no git repository
	// says whether it is committed (an extracted archive).
	if (s.tracked[rel] || !s.repo) && s.keysBase != "" {
		if at := s.keys.match(relSlash(s.keysBase, p)); at != "" {
			s.addKeyFile(rel, "", nil, b, 1, at)
		}
	}
	found := s.det.Detect(ctx, frag)
	s.handle(found, frag, func() ([]byte, bool) { return b, true }, 0, 0, s.tracked[rel])
}

// rel is p relative to root with forward slashes, as findings name files.
func (s *scanner) rel(p string) string { return relSlash(s.root, p) }

// relSlash is p relative to root with forward slashes (p if it has none).
func relSlash(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(r)
}

// binaryPrefix is how much of a file isBinary looks at, as git does.
const binaryPrefix = 8000

// isBinary reports whether b looks binary: a NUL byte in its first 8000.
func isBinary(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), binaryPrefix)], 0) >= 0
}

var errNotRegular = errors.New("not a regular file")

// tooLargeError is a file over --max-file-size.
type tooLargeError struct{ size, max int64 }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("%d bytes is over --max-file-size (%s)", e.size, mib(e.max))
}

// readText returns the content of the regular file p, or nil when it is
// binary (isBinary) or empty. It never blocks on a FIFO nor follows a link
// that replaced the file since the walk (errNotRegular), and reads nothing of
// a file over maxSize bytes (*tooLargeError) and only the first 8000 bytes of
// a binary one.
func readText(p string, maxSize int64) ([]byte, error) {
	f, err := openNoBlock(p)
	if err != nil {
		if st, lerr := os.Lstat(p); lerr == nil && !st.Mode().IsRegular() {
			return nil, errNotRegular
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if st.Size() > maxSize {
		return nil, &tooLargeError{st.Size(), maxSize}
	}
	// At most the size stat gave: a file growing meanwhile is read as it
	// was, one shrinking as it is.
	b := make([]byte, st.Size())
	want := min(len(b), binaryPrefix)
	head, err := io.ReadFull(f, b[:want])
	switch {
	case ignoreEOF(err) != nil:
		return nil, err
	case isBinary(b[:head]):
		return nil, nil
	case head < want:
		return b[:head], nil // it shrank
	}
	n, err := io.ReadFull(f, b[head:])
	return b[:head+n], ignoreEOF(err)
}

// ignoreEOF drops the end-of-file errors of a file that shrank.
func ignoreEOF(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil
	}
	return err
}

// mib formats a size in MiB.
func mib(n int64) string {
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', -1, 64) + " MiB"
}

// notes are what a scan skipped or could not read, printed after it,
// sorted, at most maxNotes of them.
type notes struct {
	mu   sync.Mutex
	list []string
}

const maxNotes = 50

func (n *notes) add(format string, args ...any) {
	n.mu.Lock()
	n.list = append(n.list, fmt.Sprintf(format, args...))
	n.mu.Unlock()
}

func (n *notes) print(w io.Writer) {
	n.mu.Lock()
	defer n.mu.Unlock()
	slices.Sort(n.list)
	for i, l := range n.list {
		if i == maxNotes {
			fmt.Fprintf(w, "jwtlint scan: note: %d more notes not shown\n", len(n.list)-maxNotes)
			break
		}
		fmt.Fprintf(w, "jwtlint scan: %s\n", l)
	}
}

// noteSubmodules notes the submodules of HEAD, whose history --git does
// not scan: it is another repository's (their files in the work tree are
// scanned without --git).
func (s *scanner) noteSubmodules(ctx context.Context) {
	out, err := gitOutput(ctx, s.root, "config", "--blob", "HEAD:.gitmodules", "--get-regexp", `^submodule\..*\.path$`)
	if err != nil {
		return // no commit, or no .gitmodules
	}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if _, path, ok := strings.Cut(l, " "); ok {
			s.notes.add("note: the history of submodule %s was not scanned: it is a repository of its own (run jwtlint scan --git in it)", path)
		}
	}
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
	if !parse || translationFile(frag.FilePath) {
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

// translationDirs name the directories of a user interface's translation
// catalogues (web/src/locales/en.json, i18n/de.yaml): their values are
// labels for people ("Signing Secret"), never a program's secrets.
var translationDirs = map[string]bool{
	"locales": true, "locale": true, "i18n": true, "l10n": true, "translations": true, "lang": true, "langs": true,
}

// translationFile reports whether path (slash-separated, relative) is in a
// translation catalogue's directory: its settings are not read.
func translationFile(path string) bool {
	dirs := strings.Split(path, "/")
	for _, d := range dirs[:len(dirs)-1] {
		if translationDirs[strings.ToLower(d)] {
			return true
		}
	}
	return false
}

type hint struct {
	path []string
	alg  string
	line int
	n    int // its place in the file's hints: the first wins a tie
}

// analyze records the JWT secrets assigned in a file's content whose line
// (plus offset) is within lo..hi.
func (s *scanner) analyze(frag sources.Fragment, f format, content []byte, offset, lo, hi int, committed bool) {
	dotEnv := f == formatEnv && isDotEnv(frag.FilePath)
	var as []assignment
	var unread map[int]bool
	if dotEnv {
		as, unread = parseDotEnv(content)
	} else {
		as = extract(f, content)
	}
	algs := newAlgIndex(hintsOf(as))
	sib := siblingsOf(as)
	ls := lines(content)
	for _, a := range as {
		line := a.line + offset
		if lo > 0 && (line < lo || line > hi) || !isSecretNameIn(a.path, sib) && !s.codeName(a.path, f) {
			continue
		}
		if f != formatEnv {
			a = springDefault(a)
		}
		if strings.HasPrefix(strings.TrimSpace(a.value), "-----BEGIN") {
			continue // a PEM key: not an HMAC secret
		}
		if isKeyFileName(a.value) {
			continue // server.key, ./keys/private.pem: where a key is read from
		}
		alg := a.alg
		if alg == "" {
			alg = algs.nearest(a)
		} else if !strings.HasPrefix(alg, "HS") {
			continue // RS256, ES256, EdDSA…: a public key or a JWK, not an HMAC secret
		}
		h := &secretHit{file: frag.FilePath, commit: frag.CommitSHA, info: frag.CommitInfo,
			name: displayName(a.path), value: a.value, line: line, col: a.col, alg: alg, committed: committed}
		if dotEnv && len(a.path) == 1 && !unread[a.line] {
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

// hintsOf returns the algorithm hints among a file's assignments.
func hintsOf(as []assignment) []hint {
	var hints []hint
	for _, a := range as {
		if alg, ok := algHint(a.path, a.value); ok {
			hints = append(hints, hint{a.path, alg, a.line, len(hints)})
		}
	}
	return hints
}

// algIndex finds the algorithm hint sharing the longest key-path prefix
// with an assignment, then the closest line (then the first in the file), in
// time independent of the number of hints: a trie of the hints' parent key
// paths whose every node holds, sorted by line, the hints below it.
type algIndex struct {
	kids  map[string]*algIndex
	hints []hint
}

func newAlgIndex(hints []hint) *algIndex {
	root := &algIndex{}
	for _, h := range hints {
		n := root
		n.hints = append(n.hints, h)
		for _, k := range h.path[:len(h.path)-1] {
			if n.kids == nil {
				n.kids = map[string]*algIndex{}
			}
			if n.kids[k] == nil {
				n.kids[k] = &algIndex{}
			}
			n = n.kids[k]
			n.hints = append(n.hints, h)
		}
	}
	root.sort()
	return root
}

func (n *algIndex) sort() {
	slices.SortStableFunc(n.hints, func(a, b hint) int { return a.line - b.line })
	for _, k := range n.kids {
		k.sort()
	}
}

// nearest returns the algorithm named nearest to a, or "".
func (n *algIndex) nearest(a assignment) string {
	if len(n.hints) == 0 {
		return ""
	}
	// The deepest node on a's parent path with hints below it: they share
	// its depth with a, every other hint less.
	for _, k := range a.path[:len(a.path)-1] {
		next := n.kids[k]
		if next == nil {
			break
		}
		n = next
	}
	hs := n.hints
	// The first hint on the closest line at or above a, and below it.
	i, _ := slices.BinarySearchFunc(hs, a.line+1, func(h hint, line int) int { return h.line - line })
	best := -1
	if i > 0 {
		best, _ = slices.BinarySearchFunc(hs, hs[i-1].line, func(h hint, line int) int { return h.line - line })
	}
	if i < len(hs) && (best < 0 || hs[i].line-a.line < a.line-hs[best].line ||
		hs[i].line-a.line == a.line-hs[best].line && hs[i].n < hs[best].n) {
		best = i
	}
	return hs[best].alg
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
		out.Secret = s.mask(f.Secret)
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
