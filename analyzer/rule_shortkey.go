package analyzer

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
)

var ruleShortKey = &Rule{
	ID:    "short-key",
	Title: "undersized HMAC key for its JWT algorithm",
	Doc: `
RFC 7518 §3.2: "A key of the same size as the hash output or larger MUST be used"
with HMAC: 32 bytes for HS256, 48 for HS384, 64 for HS512. A shorter key lowers the
work of brute-forcing it offline from any one token to the size of the key, and JWT
libraries sign happily with short and even empty keys. What counts is entropy, not
length: the hex text of 16 random bytes is 32 bytes long but holds 128 bits, a UUID
string holds 122 bits in 36 bytes, and a key picked from a 62-letter alphabet holds
log2(62) ≈ 5.95 bits a character. jwtlint reads the algorithm from the site (the
token's signing method, WithValidMethods, the algorithm argument or field, the
library's documented default) and assumes HS256 when it cannot tell.

Generate a key of the right size with "jwtlint gen --alg HS512" (or read 64 bytes
from crypto/rand for HS512) and use the raw bytes, not their text. A literal key
is reported by hardcoded-key, whose message gives its size; short-key reports it
too only when hardcoded-key is disabled. The suggested fix grows a make([]byte, n)
filled from crypto/rand to the algorithm's size.

An unset environment variable is an empty string, and most JWT libraries sign and
verify with an empty HMAC key: a key read with os.Getenv (or os.LookupEnv) that
reaches a JWT library without the program ever looking at it is reported too, and so
is one read by name from a setting with no default by a getter that returns "" for
an unset setting (viper.GetString, koanf's String; a setting with a default,
viper.SetDefault, is judged by its default). Any comparison of the value (key == "",
len(key) < 32), any len of it, a use of LookupEnv's ok, a test that the setting is
set (viper.IsSet), a getter that refuses an empty value (koanf's MustString), or a
call of another package's function with it, in any function of the package (init, a
config validation method), counts as a check; a comparison with nil does not
([]byte(os.Getenv(name)) is never nil). A setting read in another package (a config
package returning a struct) is reported where it is used when neither that package
nor the using one looks at it; an environment variable only in the package that
reads it. Not reported: test code, and libraries that refuse an empty key
themselves (lestrrat-go/jwx, go-chi/jwtauth, cristalhq/jwt, gbrlsnchs/jwt).`,
	Bad: `
key := make([]byte, 16)
crypto_rand.Read(key)
jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(key)`,
	Good: `
key := make([]byte, 64) // HS512: 512 bits
crypto_rand.Read(key)
jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(key)`,
	CWE:              "CWE-326",
	Severity:         "medium",
	SecuritySeverity: 6.5,
	checkKey:         checkShortKey,
}

