package scan

import (
	"encoding/base64"
	"sort"
	"strings"
	"testing"
)

// scanTree writes files into a new repository, commits them, scans its
// files and returns "rule file:line" of each finding, sorted.
func scanTree(t *testing.T, files map[string]string) []string {
	t.Helper()
	r := newRepo(t)
	r.write(files)
	r.commit("configuration")
	_, out, _ := scan(t, "--format", "json", r.dir)
	return summary(decode(t, out))
}

// expectFindings checks that the scan of files finds exactly want ("rule
// file:line"), in any order.
func expectFindings(t *testing.T, files map[string]string, want ...string) {
	t.Helper()
	got := scanTree(t, files)
	if strings.Join(got, "\n") != strings.Join(sortedCopy(want), "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(sortedCopy(want), "\n"))
	}
}

func sortedCopy(s []string) []string {
	c := append([]string{}, s...)
	sort.Strings(c)
	return c
}

// Instruction-like values are weak whatever their length (issue 12 item 7).
func TestInstructionValues(t *testing.T) {
	expectFindings(t, map[string]string{
		".env":         "JWT_SECRET=your-super-secret-jwt-key-change-in-production\n",
		"config.yaml":  "jwt:\n  secret: replace-with-a-long-random-string\n",
		"strong.env":   "JWT_SECRET=" + derived("strong instruction", 32) + "\n",
		"passages.env": "# not a secret name\nWELCOME=replace-with-a-long-random-string\n",
	}, "weak-secret .env:1", "weak-secret config.yaml:2", "committed-secret strong.env:1")
}

// Names real frameworks use (issue 12 item 7): go-zero's AccessSecret in an
// Auth section or beside AccessExpire, sign keys under an auth-ish parent,
// Spring's jwt.secret with a ${VAR:default} default, JHipster's
// base64-secret.
func TestFrameworkNames(t *testing.T) {
	expectFindings(t, map[string]string{
		"etc/user-api.yaml": "Name: user-api\nHost: 0.0.0.0\nPort: 8888\nAuth:\n  AccessSecret: uOvKLmVfztaXGpNYd4Z0I1SiT7MweJhl\n  AccessExpire: 86400\n",
		"etc/admin.yaml":    "Name: admin\nJwtAuth:\n  AccessSecret: ad879037-c7a4-4063-9236-6bfc35d54b7d\n  AccessExpire: 3600\n",
		"etc/other.yaml":    "Name: other\nAdmin:\n  AccessSecret: myadmin2024\n  AccessExpire: 3600\n",
		"conf/app.yaml":     "auth:\n  sign_key: mysignkey\nserver:\n  signKey: " + derived("not auth", 32) + "\n",
		"conf/jwt.toml":     "[jwt]\njwt_key = \"letmein\"\n[token]\ntoken_key = \"password1\"\n[session]\nsignKey = \"abc123\"\n",
		"src/main/resources/application.properties":     "server.port=8080\njwt.secret=${JWT_SECRET:mySecretKey}\napp.jwt.secret=${APP_JWT_SECRET}\n",
		"src/main/resources/application.yml":            "app:\n  jwt:\n    secret: ${JWT_SECRET:secret123}\n    expiration: 86400\n",
		"src/main/resources/config/application-dev.yml": "jhipster:\n  security:\n    authentication:\n      jwt:\n        base64-secret: bXktc2VjcmV0LWtleQ==\n",
		"cache.yaml": "cache:\n  AccessSecret: notgozero\n",
	},
		"short-secret etc/user-api.yaml:5", "weak-secret etc/admin.yaml:3" /* the go-zero tutorial's sample */, "weak-secret etc/other.yaml:3",
		"weak-secret conf/app.yaml:2", "weak-secret conf/jwt.toml:2", "weak-secret conf/jwt.toml:4",
		"weak-secret src/main/resources/application.properties:2", "weak-secret src/main/resources/application.yml:3",
		"short-secret src/main/resources/config/application-dev.yml:5",
	)
}

