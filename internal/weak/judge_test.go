package weak

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"math"
	"strings"
	"testing"
)

func randomBytes(t testing.TB, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Reason
	}{
		// Placeholders: not secrets, never findings.
		{"", Placeholder},
		{"   ", Placeholder},
		{"${JWT_SECRET}", Placeholder},
		{"${{ secrets.JWT_SECRET }}", Placeholder},
		{"${{secrets.JWT_SECRET}}", Placeholder},
		// An Actions expression with a literal in it is judged whole.
		{"${{ secrets.JWT_SECRET || 'changeme' }}", Words},
		{"$JWT_SECRET", Placeholder},
		{"%JWT_SECRET%", Placeholder},
		{"{{ .Values.jwt.secret }}", Placeholder},
		{"<your-secret>", Placeholder},
		{"<generate with jwtlint gen>", Placeholder},
		{"********", Placeholder},
		{"null", Placeholder},
		{"~", Placeholder},
		{"#{jwtSecret}", Placeholder},
		{"__JWT_SECRET__", Placeholder},
		// A default inside a reference is judged.
		{"${JWT_SECRET:-changeme}", WellKnown},
		{"${JWT_SECRET:=}", Placeholder},
		// Well-known values, in any spelling.
		{"changeme", WellKnown},
		{"CHANGE_ME", WellKnown},
		{"secret", WellKnown},
		{"your-256-bit-secret", WellKnown},
		{"a-string-secret-at-least-256-bits-long", WellKnown},
		{"My-Secret-Key", WellKnown},
		{"keyboard cat", WellKnown},
		{"super-secret-jwt-token-with-at-least-32-characters-long", WellKnown},
		// Repetition.
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Repeated},
		{"abababababababababababababab", Repeated},
		{"xK9!xK9!xK9!xK9!xK9!xK9!xK9!", Repeated},
		// Keyboard walks and sequences.
		{"asdfghjkl", KeyboardWalk},
		{"qwertyuiop", KeyboardWalk},
		{"1qaz2wsx3edc", KeyboardWalk},
		{"zxcvbnm,./", KeyboardWalk},
		{"abcdefghijklmnop", KeyboardWalk},
		{"0987654321", KeyboardWalk},
		// Words with digits or a year.
		{"myapp2026", Words},
		{"MyApp2026!", Words},
		{"SuperSecureKey", Words},
		{"acme-corp-jwt-2024", Words},
		{"hunter2", Words},
		{"correcthorse", Words},
		{"thisIsMyVerySecretKeyForJwtSigning", Words},
		{"my-super-long-and-secure-jwt-secret-for-production", Words},
		// Low entropy without a pattern.
		{"k3Xq9z", LowEntropy},
		{"9f3a1c7e", LowEntropy},
		{"93847261", LowEntropy},
		// Strong: random values of any common encoding.
		{hex.EncodeToString([]byte("\x8e\x1f\x92\x03\xaa\x5c\x7d\x41\x0b\xee\x63\x19\xd4\x77\x2a\xc8")), Strong},
		{"Qm9vL3x9ZkR2cFp1N3RtWWhLc0Jx", Strong},
		{"t7#Vq!9zR@2mL$8wP^4k", Strong},
	} {
		got := Judge{}.Check(tc.in)
		if got.Reason != tc.want {
			t.Errorf("Check(%q) = %v (%s, %.0f bits), want %v", tc.in, got.Reason, got.Encoding, got.Bits, tc.want)
		}
		if got.Weak() != (tc.want != Strong && tc.want != Placeholder) {
			t.Errorf("Check(%q).Weak() = %v", tc.in, got.Weak())
		}
	}
}

func TestJudgeRandomIsStrong(t *testing.T) {
	for i := 0; i < 3000; i++ {
		b := randomBytes(t, 32)
		for _, s := range []string{
			hex.EncodeToString(b),
			base64.StdEncoding.EncodeToString(b),
			base64.RawURLEncoding.EncodeToString(b),
		} {
			if v := (Judge{}).Check(s); v.Reason != Strong {
				t.Fatalf("Check(random %q) = %v, want strong", s, v.Reason)
			}
		}
	}
}

func TestJudgeExtra(t *testing.T) {
	j := Judge{Extra: map[string]bool{Normalize("Tr0ub4dor&3xQ!zz99Lm#"): true}}
	if got := j.Check("tr0ub4dor&3xq!zz99lm#").Reason; got != WellKnown {
		t.Errorf("word-list entry: got %v, want %v", got, WellKnown)
	}
	if got := (Judge{}).Check("tr0ub4dor&3xq!zz99lm#").Reason; got == WellKnown {
		t.Errorf("without the word list: got %v", got)
	}
	if got := (Judge{MinBits: 300}).Check(strings.Repeat("9f3a1c7e5b2d4f60", 4)).Reason; got != LowEntropy && got != Repeated {
		t.Errorf("MinBits 300: got %v", got)
	}
}

