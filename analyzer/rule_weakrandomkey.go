package analyzer

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

var ruleWeakRandomKey = &Rule{
	ID:    "weak-random-key",
	Title: "predictable JWT key from math/rand, the time or a counter",
	Doc: `
math/rand and math/rand/v2 are not cryptographic: their output can be predicted
from a few observed values or recovered from the seed, and a seed from the clock
(rand.NewSource(time.Now().UnixNano())) leaves only as many possibilities as there
are nanoseconds in the window an attacker guesses. Keys derived from the time, the
process ID or a counter are guessable too, and hashing them does not help: the hash
of a guessable value is guessable. jwtlint reports key material that reaches a JWT
library from such sources only, through helpers in this and other packages; it says
nothing about math/rand used for anything else.

Fill keys from crypto/rand (crypto/rand.Read or io.ReadFull(crypto/rand.Reader, b)),
or better, generate the key once with "jwtlint gen" and load it from the
environment or a secret manager. The suggested fix replaces math/rand.Read(b) with
crypto/rand.Read(b), fixing the imports. Test code is not reported unless
-include-tests is set.`,
	Bad: `
r := rand.New(rand.NewSource(time.Now().UnixNano()))
key := make([]byte, 32)
r.Read(key)
token.SignedString(key)`,
	Good: `
key := make([]byte, 32)
if _, err := crypto_rand.Read(key); err != nil {
	return err
}
token.SignedString(key)`,
	CWE:              "CWE-338",
	Severity:         "high",
	SecuritySeverity: 8.1,
	checkKey:         checkWeakRandomKey,
}

func checkWeakRandomKey(c *checker, r *Rule, u *KeyUse) {
	for _, o := range u.Origins {
		if o.Kind != Predictable {
			continue
		}
		src := o.Desc
		if src == "" {
			src = "a predictable source"
		}
		if o.Via != "" {
			src += " (through " + o.Via + ")"
		}
		where := "comes from"
		if u.Keyfunc {
			where = "returned by the keyfunc comes from"
		}
		msg := fmt.Sprintf("key passed to %s %s %s, which is predictable: an attacker who recovers its state or seed can forge tokens; use crypto/rand, or load a key made by `%s`",
			sinkName(u), where, src, genCommand(u.Alg))
		var rel []analysis.RelatedInformation
		if o.Pos.IsValid() && (o.Pos < u.Pos || o.Pos >= u.End) {
			rel = append(rel, analysis.RelatedInformation{Pos: o.Pos, Message: "predictable value made here"})
		}
		var fixes []analysis.SuggestedFix
		if o.Desc == "math/rand.Read" && o.Where == "" {
			fixes = c.cryptoRandFix(o.Pos)
		}
		c.reportUse(r, u, msg, fixes, rel...)
		return
	}
}

// genCommand is the jwtlint gen command that makes a key for alg.
func genCommand(alg string) string {
	if _, ok := hmacBytes[alg]; ok {
		return "jwtlint gen --alg " + alg
	}
	return "jwtlint gen --alg HS256"
}
