package token

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// defaultExp is the lifetime sign gives a token whose claims have no exp.
const defaultExp = time.Hour

func sign(args []string, e env) int {
	fs := newFlagSet(e, "sign", "[--alg ALG] (--key-env NAME | --key-file FILE) [--claims JSON | --claims-file FILE] [--exp 1h] [--kid ID]")
	var keys keySources
	encoding := addKeyFlags(fs, &keys, "")
	algName := fs.String("alg", "", "signing `algorithm` (default: HS256 for a secret, RS256 for RSA, ES256/384/512 by curve, EdDSA)")
	claimsJSON := fs.String("claims", "", "claims as a JSON `object`, e.g. '{\"sub\":\"u1\"}'")
	claimsFile := fs.String("claims-file", "", "read the claims JSON object from `FILE` (\"-\": standard input)")
	exp := fs.Duration("exp", defaultExp, "set exp to now plus this `duration`; 0 leaves exp out; without the flag, an exp in the claims is kept")
	kid := fs.String("kid", "", "key ID (kid) header")
	allowWeak := fs.Bool("allow-weak-key", false, "sign even with a key that is too short or guessable (for testing a verifier)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case fs.NArg() > 0:
		return failf(e, "sign", "unexpected argument %q (claims go in --claims)", fs.Arg(0))
	case len(keys) == 0:
		return failf(e, "sign", "need --key-env NAME or --key-file FILE (keys are never taken from the command line)")
	case len(keys) > 1:
		return failf(e, "sign", "sign takes one key")
	case set["claims"] && set["claims-file"]:
		return failf(e, "sign", "--claims and --claims-file cannot be used together")
	case keys[0].file == "-" && *claimsFile == "-":
		return failf(e, "sign", "the key and the claims cannot both come from standard input")
	}

	k, err := loadKey(e, keys[0], *encoding, true)
	if err != nil {
		return failf(e, "sign", "%v", err)
	}
	fam, err := family(k.material)
	if err != nil {
		return failf(e, "sign", "key from %s: %v", k.source, err)
	}
	alg := fam[0]
	if *algName != "" {
		algs, err := parseAlgs(*algName)
		if err != nil || len(algs) != 1 {
			if err == nil {
				err = fmt.Errorf("--alg takes one algorithm")
			}
			return failf(e, "sign", "%v", err)
		}
		alg = algs[0]
		if !slices.Contains(fam, alg) {
			return failf(e, "sign", "%s cannot sign with %s (from %s)", alg, kindName(k.material), k.source)
		}
	}
	if w := weakness(k, alg); w != "" {
		if !*allowWeak {
			return failf(e, "sign", "%s (or --allow-weak-key to sign anyway)", w)
		}
		fmt.Fprintf(e.stderr, "warning: %s\n", w)
	}

	raw := []byte("{}")
	switch {
	case set["claims"]:
		raw = []byte(*claimsJSON)
	case *claimsFile == "-":
		if raw, err = io.ReadAll(e.stdin); err != nil {
			return failf(e, "sign", "reading claims from standard input: %v", err)
		}
	case *claimsFile != "":
		if raw, err = os.ReadFile(*claimsFile); err != nil {
			return failf(e, "sign", "reading claims: %v", err)
		}
	}
	claims, err := jsonObject(raw)
	if err != nil {
		return failf(e, "sign", "claims: %v", err)
	}
	now := e.now()
	if _, ok := claims["iat"]; !ok {
		claims["iat"] = now.Unix()
	}
	_, hasExp := claims["exp"]
	switch {
	case set["exp"] && *exp == 0:
		delete(claims, "exp")
	case set["exp"] || !hasExp:
		claims["exp"] = now.Add(*exp).Unix()
	}

	t := jwt.NewWithClaims(jwt.GetSigningMethod(alg), jwt.MapClaims(claims))
	if *kid != "" {
		t.Header["kid"] = *kid
	}
	s, err := t.SignedString(k.material)
	if err != nil {
		return failf(e, "sign", "signing with %s: %v", alg, err)
	}
	fmt.Fprintln(e.stdout, s)
	return ExitOK
}
