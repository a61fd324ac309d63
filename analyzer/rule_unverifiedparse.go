package analyzer

import (
	"fmt"
	"go/types"
	"slices"

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
calls, or, in an unexported helper, when every caller verifies the token it
passes. Nor does it report an OAuth2 client reading the token it received from
the authorization server's token endpoint (golang.org/x/oauth2's
Token.AccessToken and Extra("id_token")): the client decides nothing with it
on a server. Otherwise, verify the token with a key, and a fixed algorithm,
before using its claims. Test code is not reported unless -include-tests is set.`,
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
	_, obj := c.callee(common)
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
			if v.tokenVerified(t, call) || v.callersVerify(t, 0) || v.clientToken(t, 0) {
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

// clientToken reports whether val is a token an OAuth2 client received from
// the authorization server (a ClientToken row), or what a JWT library
// parsed from one.
func (v *verifier) clientToken(val ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	val = aliases(val)[0]
	if v.tokenField(val, ClientToken) {
		return true
	}
	switch x := val.(type) {
	case *ssa.TypeAssert:
		return v.clientToken(x.X, depth+1)
	case *ssa.Extract:
		return v.clientToken(x.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !v.clientToken(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.Call:
		_, obj := v.c.callee(x.Common())
		if obj == nil {
			return false
		}
		if slices.ContainsFunc(v.c.table.funcRows(obj), func(r *API) bool { return r.Role == ClientToken }) {
			return true
		}
		if obj.Pkg() != nil && v.c.table.paths[obj.Pkg().Path()] {
			return slices.ContainsFunc(x.Common().Args, func(a ssa.Value) bool { return v.clientToken(a, depth+1) })
		}
	}
	return false
}
