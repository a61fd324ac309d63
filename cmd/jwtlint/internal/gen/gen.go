// Package gen implements "jwtlint gen": a fresh JWT secret or key pair from
// crypto/rand, at the size the algorithm needs, printed alone on standard
// output, written into a .env file (through package envfile) or, for
// asymmetric algorithms, written to PEM files.
//
// Exit codes: 0 done; 1 refused for safety (git tracks the .env file, or the
// key files exist, and --force was not given); 2 usage, I/O or other errors.
package gen

import (
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// MaxCount bounds --count; the secrets are held until all are generated, so
// that a failing random source prints none.
const MaxCount = 10000

// Exit codes of "jwtlint gen".
const (
	ExitOK      = 0
	ExitRefused = 1
	ExitError   = 2
)

// Main runs "jwtlint gen" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(args, env{random: rand.Reader, stdout: stdout, stderr: stderr})
}

// env is what a run of the command uses from the outside world.
type env struct {
	random         io.Reader // crypto/rand.Reader but in tests
	stdout, stderr io.Writer
}

type options struct {
	alg       string
	bits      int
	format    string
	count     int
	out       string
	toStdout  bool
	envFile   string
	varName   string
	rotate    bool
	force     bool
	gitignore bool
}

const usageText = `usage: jwtlint gen [flags]

Generates a JWT secret or key pair from crypto/rand.

  jwtlint gen [--alg HS256|HS384|HS512] [--bits N] [--format hex|base64|base64url|raw] [--count N]
      prints the secret alone on standard output: JWT_SECRET=$(jwtlint gen)
  jwtlint gen --env-file .env [--var JWT_SECRET] [--rotate] [--gitignore] [--force] [--alg ...]
      sets the variable in the .env file, keeping everything else in it
  jwtlint gen --alg RS256|...|EdDSA --out PREFIX [--force]
      writes PREFIX.key (private key, mode 0600) and PREFIX.pub (public key)
  jwtlint gen --alg RS256|...|EdDSA --stdout
      prints both keys, private first, on standard output

Exit codes: 0 done; 1 refused (git tracks the .env file, or the key files
exist, without --force); 2 usage or I/O error.

Flags:
`

func run(args []string, e env) int {
	var o options
	fs := flag.NewFlagSet("jwtlint gen", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, usageText)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.alg, "alg", "HS256", "signing `algorithm`: "+AlgorithmNames())
	fs.IntVar(&o.bits, "bits", 0, "key size in bits (`N`); at least, and by default, what the algorithm needs (HMAC: the hash size; RSA: 3072)")
	fs.StringVar(&o.format, "format", "hex", "secret encoding: "+Formats)
	fs.IntVar(&o.count, "count", 1, "number of secrets to print, one a line")
	fs.StringVar(&o.out, "out", "", "asymmetric algorithms: write `PREFIX`.key (mode 0600) and PREFIX.pub")
	fs.BoolVar(&o.toStdout, "stdout", false, "asymmetric algorithms: print the private and public key on standard output")
	fs.StringVar(&o.envFile, "env-file", "", "set the secret in this .env `file` instead of printing it")
	fs.StringVar(&o.varName, "var", "JWT_SECRET", "variable `name` for --env-file")
	fs.BoolVar(&o.rotate, "rotate", false, "with --env-file: keep the old value as NAME_PREVIOUS, so tokens signed with it still verify during a grace period")
	fs.BoolVar(&o.force, "force", false, "write a .env file that git tracks; overwrite existing --out files")
	fs.BoolVar(&o.gitignore, "gitignore", false, "with --env-file: add the file to .gitignore when git does not ignore it")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitError
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if fs.NArg() > 0 {
		return usageError(e, "unexpected argument %q", fs.Arg(0))
	}
	alg, ok := Lookup(o.alg)
	if !ok {
		return usageError(e, "unknown algorithm %q (want %s)", o.alg, AlgorithmNames())
	}
	bits, err := CheckBits(alg, o.bits)
	if err != nil {
		return usageError(e, "%v", err)
	}
	if !set["env-file"] {
		for _, f := range []string{"var", "rotate", "gitignore"} {
			if set[f] {
				return usageError(e, "--%s needs --env-file", f)
			}
		}
	}
	if alg.Symmetric() {
		return secret(e, o, set, alg, bits)
	}
	return keyPair(e, o, set, alg, bits)
}