func checkShortKey(c *checker, r *Rule, u *KeyUse) {
	alg := u.Alg
	need, known := hmacBytes[alg]
	if alg != "" && !known {
		return // not an HMAC algorithm
	}
	if !known {
		alg, need = "HS256", 32
	}
	algText := "for " + alg
	if u.Alg == "" {
		algText = "(HMAC, algorithm unknown: HS256 assumed)"
	}
	for _, o := range u.Origins {
		var msg string
		switch {
		case o.Kind == Predictable && o.SizeParam == 0 && o.Len > 0 && o.Len < need:
			// weak-random-key reports the generator; the size is wrong too.
			msg = fmt.Sprintf("%d-byte HMAC key %s passed to %s (%s); RFC 7518 requires at least %d bytes: load a key made by `%s`", o.Len, algText, sinkName(u), describeRandom(o), need, genCommand(alg))
		case o.PrivateKey || (o.Kind != Literal && o.Kind != Random):
			continue
		case o.Kind == Literal && o.Len == 0:
			if o.Zero && len(u.Origins) > 1 {
				continue // a nil on one path only: usually an error path
			}
			switch {
			case o.Desc != "" && len(u.Origins) == 1:
				// Copied at initialization from settings loaded later
				// (provenance_initzero.go).
				msg = fmt.Sprintf("empty HMAC key passed to %s: %s, so anyone can forge tokens; read the setting when signing and verifying, and load a key made by `%s`", sinkName(u), o.Desc, genCommand(alg))
			case len(u.Origins) > 1:
				msg = fmt.Sprintf("key passed to %s falls back to an empty key: anyone can forge tokens when it does; fail when the key is missing and load one made by `%s`", sinkName(u), genCommand(alg))
			default:
				msg = fmt.Sprintf("empty HMAC key passed to %s: anyone can forge tokens; load a key made by `%s`", sinkName(u), genCommand(alg))
			}
		case o.Kind == Random && o.Bits >= 0 && o.Bits < float64(need*8):
			size := ""
			if o.Len >= 0 {
				size = fmt.Sprintf("%d-byte ", o.Len)
			}
			msg = fmt.Sprintf("%skey %s passed to %s holds only %.0f bits of entropy (%s); RFC 7518 requires %d: use %d random bytes, e.g. a key made by `%s`",
				size, algText, sinkName(u), o.Bits, describeRandom(o), need*8, need, genCommand(alg))
		case o.Kind == Literal && o.Len > 0 && o.Len < need && !c.cfg.enabled(ruleHardcodedKey.ID):
			// A literal key is reported by hardcoded-key, with its size.
			msg = fmt.Sprintf("HMAC key %s passed to %s is %d bytes; RFC 7518 requires at least %d: load a key made by `%s`", algText, sinkName(u), o.Len, need, genCommand(alg))
		default:
			continue
		}
		var rel []analysis.RelatedInformation
		if o.Pos.IsValid() && (o.Pos < u.Pos || o.Pos >= u.End) {
			what := "the key is made here"
			if o.Kind == Literal && o.Zero && o.Desc != "" {
				what = "the key is copied here, when the package is initialized"
			}
			rel = append(rel, analysis.RelatedInformation{Pos: o.Pos, Message: what})
		}
		var fixes []analysis.SuggestedFix
		if o.Kind == Random && o.MakePos.IsValid() && o.Enc == "" && o.SizeParam == 0 && o.Where == "" && o.Len >= 0 && o.Bits == float64(8*o.Len) {
			fixes = c.growFix(o.MakePos, need)
		}
		c.reportUse(r, u, msg, fixes, rel...)
		return
	}
	checkEnvKey(c, r, u, alg, need)
}

// checkEnvKey reports a key read from the environment, or from a setting
// with no default by a getter that returns "" when it is unset
// (viper.GetString), in this package that reaches the sink without the
// program ever looking at it (envcheck.go): an unset variable or setting is
// an empty key, and the libraries sign with it.
func checkEnvKey(c *checker, r *Rule, u *KeyUse, alg string, need int) {
	if u.Test || u.API == nil {
		return // a test's key from the environment signs nothing that ships
	}
	lib := rowPackage(u.API.Name)
	for _, p := range emptyKeyRefused {
		if strings.HasPrefix(lib, p) {
			return // the library fails closed itself
		}
	}
	for _, o := range u.Origins {
		if o.Kind == Literal {
			return // a fallback or a default: hardcoded-key's finding
		}
	}
	for _, o := range u.Origins {
		unset, name, ok := c.uncheckedRead(o)
		if !ok {
			continue
		}
		what := o.Via + "()"
		if name != "" {
			what = fmt.Sprintf("%s(%q)", o.Via, name)
		}
		if o.Where != "" {
			what += " (" + o.Where + ")"
		}
		effect := "signs tokens with an empty key"
		switch {
		case u.Keyfunc || u.Role == VerifyKey:
			effect = "accepts tokens signed with an empty key"
		case u.Role == Key:
			effect = "signs or accepts tokens with an empty key"
		}
		msg := fmt.Sprintf("key from %s reaches %s with no emptiness or length check: with the %s unset, it %s, which anyone can forge; refuse to start unless len(key) >= %d (a key made by `%s`)",
			what, sinkName(u), unset, effect, need, genCommand(alg))
		var rel []analysis.RelatedInformation
		if o.Pos.IsValid() && (o.Pos < u.Pos || o.Pos >= u.End) {
			rel = append(rel, analysis.RelatedInformation{Pos: o.Pos, Message: "the key is read here"})
		}
		c.reportUse(r, u, msg, nil, rel...)
		return
	}
}

// describeRandom says what a Random value is, for messages.
func describeRandom(o Origin) string {
	raw := o.Bits / 8
	switch {
	case o.Enc != "":
		return fmt.Sprintf("%s text of %.0f random bytes", o.Enc, raw)
	case o.Desc != "":
		return o.Desc
	}
	return "random bytes"
}
