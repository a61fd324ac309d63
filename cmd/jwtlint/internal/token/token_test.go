package token

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
)

// now is the fixed clock of these tests.
var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

type result struct {
	code           int
	stdout, stderr string
}

// harness runs "jwtlint token" with a fake environment and clock.
type harness struct {
	env   map[string]string
	stdin string
	now   time.Time
}

func (h harness) run(args ...string) result {
	var stdout, stderr bytes.Buffer
	clock := h.now
	if clock.IsZero() {
		clock = now
	}
	code := run(args, env{
		stdin:  strings.NewReader(h.stdin),
		stdout: &stdout,
		stderr: &stderr,
		lookupEnv: func(k string) (string, bool) {
			v, ok := h.env[k]
			return v, ok
		},
		now: func() time.Time { return clock },
	})
	return result{code, stdout.String(), stderr.String()}
}

// secret returns a fresh HMAC secret as "jwtlint gen" prints it.
func secret(t *testing.T, bits int) string {
	t.Helper()
	b, err := gen.Secret(rand.Reader, bits)
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// rsaKey is generated once per test binary: RSA key generation is slow.
var rsaKey = sync.OnceValues(func() (*rsa.PrivateKey, error) { return rsa.GenerateKey(rand.Reader, 2048) })

// keyFiles writes a key pair for alg to dir and returns the paths of the
// private and public PEM files.
func keyFiles(t *testing.T, dir, alg string) (priv, pub string) {
	t.Helper()
	a, ok := gen.Lookup(alg)
	if !ok {
		t.Fatalf("unknown algorithm %s", alg)
	}
	var s crypto.Signer
	var err error
	if a.Kind == gen.RSA || a.Kind == gen.PSS {
		var k *rsa.PrivateKey
		k, err = rsaKey()
		s = k
	} else {
		s, err = gen.KeyPair(rand.Reader, a, a.DefaultBits)
	}
	if err != nil {
		t.Fatal(err)
	}
	privPEM, pubPEM, err := gen.PEM(s)
	return writeKeys(t, dir, alg, privPEM, pubPEM, err)
}

func writeKeys(t *testing.T, dir, alg string, privPEM, pubPEM []byte, err error) (string, string) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	priv, pub := filepath.Join(dir, alg+".key"), filepath.Join(dir, alg+".pub")
	if err := os.WriteFile(priv, privPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pub, pubPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	return priv, pub
}

// signed signs claims and returns the token, failing the test on error.
func (h harness) signed(t *testing.T, args ...string) string {
	t.Helper()
	r := h.run(append([]string{"sign"}, args...)...)
	if r.code != ExitOK {
		t.Fatalf("sign %v: exit %d: %s", args, r.code, r.stderr)
	}
	tok := strings.TrimSuffix(r.stdout, "\n")
	if strings.Count(tok, ".") != 2 || strings.ContainsAny(tok, " \n") {
		t.Fatalf("sign printed %q", r.stdout)
	}
	return tok
}

func TestRoundTripEveryAlgorithm(t *testing.T) {
	dir := t.TempDir()
	for _, a := range gen.Algorithms() {
		t.Run(a.Name, func(t *testing.T) {
			h := harness{env: map[string]string{}}
			var signKey, verifyKey []string
			if a.Symmetric() {
				h.env["JWT_SECRET"] = secret(t, a.MinBits)
				signKey = []string{"--key-env", "JWT_SECRET"}
				verifyKey = signKey
			} else {
				priv, pub := keyFiles(t, dir, a.Name)
				signKey = []string{"--key-file", priv}
				verifyKey = []string{"--key-file", pub}
			}
			tok := h.signed(t, append([]string{"--alg", a.Name, "--claims", `{"sub":"u1","n":1.5}`, "--kid", "k1"}, signKey...)...)
			p, err := parseUnverified(tok)
			if err != nil {
				t.Fatal(err)
			}
			if p.alg != a.Name || p.headerMap["kid"] != "k1" || p.claimMap["sub"] != "u1" {
				t.Errorf("token header %s, claims %s", p.header, p.claims)
			}
			if exp, _ := numericDate(p.claimMap["exp"]); !exp.Equal(now.Add(time.Hour)) {
				t.Errorf("exp = %v, want now + 1h", exp)
			}

			for _, args := range [][]string{
				append([]string{"verify"}, verifyKey...),
				append([]string{"verify", "--alg", a.Name}, verifyKey...),
			} {
				r := h.run(append(args, tok)...)
				if r.code != ExitOK || !strings.Contains(r.stdout, "valid: "+a.Name+" signature verified") {
					t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
				}
				if r.stderr != "" {
					t.Errorf("%v: unexpected warning %q", args, r.stderr)
				}
			}
			if !a.Symmetric() {
				// The private key file verifies too (its public half is used).
				r := h.run("verify", "--key-file", signKey[1], tok)
				if r.code != ExitOK {
					t.Errorf("verify with the private key file: exit %d: %s", r.code, r.stderr)
				}
			}
		})
	}
}

// forge builds a token with the given header and claims and signature.
func forge(header, claims, sig string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(header)) + "." + enc([]byte(claims)) + "." + sig
}

