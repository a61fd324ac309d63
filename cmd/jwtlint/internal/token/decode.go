package token

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// parsed is a token split into its parts, without any verification.
type parsed struct {
	header, claims []byte         // decoded JSON, as in the token
	headerMap      map[string]any // header, numbers as json.Number
	claimMap       map[string]any // claims, numbers as json.Number
	alg            string
}

// parseUnverified splits a compact JWS and decodes its header and claims.
// Its errors never quote the token.
func parseUnverified(tok string) (parsed, error) {
	var p parsed
	parts := strings.Split(tok, ".")
	switch len(parts) {
	case 3:
	case 5:
		return p, fmt.Errorf("this is an encrypted token (JWE, 5 parts): its claims cannot be read without the decryption key")
	default:
		return p, fmt.Errorf("not a JWT: want 3 parts separated by dots, got %d", len(parts))
	}
	jp := jwt.NewParser()
	var err error
	if p.header, err = jp.DecodeSegment(parts[0]); err != nil {
		return p, fmt.Errorf("header is not base64url: %w", err)
	}
	if p.claims, err = jp.DecodeSegment(parts[1]); err != nil {
		return p, fmt.Errorf("claims are not base64url: %w", err)
	}
	if p.headerMap, err = jsonObject(p.header); err != nil {
		return p, fmt.Errorf("header: %w", err)
	}
	if p.claimMap, err = jsonObject(p.claims); err != nil {
		return p, fmt.Errorf("claims: %w", err)
	}
	p.alg, _ = p.headerMap["alg"].(string)
	return p, nil
}

func jsonObject(data []byte) (map[string]any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil || m == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	return m, nil
}

// numericDate reads a NumericDate claim (seconds since the epoch, possibly
// fractional).
func numericDate(v any) (time.Time, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return time.Time{}, false
	}
	f, err := n.Float64()
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) > 1e15 {
		return time.Time{}, false
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)), true
}

// times lists the token's time claims as "  exp  2026-…Z (in 59m0s)" lines,
// and notes a missing exp.
func (p parsed) times(now time.Time) string {
	var b strings.Builder
	for _, name := range timeClaims {
		v, ok := p.claimMap[name]
		if !ok {
			continue
		}
		t, ok := numericDate(v)
		if !ok {
			fmt.Fprintf(&b, "  %-4s is not a NumericDate (seconds since 1970)\n", name)
			continue
		}
		note := ""
		switch {
		case name == "exp" && !t.After(now):
			note = ", expired"
		case name == "nbf" && t.After(now):
			note = ", not valid yet"
		}
		fmt.Fprintf(&b, "  %-4s %s%s\n", name, describeTime(t, now), note)
	}
	if _, ok := p.claimMap["exp"]; !ok {
		b.WriteString("  no exp claim: the token never expires\n")
	}
	return b.String()
}

// timesJSON returns the time claims as RFC 3339 strings.
func (p parsed) timesJSON() map[string]string {
	m := map[string]string{}
	for _, name := range timeClaims {
		if t, ok := numericDate(p.claimMap[name]); ok {
			m[name] = t.UTC().Format(time.RFC3339)
		}
	}
	return m
}

// describe writes the header, claims and times for people.
func (p parsed) describe(now time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "header:\n%s\nclaims:\n%s\ntimes (UTC):\n%s", indentJSON(p.header), indentJSON(p.claims), p.times(now))
	return b.String()
}

// jsonOutput is what --json prints.
type jsonOutput struct {
	Verified bool              `json:"verified"`
	Alg      string            `json:"alg,omitempty"`
	Key      string            `json:"key,omitempty"` // where the verifying key came from, never the key
	Header   json.RawMessage   `json:"header"`
	Claims   json.RawMessage   `json:"claims"`
	Times    map[string]string `json:"times"`
}

func (p parsed) json(verified bool, key string) string {
	b, err := json.MarshalIndent(jsonOutput{
		Verified: verified,
		Alg:      p.alg,
		Key:      key,
		Header:   p.header,
		Claims:   p.claims,
		Times:    p.timesJSON(),
	}, "", "  ")
	if err != nil {
		return "{}\n"
	}
	return string(b) + "\n"
}

const unverifiedBanner = `UNVERIFIED: the signature was not checked, so anyone could have written these claims; use "jwtlint token verify" to check it`

func decode(args []string, e env) int {
	fs := newFlagSet(e, "decode", "[--json] [TOKEN]")
	asJSON := fs.Bool("json", false, `print {"verified": false, "header": …, "claims": …, "times": …} as JSON`)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	tok, err := readToken(fs, e, false)
	if err != nil {
		return failf(e, "decode", "%v", err)
	}
	p, err := parseUnverified(tok)
	if err != nil {
		return failf(e, "decode", "%v", err)
	}
	if *asJSON {
		fmt.Fprint(e.stdout, p.json(false, ""))
		return ExitOK
	}
	var b strings.Builder
	b.WriteString(unverifiedBanner + "\n")
	if strings.EqualFold(p.alg, "none") || p.alg == "" {
		b.WriteString("warning: alg is \"none\" or missing: the token is unsigned, and no verifier may accept it\n")
	}
	b.WriteString(p.describe(e.now()))
	fmt.Fprint(e.stdout, b.String())
	return ExitOK
}
