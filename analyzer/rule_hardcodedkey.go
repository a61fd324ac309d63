package analyzer

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
)

var ruleHardcodedKey = &Rule{
	ID:    "hardcoded-key",
	Title: "hard-coded JWT signing or verification key",
	Doc: `
A key that is a literal or constant in the source is known to everyone who can
read the code, its history, the binary or a leaked copy of any of them: they can
sign tokens for any user, and no rotation helps while the literal stays. This
holds for HMAC secrets on both sides (the same secret signs and verifies) and for
private keys. jwtlint follows the key from where it enters the JWT library back
to its origin, through conversions, constants, package variables, struct fields,
fallbacks (if key == "" { key = "dev" }), closures and helpers in this or other
packages, and reports literals on any path. Well-known sample secrets such as
jwt.io's "your-256-bit-secret", "secret" or "changeme" are named as such: they
are the first ones attackers try.

Load the key at run time from the environment, a file or a secret manager, fail
closed when it is missing, and generate it with "jwtlint gen". Test code is not
reported unless -include-tests is set. The message also says when the literal is
shorter than its algorithm needs (RFC 7518 §3.2), and an all-zero buffer
(make([]byte, 32) never filled) or a hash of a literal (sha256.Sum256) counts as a
literal. So does a key file of the source tree compiled in by //go:embed (a string
or []byte variable): everyone with the repository or the binary has it; a public
key or certificate file is no secret. Key material parsed by jwx's jwk.ParseKey
(PEM or JWK) is judged by what it holds: private and symmetric keys are
hard-coded, public ones are not. The suggested fix (jwtlint -fix) replaces a string literal with a read of
the environment variable NAME that fails closed. NAME is the variable or field the
literal is assigned to when that says what the key is (jwtKey becomes JWT_KEY); a
generic field or variable (Key, Secret, SigningKey, key) is qualified by the
variable or type of the struct literal that holds it (authCfg := Config{Secret: …}
gives AUTH_JWT_SECRET, Signer{Key: …} gives SIGNER_JWT_SECRET), and JWT_SECRET is
the name when nothing qualifies it. The read is a function literal called in place
that panics when NAME holds fewer bytes than the algorithm needs, so an unset
variable never signs with an empty key (a package variable then stops the program
at start-up). It changes behaviour, as the program then needs NAME set, so review
it like any change to configuration.`,
	Bad: `
token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
s, err := token.SignedString([]byte("my-secret"))`,
	Good: `
key := []byte(os.Getenv("JWT_SECRET")) // generated with: jwtlint gen --alg HS256
if len(key) < 32 {
	return errors.New("JWT_SECRET must hold at least 32 bytes")
}
s, err := token.SignedString(key)`,
	CWE:              "CWE-798",
	Severity:         "high",
	SecuritySeverity: 9.1,
	checkKey:         checkHardcodedKey,
}

func checkHardcodedKey(c *checker, r *Rule, u *KeyUse) {
	var lits []Origin
	fallback := false
	for _, o := range u.Origins {
		switch {
		case o.Kind == Literal && o.Len != 0:
			lits = append(lits, o)
		case o.Kind == External:
			fallback = true
		}
	}
	if len(lits) == 0 {
		return
	}
	first := lits[0]
	for _, o := range lits {
		if o.WellKnown && !first.WellKnown {
			first = o
		}
	}
	var fixes []analysis.SuggestedFix
	// The fix edits the literal, which must be in this package (Where is
	// set for origins in other packages); a fallback needs a decision the
	// fix cannot make (fail when the variable is unset).
	if first.Pos.IsValid() && first.Where == "" && !first.PrivateKey && !fallback {
		fixes = c.envFix(first.Pos, u.Alg)
	}
	c.reportUse(r, u, hardcodedMessage(u, first, fallback), fixes, literalRelated(u, lits)...)
}

func hardcodedMessage(u *KeyUse, o Origin, fallback bool) string {
	var what string
	switch {
	case o.PrivateKey:
		what = "hard-coded private key"
	case o.WellKnown:
		what = "well-known sample secret"
	case o.Zero && o.Len > 0:
		what = fmt.Sprintf("all-zero %d-byte key", o.Len)
	case o.Len > 0:
		what = fmt.Sprintf("hard-coded %d-byte key", o.Len)
	default:
		what = "hard-coded key"
	}
	if o.Desc != "" {
		what += " (" + o.Desc + ")"
	}
	if o.Via != "" {
		what += " from " + o.Via
	}
	if o.Where != "" {
		what += " (" + o.Where + ")"
	}
	var b strings.Builder
	switch {
	case u.Keyfunc:
		fmt.Fprintf(&b, "keyfunc of %s returns a %s", sinkName(u), what)
	case fallback:
		fmt.Fprintf(&b, "key passed to %s falls back to a %s", sinkName(u), what)
	default:
		fmt.Fprintf(&b, "%s passed to %s", what, sinkName(u))
	}
	switch {
	case o.WellKnown:
		b.WriteString(": attackers try it first and can forge any token")
	case u.Keyfunc || u.Role == VerifyKey:
		b.WriteString(": anyone who can read the source can forge tokens it accepts")
	default:
		b.WriteString(": anyone who can read the source can forge tokens")
	}
	b.WriteString(tooShort(u, o))
	if o.PrivateKey {
		b.WriteString("; load it from a file or secret manager (new pair: `jwtlint gen --alg RS256 --out jwt`)")
	} else {
		fmt.Fprintf(&b, "; load it from the environment or a secret manager (new key: `%s`)", genCommand(u.Alg))
	}
	return b.String()
}

func literalRelated(u *KeyUse, lits []Origin) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, o := range lits {
		if o.Pos.IsValid() && (o.Pos < u.Pos || o.Pos >= u.End) {
			msg := "the key is written here"
			if o.Embedded {
				msg = "the key file is embedded here"
			}
			rel = append(rel, analysis.RelatedInformation{Pos: o.Pos, Message: msg})
		}
	}
	return rel
}

// sinkName names where a key use enters the library, with the function of
// this package it goes through: "(*jwt.Token).SignedString through auth.sign
// (auth.go:12)".
func sinkName(u *KeyUse) string {
	switch {
	case u.Via != "" && u.Where != "":
		return u.Name + " through " + u.Via + " (" + u.Where + ")"
	case u.Via != "":
		return u.Name + " through " + u.Via
	}
	return u.Name
}

// tooShort says, for a literal HMAC key shorter than its algorithm needs,
// that it is too short as well: replacing it with another literal of the
// same size would still be wrong.
func tooShort(u *KeyUse, o Origin) string {
	if o.PrivateKey || o.Len <= 0 {
		return ""
	}
	need, known := hmacBytes[u.Alg]
	switch {
	case u.Alg == "" && o.Len < 32:
		return fmt.Sprintf(", and at %d bytes it is too short even for HS256 (RFC 7518 requires at least 32 bytes)", o.Len)
	case known && o.Len < need:
		return fmt.Sprintf(", and at %d bytes it is too short for %s (RFC 7518 requires at least %d bytes)", o.Len, u.Alg, need)
	}
	return ""
}