func usageError(e env, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "jwtlint gen: "+format+"\n", args...)
	fmt.Fprintln(e.stderr, `run "jwtlint gen -h" for usage`)
	return ExitError
}

// secret generates HMAC secrets.
func secret(e env, o options, set map[string]bool, alg Algorithm, bits int) int {
	for _, f := range []string{"out", "stdout"} {
		if set[f] {
			return usageError(e, "--%s is for asymmetric algorithms; %s uses a shared secret", f, alg.Name)
		}
	}
	format, err := ParseFormat(o.format)
	if err != nil {
		return usageError(e, "%v", err)
	}
	if o.count < 1 || o.count > MaxCount {
		return usageError(e, "--count must be between 1 and %d", MaxCount)
	}
	if o.envFile != "" {
		if o.count != 1 {
			return usageError(e, "--count cannot be used with --env-file")
		}
		if format == Raw {
			return usageError(e, "--format raw cannot be written to a .env file")
		}
		return writeEnv(e, o, alg, bits, format)
	}
	if format == Raw && isTerminal(e.stdout) {
		return usageError(e, "refusing to print raw bytes to a terminal: redirect standard output or choose another --format")
	}
	var b strings.Builder
	for range o.count {
		s, err := Secret(e.random, bits)
		if err != nil {
			fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
			return ExitError
		}
		b.WriteString(Encode(s, format))
		if format != Raw {
			b.WriteByte('\n')
		}
	}
	if _, err := io.WriteString(e.stdout, b.String()); err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: writing output: %v\n", err)
		return ExitError
	}
	return ExitOK
}

// writeEnv generates a secret and sets it in o.envFile. It reports what it
// did, never the secret.
func writeEnv(e env, o options, alg Algorithm, bits int, format Format) int {
	s, err := Secret(e.random, bits)
	if err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
		return ExitError
	}
	// A guessable or short old value is never kept as NAME_PREVIOUS: while
	// it verifies tokens, whoever guessed it can forge them.
	notKept := ""
	if o.rotate {
		notKept = weakValue(o.envFile, o.varName, alg)
	}
	res, err := envfile.Set(o.envFile, o.varName, Encode(s, format), envfile.Options{
		Force:     o.force,
		Rotate:    o.rotate && notKept == "",
		Gitignore: o.gitignore,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
		if errors.Is(err, envfile.ErrTracked) {
			fmt.Fprintln(e.stderr, "jwtlint gen: the old secret is in git history too: treat it as leaked once the new one is deployed")
			return ExitRefused
		}
		return ExitError
	}
	fmt.Fprint(e.stdout, Report(o.envFile, o.varName, res, fmt.Sprintf("%d-bit %s secret, %s", bits, alg.Name, format)))
	if notKept == "" {
		notKept = res.NotKept
	}
	if notKept != "" {
		fmt.Fprintf(e.stderr, "note: --rotate did not keep the old value of %s as %s%s: it is %s, and while it verified tokens whoever guessed it could forge them; sessions signed with it end now\n",
			o.varName, o.varName, envfile.PreviousSuffix, notKept)
	}
	if res.Tracked {
		fmt.Fprintf(e.stderr, "warning: git tracks %s: the new secret will be committed with it; untrack it (git rm --cached) and rotate again\n", o.envFile)
	} else if res.InRepo && !res.Ignored {
		fmt.Fprintf(e.stderr, "warning: git does not ignore %s: one \"git add .\" commits the secret; run again with --gitignore or add it to .gitignore\n", o.envFile)
	}
	return ExitOK
}

// weakValue describes why the current value of name in the .env file at
// path is too weak for alg, or returns "" (also when it cannot tell).
func weakValue(path, name string, alg Algorithm) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var value string
	for _, e := range envfile.Parse(data) {
		if e.Name == name {
			value = e.Value
		}
	}
	if value == "" {
		return ""
	}
	if v := (weak.Judge{}).Check(value); v.Weak() {
		return "guessable (" + v.Reason.String() + ")"
	}
	if len(value)*8 < alg.MinBits {
		return fmt.Sprintf("%d bytes, shorter than %s needs (%d)", len(value), alg.Name, alg.MinBits/8)
	}
	return ""
}

