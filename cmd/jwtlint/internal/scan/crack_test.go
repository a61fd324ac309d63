package scan

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"hash"
	"strings"
	"testing"
	"time"
)

// signHS signs a token with crypto/hmac, independently of the cracker.
func signHS(t testing.TB, alg, secret, payload string) string {
	t.Helper()
	var h func() hash.Hash
	switch alg {
	case "HS256":
		h = sha256.New
	case "HS384":
		h = sha512.New384
	case "HS512":
		h = sha512.New
	default:
		t.Fatalf("alg %s", alg)
	}
	enc := base64.RawURLEncoding
	in := enc.EncodeToString([]byte(`{"alg":"`+alg+`","typ":"JWT"}`)) + "." + enc.EncodeToString([]byte(payload))
	m := hmac.New(h, []byte(secret))
	m.Write([]byte(in))
	return in + "." + enc.EncodeToString(m.Sum(nil))
}

func TestCrack(t *testing.T) {
	long := strings.Repeat("k", 200) // longer than a block: hashed first
	var toks []hsToken
	for _, tc := range []struct{ alg, secret string }{
		{"HS256", "secret"}, {"HS384", "changeme"}, {"HS512", long}, {"HS256", "not-in-the-list-x9Q!"},
	} {
		tok, ok := parseHSToken(signHS(t, tc.alg, tc.secret, `{"sub":"1234567890","name":"test"}`))
		if !ok {
			t.Fatalf("parseHSToken(%s) failed", tc.alg)
		}
		toks = append(toks, tok)
	}
	// Two HS256 tokens exercise the saved-state path.
	extra, _ := parseHSToken(signHS(t, "HS256", "a", `{"sub":"x"}`))
	toks = append(toks, extra)
	cands := []string{"a", "b", "changeme", "secret", long}
	for i := 0; i < 10000; i++ {
		cands = append(cands, fmt.Sprintf("filler-%d", i))
	}
	for _, workers := range []int{1, 3} {
		got := crack(toks, cands, workers)
		want := []int{3, 2, 4, -1, 0}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("crack(workers=%d) = %v, want %v", workers, got, want)
		}
	}
}

func TestParseHSToken(t *testing.T) {
	good := signHS(t, "HS256", "secret", `{"a":1}`)
	enc := base64.RawURLEncoding
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{good, true},
		{good + "x", false}, // signature of the wrong length
		{strings.Replace(good, ".", "..", 1), false}, // four parts
		{enc.EncodeToString([]byte(`{"alg":"RS256"}`)) + ".e30." + enc.EncodeToString(make([]byte, 256)), false},
		{enc.EncodeToString([]byte(`{"alg":"none"}`)) + ".e30.", false},
		{"eyJ!!!.e30.abc", false},
		{"", false},
	} {
		if _, ok := parseHSToken(tc.in); ok != tc.ok {
			t.Errorf("parseHSToken(%q) ok = %v, want %v", tc.in, ok, tc.ok)
		}
	}
}

func benchToken(b *testing.B) hsToken {
	// jwt.io's sample claims: a 111-byte signing input, so each candidate
	// costs 3 SHA-256 blocks inner and 2 outer.
	tok, ok := parseHSToken(signHS(b, "HS256", "not-a-candidate-Zx81",
		`{"sub":"1234567890","name":"John Doe","iat":1516239022}`))
	if !ok {
		b.Fatal("bad token")
	}
	return tok
}

