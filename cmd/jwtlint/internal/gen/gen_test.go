package gen

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
	"github.com/jwtlint/jwtlint/internal/weak"
)

type result struct {
	code           int
	stdout, stderr string
}

// runGen runs the command with random as its source of randomness.
func runGen(random io.Reader, args ...string) result {
	var stdout, stderr bytes.Buffer
	code := run(args, env{random: random, stdout: &stdout, stderr: &stderr})
	return result{code, stdout.String(), stderr.String()}
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// sequence is a reader of 0, 1, 2, … that stands in for crypto/rand.
type sequence struct{ next byte }

func (s *sequence) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = s.next
		s.next++
	}
	return len(p), nil
}

func TestSecretSizesAndAlphabets(t *testing.T) {
	alphabet := map[Format]*regexp.Regexp{
		Hex:       regexp.MustCompile(`^[0-9a-f]+$`),
		Base64:    regexp.MustCompile(`^[A-Za-z0-9+/]+={0,2}$`),
		Base64URL: regexp.MustCompile(`^[A-Za-z0-9_-]+$`),
	}
	tests := []struct {
		alg    string
		format Format
		bits   string
		chars  int // length of the output
		n      int // random bytes read
	}{
		{"HS256", Hex, "", 64, 32},
		{"HS256", Base64, "", 44, 32},
		{"HS256", Base64URL, "", 43, 32},
		{"HS256", Raw, "", 32, 32},
		{"HS384", Hex, "", 96, 48},
		{"HS384", Base64, "", 64, 48},
		{"HS384", Base64URL, "", 64, 48},
		{"HS384", Raw, "", 48, 48},
		{"HS512", Hex, "", 128, 64},
		{"HS512", Base64, "", 88, 64},
		{"HS512", Base64URL, "", 86, 64}, // the acceptance test
		{"HS512", Raw, "", 64, 64},
		{"hs256", Hex, "512", 128, 64},
		{"HS256", Base64URL, "264", 44, 33},
	}
	for _, tt := range tests {
		t.Run(tt.alg+"/"+string(tt.format)+"/"+tt.bits, func(t *testing.T) {
			args := []string{"--alg", tt.alg, "--format", string(tt.format)}
			if tt.bits != "" {
				args = append(args, "--bits", tt.bits)
			}
			c := &counter{r: rand.Reader}
			r := runGen(c, args...)
			if r.code != ExitOK || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			out := r.stdout
			if tt.format != Raw {
				if !strings.HasSuffix(out, "\n") {
					t.Fatalf("output %q does not end in a newline", out)
				}
				out = strings.TrimSuffix(out, "\n")
				if !alphabet[tt.format].MatchString(out) {
					t.Errorf("output %q is not %s", out, tt.format)
				}
			}
			if len(out) != tt.chars {
				t.Errorf("output is %d characters, want %d", len(out), tt.chars)
			}
			if c.n != tt.n {
				t.Errorf("read %d random bytes, want %d", c.n, tt.n)
			}
		})
	}
}