// Report describes, for a person, what envfile.Set did to path: which
// variable it set on which lines, with what (what is a description such as
// "256-bit HS256 secret, hex", never the secret), and what it kept and
// changed besides. jwtlint scan --fix prints the same lines.
func Report(path, name string, res envfile.Result, what string) string {
	var b strings.Builder
	verb := "set"
	if res.Added {
		verb = "added"
	}
	fmt.Fprintf(&b, "%s %s in %s (line %s): new %s\n", verb, name, path, lines(res.Lines), what)
	if res.Created {
		fmt.Fprintf(&b, "created %s with mode 0600\n", path)
	}
	if res.Previous != "" {
		fmt.Fprintf(&b, "kept the old value as %s (line %s): verify with %s, then %s, until tokens signed with the old secret expire; then delete %s\n",
			res.Previous, lines(res.PreviousLines), name, res.Previous, res.Previous)
	}
	if res.Gitignore != "" {
		fmt.Fprintf(&b, "added %s to %s\n", filepath.Base(res.Path), res.Gitignore)
	}
	return b.String()
}

func lines(ls []int) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = fmt.Sprint(l)
	}
	return strings.Join(s, ", ")
}

// keyPair generates an asymmetric key pair and writes it out.
func keyPair(e env, o options, set map[string]bool, alg Algorithm, bits int) int {
	for _, f := range []string{"format", "count", "env-file"} {
		if set[f] {
			return usageError(e, "--%s is for HMAC secrets; %s keys are written as PEM to --out files", f, alg.Name)
		}
	}
	switch {
	case o.out == "" && !o.toStdout:
		return usageError(e, "%s needs --out PREFIX (writes PREFIX.key and PREFIX.pub) or --stdout", alg.Name)
	case o.out != "" && o.toStdout:
		return usageError(e, "--out and --stdout cannot be used together")
	case strings.HasSuffix(o.out, ".key") || strings.HasSuffix(o.out, ".pub"):
		return usageError(e, "--out takes a prefix: --out %s writes %s.key and %s.pub", strings.TrimSuffix(strings.TrimSuffix(o.out, ".key"), ".pub"), o.out, o.out)
	case set["force"] && o.out == "":
		return usageError(e, "--force is for --out or --env-file")
	}
	key, err := KeyPair(e.random, alg, bits)
	if err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
		return ExitError
	}
	priv, pub, err := PEM(key)
	if err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
		return ExitError
	}
	if o.toStdout {
		if _, err := e.stdout.Write(append(priv, pub...)); err != nil {
			fmt.Fprintf(e.stderr, "jwtlint gen: writing output: %v\n", err)
			return ExitError
		}
		return ExitOK
	}
	keyPath, pubPath := o.out+".key", o.out+".pub"
	if err := writeKeys(keyPath, pubPath, priv, pub, o.force); err != nil {
		fmt.Fprintf(e.stderr, "jwtlint gen: %v\n", err)
		if errors.Is(err, fs.ErrExist) {
			return ExitRefused
		}
		return ExitError
	}
	size := fmt.Sprintf("%d-bit ", bits)
	if alg.Kind == EdDSA {
		size = "Ed25519 "
	}
	fmt.Fprintf(e.stdout, "wrote %s (%s%s private key, PKCS #8 PEM, mode 0600; keep it secret) and %s (public key, PKIX PEM; give it to verifiers)\n",
		keyPath, size, alg.Name, pubPath)
	return ExitOK
}

// writeKeys writes the key files. Without force it refuses, before writing
// anything, if either exists, and creates them exclusively; with force it
// replaces them atomically.
func writeKeys(keyPath, pubPath string, priv, pub []byte, force bool) error {
	if force {
		if err := envfile.WriteFile(keyPath, priv, 0o600); err != nil {
			return err
		}
		return envfile.WriteFile(pubPath, pub, 0o644)
	}
	for _, p := range []string{keyPath, pubPath} {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s: %w; use --force to replace it", p, fs.ErrExist)
		}
	}
	if err := createExclusive(keyPath, priv, 0o600); err != nil {
		return err
	}
	if err := createExclusive(pubPath, pub, 0o644); err != nil {
		os.Remove(keyPath)
		return err
	}
	return nil
}

func createExclusive(path string, data []byte, perm fs.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w; use --force to replace it", path, fs.ErrExist)
		}
		return fmt.Errorf("creating %s: %w", path, err)
	}
	// The umask may have narrowed perm; the private key must be exactly 0600.
	if err := f.Chmod(perm); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("setting mode of %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("syncing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return fmt.Errorf("closing %s: %w", path, err)
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