func TestSpringDefault(t *testing.T) {
	for _, tc := range []struct {
		value, want string
		col         int
	}{
		{"${JWT_SECRET:mySecretKey}", "mySecretKey", 14},
		{"${JWT_SECRET}", "${JWT_SECRET}", 1},
		{"${JWT_SECRET:-changeme}", "${JWT_SECRET:-changeme}", 1}, // the judge's
		{"prefix${JWT_SECRET:x}", "prefix${JWT_SECRET:x}", 1},
	} {
		a := springDefault(assignment{value: tc.value, col: 1})
		if a.value != tc.want || a.col != tc.col {
			t.Errorf("springDefault(%q) = %q at %d, want %q at %d", tc.value, a.value, a.col, tc.want, tc.col)
		}
	}
}

// scanPositions is scanTree with columns and names: "rule file:line:col
// name", sorted.
func scanPositions(t *testing.T, files map[string]string) []string {
	t.Helper()
	r := newRepo(t)
	r.write(files)
	r.commit("configuration")
	_, out, _ := scan(t, "--format", "json", r.dir)
	var got []string
	for _, f := range decode(t, out) {
		got = append(got, f.RuleID+" "+f.File+":"+itoa(f.StartLine)+":"+itoa(f.StartColumn)+" "+f.Name)
	}
	sort.Strings(got)
	return got
}

// Configuration files held as strings in other files are read with their
// own format, and findings point into the outer file (issue 12 item 7).
func TestEmbeddedDocuments(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	got := scanPositions(t, map[string]string{
		// A ConfigMap holding a whole application.yaml (literal block).
		"k8s/configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  application.yaml: |\n" +
			"    server:\n      port: 8080\n\n    jwt:\n      secret: myapp2026\n  LOG_LEVEL: info\n",
		// A Secret whose data entry is a base64-encoded .env file.
		"k8s/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  .env: " +
			b64("PORT=8080\nJWT_SECRET=changeme\n") + "\nstringData:\n  appsettings.json: |\n    {\"Jwt\": {\"Key\": \"your-256-bit-secret\"}}\n",
		// docker-compose configs.*.content holding a .env file.
		"docker-compose.yml": "services:\n  api:\n    image: api\n    configs:\n      - app_env\nconfigs:\n  app_env:\n    content: |\n" +
			"      PORT=8080\n      TOKEN_SECRET=letmein\n",
		// Helm values holding configuration as a string.
		"chart/values.yaml": "replicaCount: 1\nconfig: |\n  auth:\n    jwt_secret: secret123\n  database:\n    host: db\n",
		// A JSON string holding a .env file.
		"deploy.json": "{\n  \"files\": {\n    \"app.env\": \"JWT_SECRET=password1\\nPORT=80\\n\"\n  }\n}\n",
		// Not documents: a script and a certificate held as strings.
		".github/workflows/ci.yml": "jobs:\n  test:\n    steps:\n      - run: |\n          go build ./...\n          export JWT_SECRET=changeme\n          ./server &\n          go test ./...\n",
	})
	want := []string{
		"weak-secret chart/values.yaml:4:17 config.auth.jwt_secret",
		"weak-secret deploy.json:3:17 files.app.env.JWT_SECRET",
		"weak-secret docker-compose.yml:10:20 configs.app_env.content.TOKEN_SECRET",
		"weak-secret k8s/configmap.yaml:11:15 data.application.yaml.jwt.secret",
		"weak-secret k8s/secret.yaml:7:9 data..env.JWT_SECRET",
		"weak-secret k8s/secret.yaml:10:22 stringData.appsettings.json.Jwt.Key",
	}
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The names under which the repository's own Go code loads its JWT keys are
// JWT secrets' names in its configuration (issue 12 item 7).
func TestCodeNames(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.22\n\nrequire github.com/golang-jwt/jwt/v5 v5.2.1\n",
		"auth/auth.go": `package auth

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"

	"example.com/app/config"
)

func Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("APP_SECRET")))
}

func Parse(s string) (*jwt.Token, error) {
	secret := os.Getenv("HS_SECRET")
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return []byte(secret), nil })
}

func Refresh(claims jwt.MapClaims) (string, error) {
	key := config.C.Auth.Key
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))
}

func Admin(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(viper.GetString("server.app_secret")))
}

func header() string { return os.Getenv("OTHER_SECRET") }
`,
		"config/config.go": "package config\n\ntype Auth struct {\n\tKey string `env:\"MYAPP_REFRESH_KEY\"`\n\tOther string `env:\"UNUSED_SECRET\"`\n}\n\ntype Config struct{ Auth Auth }\n\nvar C Config\n",
		"main.go":          "package main\n\nimport \"os\"\n\nfunc main() { _ = os.Getenv(\"MAIN_SECRET\") }\n",
		".env":             "APP_SECRET=changeme\nHS_SECRET=letmein\nMYAPP_REFRESH_KEY=password1\nOTHER_SECRET=changeme\nUNUSED_SECRET=changeme\nMAIN_SECRET=changeme\n",
		"config.yaml":      "server:\n  port: 8080\n  app_secret: secret123\n",
	}
	expectFindings(t, files, "weak-secret .env:1", "weak-secret .env:2", "weak-secret .env:3", "weak-secret config.yaml:3")
	// Without the Go code, none of these names is a JWT secret's.
	delete(files, "auth/auth.go")
	expectFindings(t, files)
}

