package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSweep8KeyFileName: the server's RS256 signing key and certificate are
// files the configuration names, tokenKey: server.key beside tokenCert:
// server.crt (webishdev/stopnik 693fd67, config.yml:7, and bc4f6d6,
// tokenKeys: {cert: server.crt, key: server.key}, config.yml:8; sweep 8 of
// issue 12: weak-secret in history on the 10 characters of the file name).
// A file name with a key or certificate extension is where a key is read
// from, not an HMAC secret; a dotted secret with more than one dot, or one
// without such an extension, is still judged.
func TestSweep8KeyFileName(t *testing.T) {
	dir := t.TempDir()
	doc := "server:\n" +
		"  tokenKey: server.key\n" +
		"  tokenCert: server.crt\n" +
		"  tokenKeys:\n" +
		"    cert: server.crt\n" +
		"    key: server.key\n" +
		"jwt:\n" +
		"  key: ./keys/private.pem\n" +
		"  signing_key: jwt_private.pem\n" +
		"auth:\n" +
		"  jwt_secret: my.secret.key\n"
	if err := os.WriteFile(filepath.Join(dir, "config.yml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	fs := decode(t, out)
	if len(fs) != 1 || fs[0].StartLine != 11 || fs[0].RuleID != RuleWeakSecret {
		t.Errorf("findings %+v (stderr %s), want one, weak-secret on line 11: server.key, ./keys/private.pem and jwt_private.pem name key files", fs, errs)
	}
}

// TestSweep8EnvExampleTxt: the template of the .env file is committed as
// env-example.txt, JWT_PRIVATE_KEY=secret-key-1234 among the other
// variables the code reads with os.Getenv (psnehanshu/clean-pincode-index
// c51af99, env-example.txt:3; sweep 8 of issue 12: not read, a .txt file).
// A text file named for a .env (env.txt, env-example.txt, .env.txt,
// prod.env.txt) is read as one; other text files are not. Still open
// there: JWT_PRIVATE_KEY names a private key (notJWT) although the code
// passes it to jwt.WithKey(jwa.HS256(), …) (internal/server/utils.go:166),
// so this reduction uses JWT_SECRET.
func TestSweep8EnvExampleTxt(t *testing.T) {
	dir := t.TempDir()
	for name, doc := range map[string]string{
		"env-example.txt": "DATABASE_URL=postgres://u:p@localhost/db\nJWT_SECRET=secret-key-1234\n",
		"notes.txt":       "JWT_SECRET=changeme\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, errs := scan(t, "--format", "json", dir)
	fs := decode(t, out)
	if len(fs) != 1 || fs[0].File != "env-example.txt" || fs[0].StartLine != 2 || fs[0].RuleID != RuleWeakSecret {
		t.Errorf("findings %+v (stderr %s), want one, weak-secret in env-example.txt on line 2", fs, errs)
	}
}

// TestSweep8NestedConfigField: config.yml commits server.secret, 24
// characters, which the code signs HS256 with through a nested config field,
// config.Server.Secret under the yaml tags server and secret, returned by a
// getter (webishdev/stopnik c553b87, config.yml:14; sweep 8 of issue 12:
// short-secret FN, the code-name reader took the leaf's tag alone). The
// names read from the code include the path of nested struct fields' tags;
// a sibling field no sink reads (server.sessionKey), and a field of the
// same name in another section (mail.secret), stay silent. The handlers'
// untagged config *config.Config fields do not make Config a section of
// theirs (stopnik's internal/server/handler/...).
func TestSweep8NestedConfigField(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/idp\n\ngo 1.22\n\nrequire github.com/lestrrat-go/jwx/v2 v2.1.1\n",
		"internal/config/config.go": "package config\n\n" +
			"type Mail struct {\n\tSecret string `yaml:\"secret\"`\n}\n\n" +
			"type Server struct {\n\tAddr       string `yaml:\"addr\"`\n\tSecret     string `yaml:\"secret\"`\n\tSessionKey string `yaml:\"sessionKey\"`\n}\n\n" +
			"type Config struct {\n\tServer Server `yaml:\"server\"`\n\tMail   Mail   `yaml:\"mail\"`\n\tgenerated string\n}\n\n" +
			"var instance Config\n\n" +
			"func GetConfigInstance() *Config { return &instance }\n\n" +
			"// GetServerSecret returns the server secret.\n" +
			"func (config *Config) GetServerSecret() string {\n\tif config.Server.Secret != \"\" {\n\t\treturn config.Server.Secret\n\t}\n\treturn config.generated\n}\n\n" +
			"func (config *Config) GetSessionKey() string { return config.Server.SessionKey }\n\n" +
			"func (config *Config) GetMailSecret() string { return config.Mail.Secret }\n",
		"internal/crypto/key.go": `package crypto

import (
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"

	"example.com/idp/internal/config"
)

type serverSecret struct {
	secret string
}

// A struct holding the config untagged is no configuration section.
type handler struct {
	config *config.Config
}

func NewServerSecretLoader() *serverSecret {
	currentConfig := config.GetConfigInstance()
	return &serverSecret{secret: currentConfig.GetServerSecret()}
}

func (s *serverSecret) GetServerKey() jwt.SignEncryptParseOption {
	return jwt.WithKey(jwa.HS256, []byte(s.secret))
}
`,
		"config.yml": "server:\n  addr: :8082\n  sessionKey: Hq4vN8sLw2ZpR6tYc3XbJ7mK\n  secret: WRYldij9ebtDZ5VJSsxNAfCZ\n" +
			"mail:\n  secret: Pz5kT9wQr2LmV7nXc4BhJ8sD\n",
	}
	expectFindings(t, files, "short-secret config.yml:4")
}

// TestSweep8ConstructorName: a constructor of another package with the same
// bare name as a function whose result reaches a key sink does not make
// what it is given a JWT secret (psnehanshu/clean-pincode-index,
// internal/server/routes.go:359: turnstile.New(os.Getenv("CF_SECRET_KEY")),
// a Cloudflare Turnstile secret, was short-secret in env-example.txt once
// getters' returns were followed by name): only getters without
// parameters pass their returns on.
func TestSweep8ConstructorName(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/pin\n\ngo 1.22\n\nrequire github.com/lestrrat-go/jwx/v2 v2.1.1\n",
		"internal/turnstile/turnstile.go": "package turnstile\n\nimport \"net/http\"\n\ntype Turnstile struct {\n\tsecretKey string\n\tclient    *http.Client\n}\n\n" +
			"func New(secretKey string) *Turnstile { return &Turnstile{secretKey, &http.Client{}} }\n",
		"internal/server/utils.go": `package server

import (
	"os"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func sign() ([]byte, error) {
	tok := jwt.New()
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, []byte(os.Getenv("JWT_SECRET"))))
}
`,
		"internal/server/routes.go": `package server

import (
	"os"

	"example.com/pin/internal/turnstile"
)

var cf = turnstile.New(os.Getenv("CF_SECRET_KEY"))
`,
		".env": "JWT_SECRET=changeme\nCF_SECRET_KEY=SDGHRTTRTRdgrte\n",
	}
	expectFindings(t, files, "weak-secret .env:1")
}