// TestSecretComesFromReader checks that the secret is exactly the bytes of
// the injected reader: nothing else feeds it.
func TestSecretComesFromReader(t *testing.T) {
	r := runGen(&sequence{}, "--alg", "HS256")
	want := "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n"
	if r.stdout != want {
		t.Errorf("secret = %q, want %q", r.stdout, want)
	}
	r = runGen(&sequence{}, "--count", "2", "--format", "base64url")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 || lines[0] == lines[1] {
		t.Errorf("--count 2 printed %q", r.stdout)
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("entropy source unavailable") }

func TestSecretReaderFailure(t *testing.T) {
	tests := []struct {
		args   []string
		random io.Reader
	}{
		{nil, failing{}},
		// The first secret succeeds, the second fails: nothing is printed.
		{[]string{"--count", "3"}, io.MultiReader(bytes.NewReader(make([]byte, 40)), failing{})},
		{[]string{"--alg", "EdDSA", "--stdout"}, failing{}},
		{[]string{"--env-file", filepath.Join(t.TempDir(), ".env")}, failing{}},
	}
	for _, tt := range tests {
		r := runGen(tt.random, tt.args...)
		if r.code != ExitError || r.stdout != "" {
			t.Errorf("%v with a failing reader: exit %d, stdout %q; want exit 2 and no output", tt.args, r.code, r.stdout)
		}
		if !strings.Contains(r.stderr, "entropy source unavailable") {
			t.Errorf("%v: stderr %q does not explain", tt.args, r.stderr)
		}
	}
}

func TestMainRunsDiffer(t *testing.T) {
	var outs []string
	for range 2 {
		var stdout, stderr bytes.Buffer
		if code := Main([]string{"--alg", "HS512", "--format", "base64url"}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		outs = append(outs, stdout.String())
	}
	if outs[0] == outs[1] {
		t.Errorf("two runs printed the same secret %q", outs[0])
	}
	if got := len(strings.TrimSpace(outs[0])); got != 86 {
		t.Errorf("HS512 base64url is %d characters, want 86", got)
	}
	// What jwtlint gen prints is what jwtlint's own judge calls strong.
	if v := (weak.Judge{}).Check(strings.TrimSpace(outs[0])); v.Weak() {
		t.Errorf("generated secret judged weak: %v", v.Reason)
	}
}

func TestCheckBits(t *testing.T) {
	tests := []struct {
		alg     string
		bits    int
		want    int
		wantErr string
	}{
		{"HS256", 0, 256, ""},
		{"HS384", 0, 384, ""},
		{"HS512", 0, 512, ""},
		{"HS256", 384, 384, ""},
		{"HS256", 128, 0, "at least 256"},
		{"HS512", 256, 0, "at least 512"},
		{"HS256", 260, 0, "whole number of bytes"},
		{"HS256", MaxHMACBits + 8, 0, "more than"},
		{"RS256", 0, 3072, ""},
		{"PS512", 4096, 4096, ""},
		{"RS256", 1024, 0, "at least 2048"},
		{"RS256", MaxRSABits + 1, 0, "more than"},
		{"ES256", 0, 256, ""},
		{"ES512", 0, 521, ""},
		{"ES256", 384, 0, "cannot change"},
		{"EdDSA", 256, 256, ""},
		{"EdDSA", 512, 0, "cannot change"},
	}
	for _, tt := range tests {
		a, ok := Lookup(tt.alg)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.alg)
		}
		got, err := CheckBits(a, tt.bits)
		if tt.wantErr == "" && (err != nil || got != tt.want) {
			t.Errorf("CheckBits(%s, %d) = %d, %v; want %d", tt.alg, tt.bits, got, err, tt.want)
		}
		if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("CheckBits(%s, %d) error = %v, want %q", tt.alg, tt.bits, err, tt.wantErr)
		}
	}
	if _, ok := Lookup("none"); ok {
		t.Error(`Lookup("none") succeeded`)
	}
	if a, ok := Lookup("ed25519"); !ok || a.Name != "EdDSA" {
		t.Errorf(`Lookup("ed25519") = %v, %v`, a, ok)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--bits", "128"}, "at least 256"},
		{[]string{"--alg", "HS999"}, "unknown algorithm"},
		{[]string{"--alg", "none"}, "unknown algorithm"},
		{[]string{"--format", "base32"}, "unknown format"},
		{[]string{"--count", "0"}, "--count"},
		{[]string{"extra"}, "unexpected argument"},
		{[]string{"--out", filepath.Join(dir, "k")}, "asymmetric"},
		{[]string{"--stdout"}, "asymmetric"},
		{[]string{"--rotate"}, "needs --env-file"},
		{[]string{"--var", "X"}, "needs --env-file"},
		{[]string{"--gitignore"}, "needs --env-file"},
		{[]string{"--env-file", filepath.Join(dir, ".env"), "--count", "2"}, "--count"},
		{[]string{"--env-file", filepath.Join(dir, ".env"), "--format", "raw"}, "raw"},
		{[]string{"--alg", "RS256"}, "--out PREFIX"},
		{[]string{"--alg", "RS256", "--bits", "1024", "--out", "k"}, "at least 2048"},
		{[]string{"--alg", "ES256", "--format", "hex", "--out", "k"}, "--format"},
		{[]string{"--alg", "ES256", "--env-file", ".env"}, "--env-file"},
		{[]string{"--alg", "ES256", "--out", "k", "--stdout"}, "together"},
		{[]string{"--alg", "ES256", "--out", "k.key"}, "prefix"},
		{[]string{"--alg", "ES256", "--stdout", "--force"}, "--force"},
		{[]string{"--no-such-flag"}, "not defined"},
	}
	for _, tt := range tests {
		r := runGen(rand.Reader, tt.args...)
		if r.code != ExitError || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("gen %v: exit %d, stdout %q, stderr %q; want exit 2 mentioning %q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("usage errors wrote files: %v", entries)
	}
	if r := runGen(rand.Reader, "-h"); r.code != ExitOK || !strings.Contains(r.stderr, "usage: jwtlint gen") {
		t.Errorf("-h: exit %d, stderr %q", r.code, r.stderr)
	}
}