// Scripts held in values are not configuration documents: a CI step that
// runs the tests with a test secret, a container's command.
func TestEmbeddedScripts(t *testing.T) {
	expectFindings(t, map[string]string{
		".github/workflows/ci.yml": "jobs:\n  test:\n    steps:\n      - run: |\n          JWT_SECRET=changeme\n          TOKEN_SECRET=letmein\n          go test ./...\n" +
			"      - name: e2e\n        with:\n          script: |\n            JWT_SECRET=changeme\n            AUTH_SECRET=x\n",
		"k8s/job.yaml": "spec:\n  containers:\n    - name: migrate\n      env:\n        - name: MODE\n          value: |\n            JWT_SECRET=changeme go run ./cmd/migrate\n            PORT=1 ./serve\n",
	})
}

func TestEmbeddedINI(t *testing.T) {
	expectFindings(t, map[string]string{
		"k8s/cm.yaml":       "kind: ConfigMap\ndata:\n  app.toml: |\n    [jwt]\n    secret = \"asdfghjkl\"\n  props: |\n    [auth]\n    jwt_secret = letmein\n    port = 80\n",
		"chart/values.yaml": "config:\n  application.properties: |\n    server.port=8080\n    jwt.secret=${JWT_SECRET:mySecretKey}\n",
	}, "weak-secret k8s/cm.yaml:5", "weak-secret k8s/cm.yaml:8", "weak-secret chart/values.yaml:4")
}

// A key passed from the package that reads it to a JWT package's
// constructor, kept in a field, used by a method.
func TestCodeNamesThroughParameters(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/svc\n\ngo 1.22\n",
		"cmd/server/main.go": `package main

import (
	"os"

	"example.com/svc/internal/auth"
	"example.com/svc/internal/cache"
	"example.com/svc/internal/config"
)

func main() {
	cfg := config.Load()
	s := auth.NewService(cfg.SigningPhrase, 3600)
	_ = auth.NewService(os.Getenv("SVC_SECRET"), 60)
	_ = cache.New(os.Getenv("CACHE_KEY"))
	_ = s
}
`,
		"internal/config/config.go": "package config\n\ntype Config struct {\n\tSigningPhrase string `yaml:\"app_key\" env:\"APP_KEY\"`\n}\n\nfunc Load() Config { return Config{} }\n",
		"internal/cache/cache.go":   "package cache\n\nfunc New(key string) int { return len(key) }\n",
		"internal/auth/service.go": `package auth

import "github.com/golang-jwt/jwt/v5"

type Service struct {
	signingKey string
	ttl        int
}

func NewService(signingKey string, ttl int) *Service {
	return &Service{signingKey, ttl}
}

// New is not the cache's New.
func New(key string) *Service { return &Service{} }

func (s *Service) Token(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(s.signingKey))
}
`,
		".env":        "APP_KEY=changeme\nSVC_SECRET=letmein\nCACHE_KEY=changeme\n",
		"config.yaml": "app_key: password1\nother_key: password1\n",
	}
	expectFindings(t, files, "weak-secret .env:1", "weak-secret .env:2", "weak-secret config.yaml:1")
}