// BenchmarkCrackHS256 measures HS256 candidates tested per second on one
// core against one typical token (ns/op is per candidate).
func BenchmarkCrackHS256(b *testing.B) {
	tok := benchToken(b)
	t := newHMACTester(sha256.New, sha256.BlockSize)
	keys := make([]string, 256)
	for i := range keys {
		keys[i] = fmt.Sprintf("%c-candidate-secret", 'A'+i%64)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.setKey(keys[i%len(keys)])
		if t.verifies(&tok) {
			b.Fatal("unexpected match")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "candidates/s")
}

// BenchmarkCrackHS256Parallel runs crack itself over all cores.
func BenchmarkCrackHS256Parallel(b *testing.B) {
	tok := benchToken(b)
	cands := make([]string, 1<<20)
	for i := range cands {
		cands[i] = fmt.Sprintf("candidate-%d", i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		crack([]hsToken{tok}, cands, 0)
	}
	b.ReportMetric(float64(b.N*len(cands))/b.Elapsed().Seconds(), "candidates/s")
}

// BenchmarkCrackHS256Tokens measures (candidate, token) pairs per second on
// one core with 16 tokens, where the key states are computed once per
// candidate and restored per token.
func BenchmarkCrackHS256Tokens(b *testing.B) {
	var toks []hsToken
	for i := 0; i < 16; i++ {
		tok, _ := parseHSToken(signHS(b, "HS256", "not-a-candidate-Zx81",
			fmt.Sprintf(`{"sub":"%010d","name":"John Doe","iat":1516239022}`, i)))
		toks = append(toks, tok)
	}
	cands := make([]string, 1<<16)
	for i := range cands {
		cands[i] = fmt.Sprintf("candidate-%d", i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		crack(toks, cands, 1)
	}
	b.ReportMetric(float64(b.N*len(cands)*len(toks))/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkHMACStdlib is crypto/hmac with a new key each time, for
// comparison.
func BenchmarkHMACStdlib(b *testing.B) {
	tok := benchToken(b)
	key := []byte("candidate-secret")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		key[0] = byte(i)
		m := hmac.New(sha256.New, key)
		m.Write(tok.signingInput)
		m.Sum(nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "candidates/s")
}

// BenchmarkSHA256SameInput is plain SHA-256 over what one HMAC candidate
// hashes (a key block plus the signing input, then a key block plus the
// inner digest): the floor for any HMAC cracker.
func BenchmarkSHA256SameInput(b *testing.B) {
	tok := benchToken(b)
	inner := append(make([]byte, sha256.BlockSize), tok.signingInput...)
	outer := make([]byte, sha256.BlockSize+sha256.Size)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		inner[0] = byte(i)
		s := sha256.Sum256(inner)
		copy(outer[sha256.BlockSize:], s[:])
		sha256.Sum256(outer)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "candidates/s")
}

// BenchmarkSHA256Blocks is the floor of an HS256 candidate: the SHA-256
// compressions it needs and nothing else (one key block, the padded signing
// input, one key block, the padded inner digest; five for benchToken's
// 111-byte signing input), written as whole blocks so the hash does nothing
// but compress. BenchmarkCrackHS256 over this is the share of the limit the
// cracker reaches.
func BenchmarkSHA256Blocks(b *testing.B) {
	tok := benchToken(b)
	blocks := 2 + len(tok.padded)/sha256.BlockSize + 1
	buf := make([]byte, blocks*sha256.BlockSize)
	h := sha256.New()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf[0] = byte(i)
		h.Reset()
		h.Write(buf)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "candidates/s")
	b.ReportMetric(float64(blocks), "blocks/candidate")
}

// BenchmarkCrackShareOfFloor runs BenchmarkCrackHS256's loop and
// BenchmarkSHA256Blocks' loop in alternating slices of 64 candidates and
// reports the cracker's speed as a share of the floor's ("%floor"): both see
// the same machine load, so the share holds on a busy machine where the two
// benchmarks run one after the other do not. ns/op is per candidate pair.
func BenchmarkCrackShareOfFloor(b *testing.B) {
	tok := benchToken(b)
	t := newHMACTester(sha256.New, sha256.BlockSize)
	keys := make([]string, 256)
	for i := range keys {
		keys[i] = fmt.Sprintf("%c-candidate-secret", 'A'+i%64)
	}
	blocks := 2 + len(tok.padded)/sha256.BlockSize + 1
	buf := make([]byte, blocks*sha256.BlockSize)
	h := sha256.New()
	var crackTime, floorTime time.Duration
	const slice = 64
	b.ReportAllocs()
	for i := 0; i < b.N; i += slice {
		n := min(slice, b.N-i)
		start := time.Now()
		for k := 0; k < n; k++ {
			t.setKey(keys[k%len(keys)])
			if t.verifies(&tok) {
				b.Fatal("unexpected match")
			}
		}
		mid := time.Now()
		for k := 0; k < n; k++ {
			buf[0] = byte(k)
			h.Reset()
			h.Write(buf)
		}
		crackTime += mid.Sub(start)
		floorTime += time.Since(mid)
	}
	b.ReportMetric(100*floorTime.Seconds()/crackTime.Seconds(), "%floor")
	b.ReportMetric(float64(b.N)/crackTime.Seconds(), "candidates/s")
	b.ReportMetric(float64(b.N)/floorTime.Seconds(), "floor-candidates/s")
}

// FuzzParseHSToken checks the cracker's JWT parser on any string and the
// cracker against crypto/hmac on any key:
//
//   - a token parseHSToken accepts is an HS256/384/512 compact JWS whose
//     signing input is its first two parts and whose signature has the
//     hash's size, padded for the hash's blocks;
//   - crack finds key for that token exactly when crypto/hmac says key
//     signs it, through the one-token and the several-token paths;
//   - a token signed with key by crypto/hmac, the payload being the fuzzed
//     string, parses and is cracked by key, not by another candidate.
//
// Seeds are in testdata/fuzz/FuzzParseHSToken.
func FuzzParseHSToken(f *testing.F) {
	f.Fuzz(func(t *testing.T, s, key string) {
		if tok, ok := parseHSToken(s); ok {
			newHash, block, _ := hsHash(tok.alg)
			parts := strings.Split(strings.TrimSpace(s), ".")
			if string(tok.signingInput) != parts[0]+"."+parts[1] || len(tok.sig) != newHash().Size() ||
				len(tok.padded)%block != 0 || !bytes.HasPrefix(tok.padded, tok.signingInput) {
				t.Fatalf("parseHSToken(%q) = %+v", s, tok)
			}
			m := hmac.New(newHash, []byte(key))
			m.Write(tok.signingInput)
			signs := hmac.Equal(m.Sum(nil), tok.sig)
			if got := crack([]hsToken{tok}, []string{key}, 1); (got[0] == 0) != signs {
				t.Fatalf("crack(%q, %q) = %v, crypto/hmac says %v", s, key, got, signs)
			}
			if got := crack([]hsToken{tok, tok}, []string{key}, 1); (got[1] == 0) != signs {
				t.Fatalf("crack of two tokens (%q, %q) = %v, crypto/hmac says %v", s, key, got, signs)
			}
		}
		alg := []string{"HS256", "HS384", "HS512"}[len(key)%3]
		signed := signHS(t, alg, key, s)
		tok, ok := parseHSToken(signed)
		if !ok {
			t.Fatalf("parseHSToken rejects %s signed by crypto/hmac: %q", alg, signed)
		}
		if got := crack([]hsToken{tok}, []string{key + "x", key}, 2); got[0] != 1 {
			t.Fatalf("crack of %s signed with %q = %v, want [1]", alg, key, got)
		}
	})
}
