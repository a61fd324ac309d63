package analyzer

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

var ruleUnverifiedParse = &Rule{
	ID:    "unverified-parse",
	Title: "token claims read without verifying the signature",
	Doc: `
Every JWT library has a way to decode a token without checking its signature:
golang-jwt's ParseUnverified, jwx's ParseInsecure and WithVerify(false), go-jose's
UnsafeClaimsWithoutVerification and UnsafePayloadWithoutVerification, cristalhq's
ParseNoVerify, kataras's Decode, pascaldekloe's ParseWithoutCheck. Anyone can
write such a token: claims read from it (the subject, the roles, the expiry)
are whatever the attacker wants.

Reading the header or the key ID of a token before verifying it is legitimate
(to choose the key): jwtlint does not report an unverified parse when the same
token also reaches a verifying call in the same function or in a function it
calls. Otherwise, verify the token with a key, and a fixed algorithm, before
using its claims. Test code is not reported unless -include-tests is set.`,
	Bad: `
token, _, err := jwt.NewParser().ParseUnverified(s, &claims)
userID := claims.Subject`,
	Good: `
token, err := jwt.ParseWithClaims(s, &claims, keyfunc, jwt.WithValidMethods([]string{"RS256"}))
if err != nil {
	return err
}
userID := claims.Subject`,
	CWE:              "CWE-345",
	Severity:         "high",
	SecuritySeverity: 8.8,
	check:            checkUnverified,
}

func checkUnverified(c *checker, r *Rule) {
	v := newVerifier(c)
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					v.checkUnverifiedCall(r, call)
				}
			}
		}
	}
}

func (v *verifier) checkUnverifiedCall(r *Rule, call ssa.CallInstruction) {
	c := v.c
	common := call.Common()
	_, obj := callee(common)
	if obj == nil {
		return
	}
	sig := obj.Type().(*types.Signature)
	for _, row := range c.table.funcRows(obj) {
		if row.Role != Unverified {
			continue
		}
		var tokens []ssa.Value
		var msg string
		name := shortObjName(obj)
		if row.Param == "" {
			if !decodes(sig) {
				continue
			}
			tokens = common.Args
			msg = fmt.Sprintf("%s does not verify the token's signature: anyone can forge the claims it returns; verify the token with its key before using them", name)
		} else {
			p := paramIndex(sig, row.Param)
			if p < 0 || p >= len(common.Args) || !isFalse(common.Args[p]) {
				continue
			}
			val, ok := call.(ssa.Value)
			if !ok {
				continue
			}
			for _, consumer := range consumers(val) {
				tokens = append(tokens, consumer.Common().Args...)
			}
			msg = fmt.Sprintf("%s(false) turns signature verification off: anyone can forge the claims of the tokens parsed with it; verify with a key instead", name)
		}
		for _, t := range tokens {
			if v.tokenVerified(t, call) {
				return
			}
		}
		pos, end := v.callRange(common)
		c.report(r, pos, end, v.test(pos), msg)
		return
	}
}

// decodes reports whether a function marked Unverified decodes a token: it
// takes an input or returns something beyond strings and errors (which
// leaves out golang-jwt's Token.SigningString, the signing input).
func decodes(sig *types.Signature) bool {
	if sig.Params().Len() > 0 {
		return true
	}
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			continue
		}
		if types.Identical(t, types.Universe.Lookup("error").Type()) {
			continue
		}
		return true
	}
	return false
}