// readPEM returns the one PEM block of path, checking its mode.
func readPEM(t *testing.T, path, typ string, perm os.FileMode) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, rest := pem.Decode(data)
	if b == nil || b.Type != typ || len(bytes.TrimSpace(rest)) != 0 {
		t.Fatalf("%s: want one %s block, got %q", path, typ, data)
	}
	if fi, err := os.Stat(path); err == nil && runtime.GOOS != "windows" && fi.Mode().Perm() != perm {
		t.Errorf("%s has mode %o, want %o", path, fi.Mode().Perm(), perm)
	}
	return b.Bytes
}

func TestKeyPairFiles(t *testing.T) {
	tests := []struct {
		alg   string
		bits  string // small RSA keys keep the test fast; 3072 is tested once below
		check func(t *testing.T, priv, pub any)
	}{
		{"RS256", "2048", func(t *testing.T, priv, pub any) {
			k := priv.(*rsa.PrivateKey)
			if k.N.BitLen() != 2048 || !k.PublicKey.Equal(pub) {
				t.Errorf("RSA key of %d bits, public matches: %v", k.N.BitLen(), k.PublicKey.Equal(pub))
			}
		}},
		{"PS384", "2048", func(t *testing.T, priv, pub any) {
			if !priv.(*rsa.PrivateKey).PublicKey.Equal(pub) {
				t.Error("public key does not match")
			}
		}},
		{"ES256", "", checkEC(256)},
		{"ES384", "", checkEC(384)},
		{"ES512", "", checkEC(521)},
		{"EdDSA", "", func(t *testing.T, priv, pub any) {
			if !priv.(ed25519.PrivateKey).Public().(ed25519.PublicKey).Equal(pub) {
				t.Error("public key does not match")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.alg, func(t *testing.T) {
			dir := t.TempDir()
			prefix := filepath.Join(dir, "jwt")
			args := []string{"--alg", tt.alg, "--out", prefix}
			if tt.bits != "" {
				args = append(args, "--bits", tt.bits)
			}
			r := runGen(rand.Reader, args...)
			if r.code != ExitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, prefix+".key") || strings.Contains(r.stdout, "PRIVATE") {
				t.Errorf("report %q", r.stdout)
			}
			privDER := readPEM(t, prefix+".key", "PRIVATE KEY", 0o600)
			pubDER := readPEM(t, prefix+".pub", "PUBLIC KEY", 0o644)
			priv, err := x509.ParsePKCS8PrivateKey(privDER)
			if err != nil {
				t.Fatal(err)
			}
			pub, err := x509.ParsePKIXPublicKey(pubDER)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, priv, pub)

			// A second run refuses to overwrite, and changes nothing.
			before, _ := os.ReadFile(prefix + ".key")
			r = runGen(rand.Reader, args...)
			if r.code != ExitRefused || !strings.Contains(r.stderr, "--force") {
				t.Errorf("overwrite without --force: exit %d, stderr %q", r.code, r.stderr)
			}
			if after, _ := os.ReadFile(prefix + ".key"); !bytes.Equal(before, after) {
				t.Error("private key changed without --force")
			}
			// --force replaces both with a different key, modes kept.
			r = runGen(rand.Reader, append(args, "--force")...)
			if r.code != ExitOK {
				t.Fatalf("--force: exit %d: %s", r.code, r.stderr)
			}
			if after := readPEM(t, prefix+".key", "PRIVATE KEY", 0o600); bytes.Equal(after, privDER) {
				t.Error("--force wrote the same key again")
			}
			readPEM(t, prefix+".pub", "PUBLIC KEY", 0o644)
		})
	}
}

