package scan

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
)

// TestSweep7ActionsSecretRef: a GitHub Actions workflow passes the job its
// JWT secret from the repository's encrypted secrets, JWT_SECRET: ${{
// secrets.JWT_SECRET }}: an expression the runner replaces, not a value
// (Prekols-Inc/Markdown-editor 9a49e4b, .github/workflows/ci-cd.yml:22,
// :33, sweep 7 of issue 12: weak-secret and short-secret on the
// expression's own 25 and 32 characters, and in history). A literal in the
// same workflow is still read.
func TestSweep7ActionsSecretRef(t *testing.T) {
	dir := t.TempDir()
	workflows := filepath.Join(dir, ".github", "workflows")
	if err := os.MkdirAll(workflows, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "env:\n" +
		"  JWT_SECRET: ${{ secrets.JWT_SECRET }}\n" +
		"  AUTH_SECRET: ${{secrets.AUTH_JWT_SECRET}}\n" +
		"jobs:\n" +
		"  test:\n" +
		"    steps:\n" +
		"      - env:\n" +
		"          JWT_SECRET: changeme\n"
	if err := os.WriteFile(filepath.Join(workflows, "ci.yml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	fs := decode(t, out)
	if len(fs) != 1 || fs[0].StartLine != 8 || fs[0].RuleID != RuleWeakSecret {
		t.Errorf("findings %+v (stderr %s), want one, the literal's weak-secret on line 8: ${{ secrets.X }} is a reference", fs, errs)
	}
}

// TestSweep7CommittedPEM: the service signs its RS256 tokens with a
// private key read from conf/cert_private.pem, which is committed
// (Koubae/jabba-ai-chat-app 44997c8, pkg/common/utils/conf.go:13: the
// directory defaults to "conf"; sweep 7 of issue 12). Everyone with a clone
// can sign tokens: committed-secret in the tree and in history. Fixed: the
// scanner reads the key files the code parses its private keys from
// (keyfiles.go); TestKeyFiles has the other cases.
func TestSweep7CommittedPEM(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	r := newRepo(t)
	r.write(map[string]string{
		"conf/cert_private.pem": string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})),
		"conf.go":               "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc key() (any, error) {\n\tb, err := os.ReadFile(\"conf/cert_private.pem\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn jwt.ParseRSAPrivateKeyFromPEM(b)\n}\n",
	})
	r.commit("add key")
	for _, args := range [][]string{{"--format", "json", r.dir}, {"--git", "--format", "json", r.dir}} {
		_, out, errs := scan(t, args...)
		fs := decode(t, out)
		if len(fs) != 1 || fs[0].File != "conf/cert_private.pem" || fs[0].RuleID != RuleCommittedSecret {
			t.Errorf("scan %v: findings %+v (stderr %s), want committed-secret on conf/cert_private.pem", args, fs, errs)
		}
	}
}

// TestSweep7VendorAuthKey: GIGACHAT_AUTH_KEY is the Basic credential a
// proxy sends to a third-party API's OAuth endpoint (Sber's GigaChat), not
// a JWT secret, though its name holds "auth" and ends in "key"
// (Prekols-Inc/Markdown-editor 9a49e4b, .env.example:15, and a real
// 98-character credential committed in de84e28d: weak-secret and
// committed-secret, sweep 7 of issue 12). Fixed: a third-party service's
// AUTH_KEY (vendorAuthKey) is not a JWT secret; the application's own
// (APP_AUTH_KEY) still is.
func TestSweep7VendorAuthKey(t *testing.T) {
	dir := t.TempDir()
	env := "GIGACHAT_PROXY_PORT=8088\nGIGACHAT_AUTH_KEY=your-key\nJWT_SECRET=changeme\nAPP_AUTH_KEY=changeme\ngigachatAuthKey=your-key\n"
	if err := os.WriteFile(filepath.Join(dir, ".env.example"), []byte(env), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	if fs := decode(t, out); len(fs) != 2 || fs[0].StartLine != 3 || fs[1].StartLine != 4 {
		t.Errorf("findings %+v (stderr %s), want two, JWT_SECRET's on line 3 and APP_AUTH_KEY's on line 4", fs, errs)
	}
}