func TestCodeNameMatch(t *testing.T) {
	c := codeNames{"secret": true, "appsecret": true, "serverappkey": true, "jwtsecret": true}
	f := formatYAML
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"SECRET", true}, {"[].secret", false}, {"db.secret", false}, {"APP_SECRET", true}, {"env.APP_SECRET", true},
		{"server.app_key", true}, {"app_key", false}, {"OTHER", false}, {"jwt.secret", true}, {"[].jwt.secret", false},
	} {
		f := f
		if !strings.Contains(tc.path, ".") {
			f = formatEnv
		}
		if got := c.match(strings.Split(tc.path, "."), f); got != tc.want {
			t.Errorf("match(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
	// ory/hydra's fixtures: {"Secret": "secret-0001"} is not the SECRET the
	// code reads from the environment.
	if c.match([]string{"Secret"}, formatJSON) {
		t.Error(`match({"Secret": …} in JSON) = true, want false`)
	}
}

// In history, a secret in an embedded document is found in the commit that
// adds it, at its line of the outer file, and the names of the Go code count.
func TestEmbeddedHistory(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		"k8s/cm.yaml": "kind: ConfigMap\ndata:\n  application.yaml: |\n    server:\n      port: 8080\n",
		"go.mod":      "module example.com/h\n\ngo 1.22\n",
		"auth.go":     "package h\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc Sign(c jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(os.Getenv(\"APP_SECRET\")))\n}\n",
	})
	r.commit("config")
	r.write(map[string]string{
		"k8s/cm.yaml": "kind: ConfigMap\ndata:\n  application.yaml: |\n    server:\n      port: 8080\n    jwt:\n      secret: letmein\n",
		".env":        "APP_SECRET=changeme\n",
	})
	weak := r.commit("jwt")
	_, out, _ := scan(t, "--git", "--format", "json", r.dir)
	var got []string
	for _, f := range decode(t, out) {
		if f.RuleID == RuleWeakSecret {
			if f.Commit != weak {
				t.Errorf("%s found in %s, want %s", f.File, f.Commit, weak)
			}
			got = append(got, f.File+":"+itoa(f.StartLine)+":"+itoa(f.StartColumn))
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != ".env:1:12 k8s/cm.yaml:7:15" {
		t.Errorf("weak secrets in history: %v", got)
	}
}

// Cases of the sweep (helper sweep, 2026-12-02): Postman key/value entries
// are names, not secrets; configuration templates are read in their
// format; keys of the code passed through a wrapper of the tree.
func TestSweepCases(t *testing.T) {
	expectFindings(t, map[string]string{
		// 0xKimutai/secure-auth-service, 200215-Moynul-Islam/todo-api.
		"api.postman_collection.json": `{"item": [{"item": [{"request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{jwt_token}}", "type": "string"}]}}}]}]}`,
		// 200215-Moynul-Islam/todo-api: beego's conf/app.conf template.
		"conf/app.conf.sample": "appname = todo\n[dev]\nJWT_SECRET = your_secret_key\n",
		"config.yaml.example":  "jwt:\n  secret: changeme\n",
	}, "weak-secret conf/app.conf.sample:3", "weak-secret config.yaml.example:2")
	// 0xhydropho/go-jwt-auth: REFRESH_SECRET is signed with.
	expectFindings(t, map[string]string{
		"go.mod":       "module example.com/a\n\ngo 1.22\n",
		"main.go":      "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc main() {\n\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv(\"REFRESH_SECRET\")))\n}\n",
		".env.example": "PORT=8080\nREFRESH_SECRET=another_very_secure_refresh_secret_here\n",
	}, "weak-secret .env.example:2")
	// 246859/lite-server-go: jwt.acSign reaches a wrapper of the tree that signs.
	files := liteServerCode()
	files["config.yml"] = "server:\n  port: 80\njwt:\n  acSign: apple-river-stone-cloud\n  reSign: quiet-forest-amber-window\n"
	expectFindings(t, files, "weak-secret config.yml:4", "weak-secret config.yml:5")
}

// liteServerCode is the shape of 246859/lite-server-go's key code: the
// fields of jwt.acSign and jwt.reSign, bound by mapstructure tags, passed
// to a wrapper of SignedString in another package.
func liteServerCode() map[string]string {
	return map[string]string{
		"go.mod": "module example.com/l\n\ngo 1.22\n",
		"pkg/jwtutils/jwt.go": "package jwtutils\n\nimport \"github.com/golang-jwt/jwt/v5\"\n\n" +
			"func CreateHs256Jwt(claims jwt.MapClaims, key string) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))\n}\n",
		"config/jwt.go": "package config\n\ntype Jwt struct {\n\tAcSign string `mapstructure:\"acSign\"`\n\tReSign string `mapstructure:\"reSign\"`\n}\n\nvar JwtCfg Jwt\n",
		"service/login.go": "package service\n\nimport (\n\t\"example.com/l/config\"\n\t\"example.com/l/pkg/jwtutils\"\n)\n\n" +
			"func Login() (string, string) {\n\ta, _ := jwtutils.CreateHs256Jwt(nil, config.JwtCfg.AcSign)\n\tr, _ := jwtutils.CreateHs256Jwt(nil, config.JwtCfg.ReSign)\n\treturn a, r\n}\n",
	}
}

// A templated ConfigMap (not YAML until rendered) holding a .env file and
// an application.yaml in blocks.
func TestTemplatedEmbedded(t *testing.T) {
	expectFindings(t, map[string]string{
		"chart/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  app.env: |\n    PORT=8080\n    JWT_SECRET=changeme\n    OTHER={{ .Values.x }}\n" +
			"  application.yaml: |\n    jwt:\n      secret: letmein\n  script.sh: |\n    echo JWT_SECRET=nothing\n  JWT_KEY: |\n    {{ .Values.key }}\n",
	}, "weak-secret chart/templates/cm.yaml:8", "weak-secret chart/templates/cm.yaml:12")
}

// An untagged config field is read under its own name by go-zero and
// viper's Unmarshal, but taking every exported field that reaches a key
// sink as a name brought false positives on the sweep (ory/hydra's JSON
// fixtures {"Secret": …}, {"Key": …}): only tags and getters name secrets.
func TestCodeNamesUntaggedField(t *testing.T) {
	expectFindings(t, map[string]string{
		"go.mod":           "module example.com/u\n\ngo 1.22\n",
		"config/config.go": "package config\n\ntype Config struct {\n\tServer struct {\n\t\tAppSecret string\n\t\tPort int\n\t}\n}\n",
		"auth/auth.go": "package auth\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\n\t\"example.com/u/config\"\n)\n\n" +
			"func Sign(c config.Config) (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.Server.AppSecret))\n}\n",
		"etc/app.yaml": "Server:\n  AppSecret: secret123\n  Port: 80\nOther:\n  Port: 1\n",
	})
}

// AdWayne/ozinse-backend f2139475: REFRESH_SECRET, loaded by a getEnv
// helper into a config field that a method signs with, in .env and in a
// compose environment list; and a common JWT name on its own.
func TestRefreshSecret(t *testing.T) {
	expectFindings(t, map[string]string{
		"go.mod": "module example.com/o\n\ngo 1.22\n",
		"internal/config/config.go": "package config\n\nimport \"os\"\n\ntype Config struct{ JWTSecret, RefreshPhrase string }\n\n" +
			"func getEnv(k, d string) string {\n\tif v := os.Getenv(k); v != \"\" {\n\t\treturn v\n\t}\n\treturn d\n}\n\n" +
			"func Load() *Config {\n\treturn &Config{JWTSecret: getEnv(\"JWT_SECRET\", \"\"), RefreshPhrase: getEnv(\"OZ_REFRESH_PHRASE_KEY\", \"\")}\n}\n",
		"internal/service/auth_service.go": "package service\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\n\t\"example.com/o/internal/config\"\n)\n\n" +
			"type S struct{ cfg *config.Config }\n\nfunc (s *S) Refresh(c jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(s.cfg.RefreshPhrase))\n}\n",
		".env":               "JWT_SECRET=super_secret_jwt_key\nREFRESH_SECRET=super_secret_refresh_key\nOZ_REFRESH_PHRASE_KEY=changeme\n",
		"docker-compose.yml": "services:\n  api:\n    environment:\n      - REFRESH_SECRET=super_secret_refresh_key\n      - OZ_REFRESH_PHRASE_KEY=changeme\n",
	}, "weak-secret .env:1", "weak-secret .env:2", "weak-secret .env:3", "weak-secret docker-compose.yml:4", "weak-secret docker-compose.yml:5")
}
