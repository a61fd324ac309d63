// Package token implements "jwtlint token": offline tools to decode, verify
// and sign JSON Web Tokens, so that nobody pastes a token or a key into a
// web page. Signing and verification are golang-jwt/jwt/v5's.
//
// Keys come from an environment variable (--key-env NAME) or a file
// (--key-file F, "-" for standard input), never from a command-line literal.
//
// Exit codes: decode and sign return 0 on success and 2 on usage, input or
// I/O errors; verify returns 0 when the token is valid, 1 when it is not
// (the reason is printed), 2 on usage or I/O errors (no key, unreadable
// file).
package token

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Exit codes of "jwtlint token".
const (
	ExitOK      = 0
	ExitInvalid = 1 // verify: the token is not valid
	ExitError   = 2 // usage, input or I/O error
)

// Main runs "jwtlint token" with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(args, env{
		stdin:     stdin,
		stdout:    stdout,
		stderr:    stderr,
		lookupEnv: os.LookupEnv,
		now:       time.Now,
	})
}

// env is what a run of the command uses from the outside world; tests
// replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lookupEnv      func(string) (string, bool)
	now            func() time.Time
}

const usageText = `usage: jwtlint token <command> [flags] [TOKEN]

Offline JWT tools; nothing leaves this machine.

  decode [--json] [TOKEN]
      print the header and claims, times as dates; the signature is NOT checked
  verify (--key-env NAME | --key-file F)... [--alg ALG,...] [TOKEN]
      check the signature, exp and nbf; exit 0 when valid, 1 (with the reason) when not
  sign [--alg ALG] (--key-env NAME | --key-file F) [--claims JSON | --claims-file F] [--exp 1h]
      print a signed token

TOKEN is an argument, or read from standard input when absent or "-"; a
leading "Bearer " is dropped. Keys come from an environment variable or a
file ("-" for standard input), never from the command line. Run
"jwtlint token <command> -h" for a command's flags.

Exit codes: 0 success (verify: valid); 1 verify: invalid; 2 usage or I/O error.
`

func run(args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usageText)
		return ExitError
	}
	switch args[0] {
	case "decode":
		return decode(args[1:], e)
	case "verify":
		return verify(args[1:], e)
	case "sign":
		return sign(args[1:], e)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usageText)
		return ExitOK
	}
	fmt.Fprintf(e.stderr, "jwtlint token: unknown command %q\n\n", args[0])
	fmt.Fprint(e.stderr, usageText)
	return ExitError
}

// newFlagSet returns a flag set for "jwtlint token name" that prints usage
// (synopsis, then flags) to stderr.
func newFlagSet(e env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet("jwtlint token "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: jwtlint token %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and reports the exit code to return when parsing
// stops the command (help, or an error already printed).
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK, false
		}
		return ExitError, false
	}
	return 0, true
}

// failf prints an error for command and returns ExitError.
func failf(e env, command, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "jwtlint token %s: "+format+"\n", append([]any{command}, args...)...)
	return ExitError
}

// readToken returns the token named by the remaining arguments: the one
// argument, or standard input when there is none or it is "-". White space
// and a leading "Bearer " (as copied from an Authorization header) are
// dropped.
func readToken(fs *flag.FlagSet, e env, stdinTaken bool) (string, error) {
	var tok string
	switch {
	case fs.NArg() > 1:
		return "", fmt.Errorf("want one token, got %d arguments", fs.NArg())
	case fs.NArg() == 1 && fs.Arg(0) != "-":
		tok = fs.Arg(0)
	default:
		if stdinTaken {
			return "", errors.New("standard input already holds the key: give the token as an argument")
		}
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return "", fmt.Errorf("reading token from standard input: %w", err)
		}
		tok = string(b)
	}
	tok = strings.TrimSpace(tok)
	if len(tok) > 7 && strings.EqualFold(tok[:7], "bearer ") {
		tok = strings.TrimSpace(tok[7:])
	}
	if tok == "" {
		return "", errors.New("no token given")
	}
	return tok, nil
}

// timeClaims are the registered claims holding NumericDate values (RFC 7519
// §4.1), in the order they are shown.
var timeClaims = []string{"iat", "nbf", "exp", "auth_time"}

// describeTime formats a NumericDate relative to now: "2026-11-22T03:00:00Z
// (in 59m0s)" or "(3h0m0s ago)".
func describeTime(t, now time.Time) string {
	d := t.Sub(now).Round(time.Second)
	rel := "now"
	switch {
	case d > 0:
		rel = "in " + humanDuration(d)
	case d < 0:
		rel = humanDuration(-d) + " ago"
	}
	return fmt.Sprintf("%s (%s)", t.UTC().Format(time.RFC3339), rel)
}

// humanDuration rounds long durations to days.
func humanDuration(d time.Duration) string {
	if d >= 48*time.Hour {
		return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
	}
	return d.String()
}

// indentJSON pretty-prints a JSON object keeping its key order and number
// spelling.
func indentJSON(raw []byte) string {
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return string(raw)
	}
	return b.String()
}