func TestVerifyRejects(t *testing.T) {
	dir := t.TempDir()
	key, other := secret(t, 256), secret(t, 256)
	h := harness{env: map[string]string{"K": key, "OTHER": other}}
	tok := h.signed(t, "--key-env", "K", "--claims", `{"sub":"u1"}`)
	parts := strings.Split(tok, ".")
	_, rsaPub := keyFiles(t, dir, "RS256")
	rsaPriv := filepath.Join(dir, "RS256.key")
	rsaTok := h.signed(t, "--key-file", rsaPriv, "--alg", "RS256")
	pubPEM, err := os.ReadFile(rsaPub)
	if err != nil {
		t.Fatal(err)
	}
	// Algorithm confusion: an HS256 token whose HMAC key is the RSA public
	// key, which a careless verifier would take from the key file.
	confused, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "admin"}).SignedString(pubPEM)
	if err != nil {
		t.Fatal(err)
	}

	tampered := forge(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"admin","exp":`+itoa(now.Add(time.Hour).Unix())+`}`, parts[2])
	sig := []byte(parts[2])
	if sig[5] == 'A' {
		sig[5] = 'B'
	} else {
		sig[5] = 'A'
	}
	badSig := parts[0] + "." + parts[1] + "." + string(sig)

	tests := []struct {
		name string
		h    harness
		args []string
		want string
	}{
		{"none", h, []string{"--key-env", "K", forge(`{"alg":"none"}`, `{"sub":"u1"}`, "")}, "unsigned tokens are never accepted"},
		{"None", h, []string{"--key-env", "K", forge(`{"alg":"None"}`, `{"sub":"u1"}`, "")}, "unsigned tokens are never accepted"},
		{"no alg", h, []string{"--key-env", "K", forge(`{"typ":"JWT"}`, `{}`, "")}, "unsigned"},
		{"alg outside --alg", h, []string{"--key-env", "K", "--alg", "HS512", tok}, "HS256 is not accepted"},
		{"RS token, PS only", h, []string{"--key-file", rsaPub, "--alg", "PS256", rsaTok}, "RS256 is not accepted"},
		{"HMAC token for an RSA key", h, []string{"--key-file", rsaPub, confused}, "HS256 is not accepted"},
		{"wrong key", h, []string{"--key-env", "OTHER", tok}, "does not match the key from $OTHER"},
		{"tampered claims", h, []string{"--key-env", "K", tampered}, "signature does not match"},
		{"tampered signature", h, []string{"--key-env", "K", badSig}, "signature does not match"},
		{"expired", harness{env: h.env, now: now.Add(2 * time.Hour)}, []string{"--key-env", "K", tok}, "token expired: exp 2026-11-22T13:00:00Z (1h0m0s ago)"},
		{"expired beyond leeway", harness{env: h.env, now: now.Add(2 * time.Hour)}, []string{"--key-env", "K", "--leeway", "30m", tok}, "expired"},
		{"not yet valid", h, []string{"--key-env", "K", h.signed(t, "--key-env", "K", "--claims", `{"nbf":`+itoa(now.Add(time.Hour).Unix())+`}`)}, "not valid yet: nbf 2026-11-22T13:00:00Z (in 1h0m0s)"},
		{"no exp with --require-exp", h, []string{"--key-env", "K", "--require-exp", h.signed(t, "--key-env", "K", "--exp", "0")}, "missing claim: exp claim is required"},
		{"wrong issuer", h, []string{"--key-env", "K", "--iss", "me", h.signed(t, "--key-env", "K", "--claims", `{"iss":"you","aud":"web"}`)}, "wrong issuer"},
		{"wrong audience", h, []string{"--key-env", "K", "--aud", "api", h.signed(t, "--key-env", "K", "--claims", `{"iss":"you","aud":"web"}`)}, "wrong audience"},
		{"missing issuer", h, []string{"--key-env", "K", "--iss", "me", tok}, "missing claim: iss claim is required"},
		{"garbage", h, []string{"--key-env", "K", "not.a.token"}, "invalid: "},
		{"two parts", h, []string{"--key-env", "K", "a.b"}, "3 parts"},
		{"JWE", h, []string{"--key-env", "K", "a.b.c.d.e"}, "encrypted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.h.run(append([]string{"verify"}, tt.args...)...)
			if r.code != ExitInvalid || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 with %q", r.code, r.stdout, r.stderr, tt.want)
			}
			if strings.Contains(r.stderr, key) {
				t.Errorf("stderr reveals the key: %q", r.stderr)
			}
		})
	}

	// Leeway within range accepts the token.
	r := harness{env: h.env, now: now.Add(time.Hour + time.Minute)}.run("verify", "--key-env", "K", "--leeway", "5m", tok)
	if r.code != ExitOK {
		t.Errorf("leeway: exit %d: %s", r.code, r.stderr)
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestVerifyRotation: during a rotation the verifier accepts the new key,
// then the previous one.
func TestVerifyRotation(t *testing.T) {
	oldKey, newKey := secret(t, 256), secret(t, 256)
	h := harness{env: map[string]string{"JWT_SECRET": newKey, "JWT_SECRET_PREVIOUS": oldKey}}
	oldTok := h.signed(t, "--key-env", "JWT_SECRET_PREVIOUS")
	newTok := h.signed(t, "--key-env", "JWT_SECRET")
	both := []string{"verify", "--key-env", "JWT_SECRET", "--key-env", "JWT_SECRET_PREVIOUS"}
	if r := h.run(append(both, newTok)...); r.code != ExitOK || !strings.Contains(r.stdout, "$JWT_SECRET (key 1 of 2)") {
		t.Errorf("new token: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := h.run(append(both, oldTok)...); r.code != ExitOK || !strings.Contains(r.stdout, "$JWT_SECRET_PREVIOUS (key 2 of 2)") {
		t.Errorf("old token: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := h.run("verify", "--key-env", "JWT_SECRET", oldTok); r.code != ExitInvalid {
		t.Errorf("old token, new key only: exit %d", r.code)
	}
	h.env["THIRD"] = secret(t, 256)
	if r := h.run("verify", "--key-env", "THIRD", "--key-env", "JWT_SECRET", h.signed(t, "--key-env", "JWT_SECRET_PREVIOUS")); r.code != ExitInvalid || !strings.Contains(r.stderr, "none of the keys ($THIRD, $JWT_SECRET)") {
		t.Errorf("no key matches: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestVerifyUsageErrors(t *testing.T) {
	dir := t.TempDir()
	key := secret(t, 256)
	h := harness{env: map[string]string{"K": key, "EMPTY": ""}}
	tok := h.signed(t, "--key-env", "K")
	_, pub := keyFiles(t, dir, "ES256")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no key", []string{tok}, "--key-env NAME or --key-file FILE"},
		{"key literal flag", []string{"--key", key, tok}, "not defined"},
		{"unset variable", []string{"--key-env", "MISSING", tok}, "MISSING is not set"},
		{"empty variable", []string{"--key-env", "EMPTY", tok}, "EMPTY is empty"},
		{"missing file", []string{"--key-file", filepath.Join(dir, "nope"), tok}, "reading key"},
		{"--alg none", []string{"--key-env", "K", "--alg", "none", tok}, "never accepted"},
		{"unknown --alg", []string{"--key-env", "K", "--alg", "HS1024", tok}, "unknown algorithm"},
		{"--alg for another key type", []string{"--key-env", "K", "--alg", "RS256", tok}, "cannot be verified with an HMAC secret"},
		{"ES256 key, --alg ES384", []string{"--key-file", pub, "--alg", "ES384", tok}, "cannot be verified with an ECDSA key"},
		{"two stdin keys", []string{"--key-file", "-", "--key-file", "-", tok}, "only one key"},
		{"stdin key and stdin token", []string{"--key-file", "-"}, "give the token as an argument"},
		{"two tokens", []string{"--key-env", "K", tok, tok}, "one token"},
		{"bad hex key", []string{"--key-env", "K", "--key-encoding", "hex", "--key-env", "NOTHEX", tok}, "not set"},
		{"bad key encoding", []string{"--key-env", "K", "--key-encoding", "rot13", tok}, "unknown --key-encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := h.run(append([]string{"verify"}, tt.args...)...)
			if r.code != ExitError || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 with %q", r.code, r.stderr, tt.want)
			}
			if strings.Contains(r.stderr, key) {
				t.Errorf("stderr reveals the key: %q", r.stderr)
			}
		})
	}
	// A secret that is not valid hex is reported without quoting it.
	h.env["NOTHEX"] = "zz" + key
	r := h.run("verify", "--key-env", "NOTHEX", "--key-encoding", "hex", tok)
	if r.code != ExitError || strings.Contains(r.stderr, key) || !strings.Contains(r.stderr, "not valid hex") {
		t.Errorf("bad hex: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestKeySources(t *testing.T) {
	dir := t.TempDir()
	key := secret(t, 256)
	raw, _ := hex.DecodeString(key)
	file := filepath.Join(dir, "secret")
	if err := os.WriteFile(file, []byte(key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h := harness{env: map[string]string{"K": key, "K64": base64.StdEncoding.EncodeToString(raw)}}
	tok := h.signed(t, "--key-env", "K")
	for _, tt := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file with final newline", "", []string{"--key-file", file, tok}},
		{"stdin", key + "\r\n", []string{"--key-file", "-", tok}},
		{"token from stdin", tok + "\n", []string{"--key-env", "K"}},
		{"token from stdin with -", " Bearer " + tok + "\n", []string{"--key-env", "K", "-"}},
		{"bearer argument", "", []string{"--key-env", "K", "Bearer " + tok}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hh := h
			hh.stdin = tt.stdin
			if r := hh.run(append([]string{"verify", "-q"}, tt.args...)...); r.code != ExitOK || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
	// --key-encoding: a token signed with the decoded bytes verifies with the
	// same bytes written as hex or base64, and not with the hex text itself.
	decodedTok := h.signed(t, "--key-env", "K", "--key-encoding", "hex")
	if r := h.run("verify", "--key-env", "K64", "--key-encoding", "base64", decodedTok); r.code != ExitOK {
		t.Errorf("base64 key: exit %d: %s", r.code, r.stderr)
	}
	if r := h.run("verify", "--key-env", "K", decodedTok); r.code != ExitInvalid {
		t.Errorf("raw text of a hex key: exit %d, want 1", r.code)
	}
}

func TestVerifyWarnsAboutWeakKey(t *testing.T) {
	h := harness{env: map[string]string{"WEAK": "secret"}}
	tok := h.signed(t, "--key-env", "WEAK", "--allow-weak-key")
	r := h.run("verify", "--key-env", "WEAK", tok)
	if r.code != ExitOK || !strings.Contains(r.stderr, "warning: HMAC key for HS256 from $WEAK is 6 bytes") || !strings.Contains(r.stderr, "jwtlint gen --alg HS256") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, `"secret"`) {
		t.Errorf("warning quotes the key: %q", r.stderr)
	}
}

func TestSign(t *testing.T) {
	dir := t.TempDir()
	key := secret(t, 512)
	claimsFile := filepath.Join(dir, "claims.json")
	if err := os.WriteFile(claimsFile, []byte(`{"sub":"file","exp":1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	h := harness{env: map[string]string{"K": key, "K256": secret(t, 256), "WEAK": "changeme-changeme-changeme-changeme", "SHORT": "0123456789abcdef"}}
	_, _ = keyFiles(t, dir, "EdDSA")
	edPriv := filepath.Join(dir, "EdDSA.key")
	edPub := filepath.Join(dir, "EdDSA.pub")

	claimsOf := func(t *testing.T, tok string) map[string]any {
		t.Helper()
		p, err := parseUnverified(tok)
		if err != nil {
			t.Fatal(err)
		}
		return p.claimMap
	}
	t.Run("defaults", func(t *testing.T) {
		c := claimsOf(t, h.signed(t, "--key-env", "K"))
		if c["iat"] != json.Number(itoa(now.Unix())) || c["exp"] != json.Number(itoa(now.Add(time.Hour).Unix())) {
			t.Errorf("claims %v, want iat now and exp in an hour", c)
		}
	})
	t.Run("--exp", func(t *testing.T) {
		c := claimsOf(t, h.signed(t, "--key-env", "K", "--exp", "15m"))
		if c["exp"] != json.Number(itoa(now.Add(15*time.Minute).Unix())) {
			t.Errorf("exp %v", c["exp"])
		}
	})
	t.Run("--exp 0 leaves exp out", func(t *testing.T) {
		if c := claimsOf(t, h.signed(t, "--key-env", "K", "--exp", "0", "--claims", `{"exp":5}`)); c["exp"] != nil {
			t.Errorf("exp %v", c["exp"])
		}
	})
	t.Run("claims file exp kept without --exp", func(t *testing.T) {
		c := claimsOf(t, h.signed(t, "--key-env", "K", "--claims-file", claimsFile))
		if c["exp"] != json.Number("1") || c["sub"] != "file" {
			t.Errorf("claims %v", c)
		}
	})
	t.Run("claims from stdin", func(t *testing.T) {
		hh := h
		hh.stdin = `{"sub":"stdin","iat":7}`
		c := claimsOf(t, hh.signed(t, "--key-env", "K", "--claims-file", "-"))
		if c["sub"] != "stdin" || c["iat"] != json.Number("7") {
			t.Errorf("claims %v", c)
		}
	})
	t.Run("alg from key", func(t *testing.T) {
		tok := h.signed(t, "--key-file", edPriv)
		if p, _ := parseUnverified(tok); p.alg != "EdDSA" {
			t.Errorf("alg %q", p.alg)
		}
		if r := h.run("verify", "--key-file", edPub, tok); r.code != ExitOK {
			t.Errorf("verify: exit %d: %s", r.code, r.stderr)
		}
	})

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no key", []string{}, "--key-env NAME or --key-file FILE"},
		{"two keys", []string{"--key-env", "K", "--key-env", "K"}, "one key"},
		{"public key", []string{"--key-file", edPub}, "signing needs the private key"},
		{"short HMAC key", []string{"--key-env", "SHORT"}, "is 16 bytes; RFC 7518 requires at least 32"},
		{"short for HS512", []string{"--key-env", "K256", "--alg", "HS512", "--key-encoding", "hex"}, "HMAC key for HS512 from $K256 is 32 bytes; RFC 7518 requires at least 64"},
		{"guessable key", []string{"--key-env", "WEAK"}, "guessable"},
		{"alg none", []string{"--key-env", "K", "--alg", "none"}, "never accepted"},
		{"alg for another key type", []string{"--key-env", "K", "--alg", "ES256"}, "ES256 cannot sign with an HMAC secret"},
		{"two algs", []string{"--key-env", "K", "--alg", "HS256,HS384"}, "one algorithm"},
		{"claims not an object", []string{"--key-env", "K", "--claims", `["a"]`}, "not a JSON object"},
		{"claims not JSON", []string{"--key-env", "K", "--claims", `{sub:1}`}, "not a JSON object"},
		{"both claims flags", []string{"--key-env", "K", "--claims", "{}", "--claims-file", claimsFile}, "together"},
		{"stdin twice", []string{"--key-file", "-", "--claims-file", "-"}, "both come from standard input"},
		{"positional", []string{"--key-env", "K", `{"sub":1}`}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := h.run(append([]string{"sign"}, tt.args...)...)
			if r.code != ExitError || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 with %q", r.code, r.stdout, r.stderr, tt.want)
			}
			for _, s := range []string{key, "changeme-changeme", "0123456789abcdef"} {
				if strings.Contains(r.stderr, s) {
					t.Errorf("stderr reveals a key: %q", r.stderr)
				}
			}
		})
	}
	r := h.run("sign", "--key-env", "WEAK", "--allow-weak-key")
	if r.code != ExitOK || !strings.Contains(r.stderr, "warning:") {
		t.Errorf("--allow-weak-key: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestDecode(t *testing.T) {
	h := harness{env: map[string]string{"K": secret(t, 256)}}
	tok := h.signed(t, "--key-env", "K", "--claims", `{"sub":"u1","nbf":`+itoa(now.Add(-time.Minute).Unix())+`,"z":1e400}`)
	r := harness{now: now.Add(30 * time.Minute)}.run("decode", tok)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"UNVERIFIED",
		`"alg": "HS256"`,
		`"sub": "u1"`,
		"iat  2026-11-22T12:00:00Z (30m0s ago)",
		"nbf  2026-11-22T11:59:00Z (31m0s ago)",
		"exp  2026-11-22T13:00:00Z (in 30m0s)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("decode output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.HasPrefix(r.stdout, "UNVERIFIED") {
		t.Errorf("decode output does not start with the UNVERIFIED label:\n%s", r.stdout)
	}
	// Expired, and long ago.
	r = harness{now: now.Add(72 * time.Hour)}.run("decode", tok)
	if !strings.Contains(r.stdout, "exp  2026-11-22T13:00:00Z (2d ago), expired") {
		t.Errorf("expired token:\n%s", r.stdout)
	}

	// --json keeps header and claims as they are and adds dates.
	r = harness{}.run("decode", "--json", tok)
	var out struct {
		Verified bool
		Header   map[string]any
		Claims   map[string]any
		Times    map[string]string
	}
	d := json.NewDecoder(strings.NewReader(r.stdout))
	d.UseNumber()
	if err := d.Decode(&out); err != nil {
		t.Fatalf("--json output %q: %v", r.stdout, err)
	}
	if out.Verified || out.Header["alg"] != "HS256" || out.Claims["sub"] != "u1" || out.Claims["z"] != json.Number("1e400") || out.Times["exp"] != "2026-11-22T13:00:00Z" {
		t.Errorf("--json = %+v", out)
	}

	// Unsigned and exp-less tokens are called out.
	r = harness{}.run("decode", forge(`{"alg":"none"}`, `{"sub":"x","exp":"soon"}`, ""))
	if r.code != ExitOK || !strings.Contains(r.stdout, "unsigned") || !strings.Contains(r.stdout, "exp  is not a NumericDate") {
		t.Errorf("alg none:\n%s", r.stdout)
	}
	r = harness{stdin: "Bearer " + forge(`{"alg":"HS256"}`, `{}`, "x") + "\n"}.run("decode")
	if r.code != ExitOK || !strings.Contains(r.stdout, "never expires") {
		t.Errorf("no exp, from stdin: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	for _, bad := range []string{"", "abc", "a.b", "!!.e30.x", "e30.!!.x", "WzFd.e30.x", "a.b.c.d.e"} {
		r := harness{}.run("decode", bad)
		if r.code != ExitError || r.stdout != "" {
			t.Errorf("decode %q: exit %d, stdout %q", bad, r.code, r.stdout)
		}
	}
}

func TestCommands(t *testing.T) {
	if r := (harness{}).run(); r.code != ExitError || !strings.Contains(r.stderr, "usage: jwtlint token") {
		t.Errorf("no command: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := (harness{}).run("frobnicate"); r.code != ExitError || !strings.Contains(r.stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := (harness{}).run("help"); r.code != ExitOK || !strings.Contains(r.stdout, "verify") {
		t.Errorf("help: exit %d", r.code)
	}
	for _, c := range []string{"decode", "verify", "sign"} {
		if r := (harness{}).run(c, "-h"); r.code != ExitOK || !strings.Contains(r.stderr, "usage: jwtlint token "+c) {
			t.Errorf("%s -h: exit %d, stderr %q", c, r.code, r.stderr)
		}
	}
}

// TestMainEntryPoint runs the real entry point: keys from the process environment,
// the real clock.
func TestMainEntryPoint(t *testing.T) {
	t.Setenv("JWTLINT_TEST_SECRET", secret(t, 256))
	var out, errOut bytes.Buffer
	if code := Main([]string{"sign", "--key-env", "JWTLINT_TEST_SECRET", "--claims", `{"sub":"u1"}`}, nil, &out, &errOut); code != ExitOK {
		t.Fatalf("sign: exit %d: %s", code, errOut.String())
	}
	tok := strings.TrimSpace(out.String())
	out.Reset()
	if code := Main([]string{"verify", "-q", "--key-env", "JWTLINT_TEST_SECRET", "-"}, strings.NewReader(tok), &out, &errOut); code != ExitOK || out.Len() != 0 {
		t.Errorf("verify: exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
}