func checkEC(bits int) func(t *testing.T, priv, pub any) {
	return func(t *testing.T, priv, pub any) {
		k := priv.(*ecdsa.PrivateKey)
		if k.Curve.Params().BitSize != bits || !k.PublicKey.Equal(pub) {
			t.Errorf("curve %s, public matches: %v", k.Curve.Params().Name, k.PublicKey.Equal(pub))
		}
	}
}

func TestKeyPairRefusesIfEitherFileExists(t *testing.T) {
	dir := t.TempDir()
	prefix := filepath.Join(dir, "jwt")
	if err := os.WriteFile(prefix+".pub", []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runGen(rand.Reader, "--alg", "EdDSA", "--out", prefix)
	if r.code != ExitRefused {
		t.Errorf("exit %d, want 1: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(prefix + ".key"); err == nil {
		t.Error("private key written although the public key file exists")
	}
}

func TestKeyPairStdout(t *testing.T) {
	r := runGen(rand.Reader, "--alg", "ES256", "--stdout")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	b1, rest := pem.Decode([]byte(r.stdout))
	b2, rest := pem.Decode(rest)
	if b1 == nil || b2 == nil || b1.Type != "PRIVATE KEY" || b2.Type != "PUBLIC KEY" || len(rest) != 0 {
		t.Errorf("--stdout printed %q", r.stdout)
	}
}

// TestEd25519FromReader: the Ed25519 seed is read from the injected reader.
// (Since Go 1.26 crypto/rsa and crypto/ecdsa ignore the reader and always
// use the system's generator.)
func TestEd25519FromReader(t *testing.T) {
	alg, _ := Lookup("EdDSA")
	k1, err := KeyPair(&sequence{}, alg, 256)
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := KeyPair(&sequence{}, alg, 256)
	k3, _ := KeyPair(rand.Reader, alg, 256)
	if !k1.(ed25519.PrivateKey).Equal(k2) {
		t.Error("same reader, different keys")
	}
	if k1.(ed25519.PrivateKey).Equal(k3) {
		t.Error("different readers, same key")
	}
}

func TestDefaultRSAKeyIs3072Bits(t *testing.T) {
	if testing.Short() {
		t.Skip("3072-bit RSA key generation")
	}
	alg, _ := Lookup("RS256")
	bits, _ := CheckBits(alg, 0)
	k, err := KeyPair(rand.Reader, alg, bits)
	if err != nil {
		t.Fatal(err)
	}
	if n := k.(*rsa.PrivateKey).N.BitLen(); n != 3072 {
		t.Errorf("default RSA key is %d bits, want 3072", n)
	}
}

func TestEnvFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	in := "# app\nPORT=8080\nexport JWT_SECRET='changeme' # TODO\n\nDB_URL=postgres://x\n"
	if err := os.WriteFile(path, []byte(in), 0o640); err != nil {
		t.Fatal(err)
	}
	r := runGen(rand.Reader, "--env-file", path, "--var", "JWT_SECRET", "--alg", "HS512", "--format", "base64url", "--rotate")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var secret string
	for _, e := range envfile.Parse(mustRead(t, path)) {
		if e.Name == "JWT_SECRET" {
			secret = e.Value
		}
	}
	if len(secret) != 86 {
		t.Fatalf("JWT_SECRET is %d characters, want 86", len(secret))
	}
	// The guessable old value is not kept: while it verified tokens,
	// whoever guessed it could forge them.
	want := "# app\nPORT=8080\nexport JWT_SECRET='" + secret + "' # TODO\n\nDB_URL=postgres://x\n"
	if got := string(mustRead(t, path)); got != want {
		t.Errorf("file =\n%q\nwant\n%q", got, want)
	}
	if !strings.Contains(r.stderr, "note: --rotate did not keep the old value of JWT_SECRET as JWT_SECRET_PREVIOUS: it is guessable") {
		t.Errorf("no note about the weak old value not kept: %q", r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, secret) || strings.Contains(r.stdout+r.stderr, "changeme") {
		t.Errorf("output reveals a secret: %q %q", r.stdout, r.stderr)
	}
	for _, s := range []string{"set JWT_SECRET in " + path + " (line 3)", "512-bit HS512"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("report %q does not say %q", r.stdout, s)
		}
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %o, want 640 kept", fi.Mode().Perm())
	}

	// Rotating a strong value keeps it, without a note.
	r = runGen(rand.Reader, "--env-file", path, "--alg", "HS512", "--format", "base64url", "--rotate")
	if r.code != ExitOK || strings.Contains(r.stderr, "old value") || !strings.Contains(r.stdout, "JWT_SECRET_PREVIOUS (line 4)") {
		t.Errorf("second rotation: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	prev := 0
	for _, e := range envfile.Parse(mustRead(t, path)) {
		if e.Name == "JWT_SECRET_PREVIOUS" {
			prev++
			if e.Value != secret {
				t.Errorf("JWT_SECRET_PREVIOUS is not the value before the second rotation")
			}
		}
	}
	if prev != 1 {
		t.Errorf("%d JWT_SECRET_PREVIOUS assignments, want 1", prev)
	}
	// The previous secret itself is never rotated.
	r = runGen(rand.Reader, "--env-file", path, "--var", "JWT_SECRET_PREVIOUS", "--rotate")
	if r.code != ExitError || !strings.Contains(r.stderr, "a previous secret is not rotated") || strings.Contains(string(mustRead(t, path)), "_PREVIOUS_PREVIOUS") {
		t.Errorf("rotating JWT_SECRET_PREVIOUS: exit %d, stderr %q", r.code, r.stderr)
	}

	// A missing file is created, 0600, with a default variable name.
	other := filepath.Join(dir, "new.env")
	r = runGen(rand.Reader, "--env-file", other)
	if r.code != ExitOK || !strings.Contains(r.stdout, "added JWT_SECRET") || !strings.Contains(r.stdout, "created") {
		t.Errorf("new file: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got := string(mustRead(t, other)); !regexp.MustCompile(`^JWT_SECRET=[0-9a-f]{64}\n$`).MatchString(got) {
		t.Errorf("new file = %q", got)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=jwtlint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestEnvFileInGitRepo(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	tracked := filepath.Join(dir, "tracked.env")
	if err := os.WriteFile(tracked, []byte("JWT_SECRET=secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "add", "tracked.env")
	git(t, dir, "commit", "-q", "-m", "oops")

	r := runGen(rand.Reader, "--env-file", tracked)
	if r.code != ExitRefused || !strings.Contains(r.stderr, "git tracks") {
		t.Errorf("tracked file: exit %d, stderr %q; want 1", r.code, r.stderr)
	}
	if got := string(mustRead(t, tracked)); got != "JWT_SECRET=secret\n" {
		t.Errorf("tracked file changed: %q", got)
	}
	r = runGen(rand.Reader, "--env-file", tracked, "--force")
	if r.code != ExitOK || !strings.Contains(r.stderr, "warning: git tracks") {
		t.Errorf("--force: exit %d, stderr %q", r.code, r.stderr)
	}

	untracked := filepath.Join(dir, ".env")
	r = runGen(rand.Reader, "--env-file", untracked)
	if r.code != ExitOK || !strings.Contains(r.stderr, "--gitignore") {
		t.Errorf("unignored file: exit %d, stderr %q; want a --gitignore hint", r.code, r.stderr)
	}
	r = runGen(rand.Reader, "--env-file", untracked, "--gitignore")
	if r.code != ExitOK || !strings.Contains(r.stdout, "added .env to") || r.stderr != "" {
		t.Errorf("--gitignore: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got := string(mustRead(t, filepath.Join(dir, ".gitignore"))); got != "/.env\n" {
		t.Errorf(".gitignore = %q", got)
	}
}
