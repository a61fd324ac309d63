package scan

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

const usageText = `Usage: jwtlint scan [flags] [PATH]

Finds weak, short and committed JWT secrets in .env, YAML, JSON, TOML, INI,
properties, docker-compose, Kubernetes Secret and shell files under PATH
(default "."; a file scans that file), ignored files included, or in its git
history (--git), and JWTs signed with guessable secrets.

gitleaks' names work too: --source (-s) for PATH, --report-format,
--report-path, --baseline-path, --gitleaks-ignore-path, --redact[=N],
-v (--verbose), --no-banner.

Exit codes: 0 no findings, 1 findings (or --exit-code), 2 usage or I/O error.

Flags:
`

func parseFlags(args []string, stderr io.Writer) (Options, error) {
	o := Options{Path: ".", Format: "text", Report: "-", ExitCode: 1, Redact: true, MaxFileSize: 10 << 20}
	fs := flag.NewFlagSet("jwtlint scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.Git, "git", false, "scan the whole git history of the repository at PATH (all branches, deleted files included)")
	fs.BoolVar(&o.Staged, "staged", false, "scan only what is staged for commit (for pre-commit hooks)")
	fs.StringVar(&o.LogOpts, "log-opts", "", "git log options choosing the commits and paths --git scans, replacing \"--full-history --all\" (e.g. \"main~20..main\", \"--since=2024-01-01 -- config/\")")
	fs.StringVar(&o.Format, "format", "text", "report format: text, json, sarif, csv or junit")
	fs.StringVar(&o.Format, "report-format", "text", "same as --format (gitleaks' name)")
	fs.StringVar(&o.Report, "report", "-", "write the report to this file (- for standard output), atomically")
	fs.StringVar(&o.Report, "report-path", "-", "same as --report (gitleaks' name)")
	fs.IntVar(&o.ExitCode, "exit-code", 1, "exit code when there are findings")
	noRedact := fs.Bool("no-redact", false, "show secrets in full in the report")
	fs.Var(redactFlag{&o}, "redact", "mask secrets in the report (the default); `N` from 1 to 100 masks N% of each secret as gitleaks does, 0 shows them in full")
	fs.StringVar(&o.Baseline, "baseline", "", "ignore findings present in this earlier JSON report")
	fs.StringVar(&o.Baseline, "baseline-path", "", "same as --baseline (gitleaks' name)")
	fs.StringVar(&o.IgnoreFile, "gitleaks-ignore", "", "fingerprints to ignore (default PATH/.gitleaksignore)")
	ignorePath := fs.String("gitleaks-ignore-path", "", "same as --gitleaks-ignore, or a directory holding a .gitleaksignore (gitleaks' name)")
	fs.StringVar(&o.Config, "config", "", "gitleaks TOML config whose rules run in addition to jwtlint's")
	fs.StringVar(&o.Wordlist, "wordlist", "", "file of guessable secrets, one a line, added to the built-in dictionary")
	fs.BoolVar(&o.Progress, "progress", false, "show progress on stderr even when it is not a terminal (then a line every 5 seconds)")
	fs.BoolVar(&o.NoColor, "no-color", false, "never colour text output")
	fs.BoolVar(&o.Verbose, "verbose", false, "also print the findings as text when the report goes to a file or is not text")
	fs.BoolVar(&o.Verbose, "v", false, "same as --verbose")
	fs.Bool("no-banner", false, "accepted for gitleaks' command lines: jwtlint prints no banner")
	maxMB := fs.Int("max-file-size", 10, "skip files larger than this many MiB")
	fs.IntVar(&o.Workers, "workers", 0, "parallel workers (default: number of CPUs)")
	explain := fs.String("explain", "", "print the documentation of a rule ID (the scanner's or the analyzer's) and exit")
	fs.BoolVar(&o.Fix, "fix", false, "replace weak and short secrets in .env files git does not track by new random ones (prints what changed, never the secrets)")
	rotate := fs.Bool("rotate", false, "deprecated with --fix, and ignored: a guessable or short secret is never kept as NAME_PREVIOUS (to rotate a strong secret: jwtlint gen --rotate)")
	var source string
	fs.StringVar(&source, "source", "", "the PATH to scan (gitleaks' name)")
	fs.StringVar(&source, "s", "", "same as --source")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
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
		o.explain = *explain
		return o, nil
	}
	if source != "" {
		rest = append([]string{source}, rest...)
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
	if *ignorePath != "" {
		o.IgnoreFile = *ignorePath
		if st, err := os.Stat(*ignorePath); err == nil && st.IsDir() {
			o.IgnoreFile = filepath.Join(*ignorePath, ".gitleaksignore")
		}
	}
	if o.Git && o.Staged {
		return o, errors.New("--git and --staged cannot be used together")
	}
	if o.LogOpts != "" && !o.Git {
		return o, errors.New("--log-opts needs --git")
	}
	if _, err := parseLogOpts(o.LogOpts); err != nil {
		return o, err
	}
	if o.Fix && (o.Git || o.Staged) {
		return o, errors.New("--fix rewrites files in the work tree; it cannot be used with --git or --staged")
	}
	switch {
	case *rotate && o.Fix:
		// Earlier versions kept the replaced value as NAME_PREVIOUS. It is
		// always guessable or too short, so keeping it would let whoever
		// guessed it forge tokens until it is deleted: the flag is accepted
		// for the scripts that pass it, and does nothing.
		fmt.Fprintln(stderr, "jwtlint scan: warning: --rotate is deprecated with --fix and ignored: every secret --fix replaces is guessable or too short, so none is kept as NAME_PREVIOUS (sessions signed with it end); rotate a strong secret with jwtlint gen --env-file FILE --rotate")
	case *rotate:
		return o, errors.New("--rotate needs --fix (where it is deprecated and ignored): rotate a strong secret with jwtlint gen --env-file FILE --rotate")
	}
	if o.ExitCode < 0 || o.ExitCode > 255 {
		return o, fmt.Errorf("--exit-code %d out of range 0-255", o.ExitCode)
	}
	return o, nil
}

// redactFlag is --redact: alone or =true, jwtlint's masking; =false or =0,
// none; =N, gitleaks' percentage.
type redactFlag struct{ o *Options }

func (f redactFlag) IsBoolFlag() bool { return true }

func (f redactFlag) String() string {
	if f.o == nil || !f.o.Redact {
		return "false"
	}
	if f.o.RedactPercent > 0 {
		return strconv.Itoa(f.o.RedactPercent)
	}
	return "true"
}

func (f redactFlag) Set(s string) error {
	switch s {
	case "true":
		f.o.Redact, f.o.RedactPercent = true, 0
		return nil
	case "false":
		f.o.Redact = false
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 100 {
		return fmt.Errorf("want true, false or a percentage from 0 to 100")
	}
	f.o.Redact, f.o.RedactPercent = n > 0, n
	return nil
}
