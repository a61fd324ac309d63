package token

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
)

// addKeyFlags defines --key-env, --key-file and --key-encoding.
func addKeyFlags(fs *flag.FlagSet, keys *keySources, repeat string) *string {
	fs.Var(keyFlag{list: keys, env: true}, "key-env", "read the key from the environment variable `NAME`"+repeat)
	fs.Var(keyFlag{list: keys}, "key-file", "read the key from `FILE` (\"-\": standard input): an HMAC secret (final newline dropped) or a PEM key"+repeat)
	return fs.String("key-encoding", "raw", "how HMAC secrets are written: raw (the text itself, as []byte(os.Getenv(NAME)) uses it), hex, base64 or base64url")
}

// stdinKeys counts the keys read from standard input.
func stdinKeys(keys keySources) int {
	n := 0
	for _, k := range keys {
		if k.file == "-" {
			n++
		}
	}
	return n
}

// parseAlgs reads a comma-separated list of algorithm names, canonicalized.
// "none" is refused.
func parseAlgs(list string) ([]string, error) {
	var algs []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if strings.EqualFold(name, "none") {
			return nil, errors.New(`--alg none: unsigned tokens are never accepted`)
		}
		a, ok := gen.Lookup(name)
		if !ok {
			return nil, fmt.Errorf("unknown algorithm %q in --alg (want %s)", name, gen.AlgorithmNames())
		}
		if !slices.Contains(algs, a.Name) {
			algs = append(algs, a.Name)
		}
	}
	return algs, nil
}

// invalid prints why the token is not valid and returns ExitInvalid.
func invalid(e env, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "invalid: "+format+"\n", args...)
	return ExitInvalid
}

func verify(args []string, e env) int {
	fs := newFlagSet(e, "verify", "(--key-env NAME | --key-file FILE)... [--alg ALG,...] [flags] [TOKEN]")
	var keys keySources
	encoding := addKeyFlags(fs, &keys, "; repeat key flags to accept several keys, tried in order (new key, then previous)")
	algList := fs.String("alg", "", "comma-separated `algorithms` to accept (default: every algorithm of the key's type: HS256,HS384,HS512 for a secret, RS*,PS* for RSA, ES* of the key's curve, EdDSA); none is never accepted")
	leeway := fs.Duration("leeway", 0, "clock skew to allow when checking exp and nbf")
	iss := fs.String("iss", "", "require this issuer (iss)")
	aud := fs.String("aud", "", "require this audience (aud)")
	requireExp := fs.Bool("require-exp", false, "reject tokens without an exp claim")
	quiet := fs.Bool("q", false, "print nothing but errors and the reason a token is invalid")
	asJSON := fs.Bool("json", false, `when valid, print {"verified": true, "header": …, "claims": …, "times": …} as JSON`)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if len(keys) == 0 {
		return failf(e, "verify", "need --key-env NAME or --key-file FILE (keys are never taken from the command line)")
	}
	if stdinKeys(keys) > 1 {
		return failf(e, "verify", "only one key can come from standard input")
	}
	tok, err := readToken(fs, e, stdinKeys(keys) > 0)
	if err != nil {
		return failf(e, "verify", "%v", err)
	}
	loaded := make([]key, 0, len(keys))
	for _, src := range keys {
		k, err := loadKey(e, src, *encoding, false)
		if err != nil {
			return failf(e, "verify", "%v", err)
		}
		loaded = append(loaded, k)
	}
	families := make([][]string, len(loaded))
	for i, k := range loaded {
		if families[i], err = family(k.material); err != nil {
			return failf(e, "verify", "key from %s: %v", k.source, err)
		}
	}
	var allowed []string
	if *algList != "" {
		if allowed, err = parseAlgs(*algList); err != nil {
			return failf(e, "verify", "%v", err)
		}
		for _, alg := range allowed {
			if !slices.ContainsFunc(families, func(f []string) bool { return slices.Contains(f, alg) }) {
				return failf(e, "verify", "--alg %s cannot be verified with %s (from %s)", alg, kindName(loaded[0].material), loaded[0].source)
			}
		}
	} else {
		for _, f := range families {
			for _, alg := range f {
				if !slices.Contains(allowed, alg) {
					allowed = append(allowed, alg)
				}
			}
		}
	}

	// Check the header before any key is used: a token may not choose its
	// own algorithm (RFC 8725 §3.1).
	p, err := parseUnverified(tok)
	if err != nil {
		return invalid(e, "%v", err)
	}
	switch {
	case p.alg == "" || strings.EqualFold(p.alg, "none"):
		return invalid(e, "alg is %q: unsigned tokens are never accepted", p.alg)
	case !slices.Contains(allowed, p.alg):
		return invalid(e, "algorithm %s is not accepted (accepted: %s)", p.alg, strings.Join(allowed, ", "))
	}

	opts := []jwt.ParserOption{
		jwt.WithValidMethods(allowed),
		jwt.WithLeeway(*leeway),
		jwt.WithTimeFunc(e.now),
		jwt.WithJSONNumber(),
	}
	if *iss != "" {
		opts = append(opts, jwt.WithIssuer(*iss))
	}
	if *aud != "" {
		opts = append(opts, jwt.WithAudience(*aud))
	}
	if *requireExp {
		opts = append(opts, jwt.WithExpirationRequired())
	}
	parser := jwt.NewParser(opts...)
	var tried []string
	for i, k := range loaded {
		if !slices.Contains(families[i], p.alg) {
			continue
		}
		tried = append(tried, k.source.String())
		_, err := parser.Parse(tok, func(*jwt.Token) (any, error) { return k.material, nil })
		if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
			continue
		}
		if w := weakness(k, p.alg); w != "" {
			fmt.Fprintf(e.stderr, "warning: %s\n", w)
		}
		if err != nil {
			return invalid(e, "%s", reason(err, p, e.now(), *leeway))
		}
		switch {
		case *asJSON:
			fmt.Fprint(e.stdout, p.json(true, k.source.String()))
		case !*quiet:
			which := ""
			if len(loaded) > 1 {
				which = fmt.Sprintf(" (key %d of %d)", i+1, len(loaded))
			}
			fmt.Fprintf(e.stdout, "valid: %s signature verified with the key from %s%s\n%s", p.alg, k.source, which, p.describe(e.now()))
		}
		return ExitOK
	}
	if len(tried) == 1 {
		return invalid(e, "signature does not match the key from %s: the token was signed with another key, or altered", tried[0])
	}
	return invalid(e, "signature matches none of the keys (%s): the token was signed with another key, or altered", strings.Join(tried, ", "))
}

// reason explains a claims validation error from jwt.Parser, with dates.
func reason(err error, p parsed, now time.Time, leeway time.Duration) string {
	when := func(claim string) string {
		if t, ok := numericDate(p.claimMap[claim]); ok {
			return " " + describeTime(t, now)
		}
		return ""
	}
	lw := ""
	if leeway > 0 {
		lw = fmt.Sprintf(", with %s leeway", leeway)
	}
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return "token expired: exp" + when("exp") + lw
	case errors.Is(err, jwt.ErrTokenNotValidYet):
		return "token not valid yet: nbf" + when("nbf") + lw
	case errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "token issued in the future: iat" + when("iat")
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		msg := err.Error()
		return "missing claim: " + msg[strings.LastIndex(msg, ": ")+2:]
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "wrong issuer (iss)"
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "wrong audience (aud)"
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "malformed token: " + err.Error()
	}
	return err.Error()
}