func TestEstimate(t *testing.T) {
	hex64 := strings.Repeat("0123456789abcdef", 4)
	for _, tc := range []struct {
		in   string
		enc  Encoding
		bits float64
	}{
		{hex64, Hex, 256},
		{hex64[:32], Hex, 128},
		{"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo3ODkwMTI=", Base64, 43 * 6},
		{"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo3ODkwMTI_-w", Base64, 46 * 6},
		{"12345678", Digits, 8 * math.Log2(10)},
		{"abcdefgh", Text, 8 * math.Log2(26)},
		{"abc def", Text, 7 * math.Log2(27)},
		{"", Text, 0},
	} {
		enc, bits := Estimate(tc.in)
		if enc != tc.enc || math.Abs(bits-tc.bits) > 0.01 {
			t.Errorf("Estimate(%q) = %v, %.2f; want %v, %.2f", tc.in, enc, bits, tc.enc, tc.bits)
		}
	}
}

func TestKnown(t *testing.T) {
	for _, s := range []string{"your-256-bit-secret", " Secret ", "JWT_SECRET", "jwt-secret", "changeme"} {
		if !Known(s) {
			t.Errorf("Known(%q) = false", s)
		}
	}
	for _, s := range []string{"", "x8Jd92nQ", hex.EncodeToString([]byte("0123456789abcdef"))} {
		if Known(s) {
			t.Errorf("Known(%q) = true", s)
		}
	}
	d := Dictionary()
	d[0] = "mutated"
	if Dictionary()[0] == "mutated" {
		t.Error("Dictionary returned the package's slice")
	}
}

func FuzzJudge(f *testing.F) {
	for _, s := range []string{"", "changeme", "${A:-b}", "myapp2026", "asdf", "\xff\xfe", "aaaa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Judge{}.Check(s)
		if v.Bits < 0 || math.IsNaN(v.Bits) {
			t.Fatalf("Check(%q).Bits = %v", s, v.Bits)
		}
		_ = v.Reason.String()
	})
}

// TestKnownSweepSamples: a sample that real services copied from their
// framework's tutorial (sweep 2: go-zero's AccessSecret in zero-admin; sweep
// 3: go-zero-looklook's, found in ten other repositories' code, configs and
// docs) is a well-known secret, however random it looks.
func TestKnownSweepSamples(t *testing.T) {
	for _, s := range []string{"ad879037-c7a4-4063-9236-6bfc35d54b7d", "AD879037-C7A4-4063-9236-6BFC35D54B7D", "ae0536f9-6450-4606-8e13-5a19ed505da0"} {
		if !Known(s) {
			t.Errorf("Known(%q) = false, want true", s)
		}
	}
}

// TestPublished: the well-known secrets whose publisher is known are named
// with it, whatever their spelling; others, and strong values, are not.
func TestPublished(t *testing.T) {
	for _, tc := range []struct{ secret, want string }{
		{"a-string-secret-at-least-256-bits-long", "jwt.io's sample key"},
		{"your-256-bit-secret", "jwt.io's sample key"},
		{"YOUR_512_BIT_SECRET", "jwt.io's sample key"},
		{"keyboard cat", "the express-session README's sample secret"},
		{"ad879037-c7a4-4063-9236-6bfc35d54b7d", "go-zero's tutorial secret"},
		{"0f987876650b4a085e64594fae9219e7781b17506bec02489ad061fba8cb22db", "the Nhost CLI's default Hasura JWT key"},
		{"changeme", ""},
		{"x8Jd92nQ-unpublished", ""},
	} {
		if got := Published(tc.secret); got != tc.want {
			t.Errorf("Published(%q) = %q, want %q", tc.secret, got, tc.want)
		}
		if tc.want != "" && !Known(tc.secret) {
			t.Errorf("Published(%q) names a publisher but Known is false", tc.secret)
		}
	}
}

// A well-known secret with a part typed over is still the sample (sweep B:
// zero-admin's go-zero AccessSecret with its first group changed), named as
// a variant; a value that only shares a shorter run with one, or adds a long
// random part to one, is judged on its own.
func TestKnownVariants(t *testing.T) {
	for _, s := range []string{"rtghyu67-c7a4-4063-9236-6bfc35d54b7d", "ad879037-c7a4-4063-9236-6bfc35d5ffff", "a-string-secret-at-least-256-bits-long!!"} {
		if !Known(s) {
			t.Errorf("Known(%q) = false, want a variant of a well-known secret", s)
		}
	}
	if p := Published("rtghyu67-c7a4-4063-9236-6bfc35d54b7d"); p != "go-zero's tutorial secret, with part of it changed" {
		t.Errorf("Published(variant) = %q", p)
	}
	for _, s := range []string{
		"5f1d2c3b-c7a4-4063-9236-0a1b2c3d4e5f",                                      // shares 12 characters
		"ad879037-c7a4-4063-9236-6bfc35d54b7d" + "9f86d081884c7d659a2feaa0c55ad015", // 128 random bits added
		"", "short",
	} {
		if Known(s) {
			t.Errorf("Known(%q) = true, want false", s)
		}
	}
}
