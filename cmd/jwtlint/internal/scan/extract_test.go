package scan

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
)

// show renders assignments as "path=value@line:col" for comparison.
func show(as []assignment) string {
	var b strings.Builder
	for _, a := range as {
		fmt.Fprintf(&b, "%s=%s@%d:%d\n", strings.Join(a.path, "."), a.value, a.line, a.col)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString([]byte("changeme"))
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"env", ".env", "# c\nJWT_SECRET=changeme\nexport JWT_KEY=\"a b\" \nAUTH_SECRET='x#y' # c\nX=1 # comment\nEMPTY=\n",
			"JWT_SECRET=changeme@2:12\nJWT_KEY=a b@3:17\nAUTH_SECRET=x#y@4:14\nX=1@5:3\nEMPTY=@6:7\n"},
		{"env multiline", ".env.local", "K=\"l1\nl2\"\nJ=2\n", "K=l1\nl2@1:4\nJ=2@3:3\n"},
		{"env escapes", ".env", `K="a\"b\nc"`, "K=a\"b\nc@1:4\n"},
		{"env unterminated", ".env", `K="abc`, "K=abc@1:4\n"},
		{"shell", "deploy.sh", "#!/bin/sh\nexport JWT_SECRET=s3cr3t\ndeclare -x TOKEN_SECRET=abc\necho $JWT_SECRET\n",
			"JWT_SECRET=s3cr3t@2:19\nTOKEN_SECRET=abc@3:25\n"},
		{"dockerfile", "Dockerfile", "FROM x\nENV JWT_SECRET changeme\nARG JWT_KEY=k\nRUN a=b\n", "JWT_SECRET=changeme@2:16\nJWT_KEY=k@3:13\n"},
		{"yaml nested", "config.yaml", "jwt:\n  secret: \"changeme\"\n  algorithm: HS512\nlist: [a]\n",
			"jwt.secret=changeme@2:12\njwt.algorithm=HS512@3:14\nlist.[]=a@4:8\n"},
		{"compose list", "docker-compose.yml", "services:\n  api:\n    environment:\n      - JWT_SECRET=myapp2026\n      - \"A=b\"\n",
			"services.api.environment.JWT_SECRET=myapp2026@4:20\nservices.api.environment.A=b@5:12\n"},
		{"compose map", "compose.yaml", "services:\n  api:\n    environment:\n      JWT_SECRET: secret\n",
			"services.api.environment.JWT_SECRET=secret@4:19\n"},
		{"k8s secret", "secret.yaml", "apiVersion: v1\nkind: Secret\ndata:\n  jwt-secret: " + b64 + "\n  bad: '%%%'\nstringData:\n  JWT_KEY: plain\n",
			"apiVersion=v1@1:13\nkind=Secret@2:7\ndata.jwt-secret=changeme@4:15\nstringData.JWT_KEY=plain@7:12\n"},
		{"k8s env", "deploy.yaml", "env:\n- name: JWT_SECRET\n  value: abc\n",
			"env.[].JWT_SECRET=abc@3:10\nenv.[].name=JWT_SECRET@2:9\nenv.[].value=abc@3:10\n"},
		{"yaml multi-doc", "a.yml", "a: 1\n---\nb: 2\n", "a=1@1:4\nb=2@3:4\n"},
		{"yaml template", "values.yaml", "{{- if .Values.jwt }}\njwt:\n  secret: {{ .Values.x }}\n  key: \"abc\" # c\n{{- end }}\n",
			"jwt.secret={{ .Values.x }}@3:11\njwt.key=abc@4:9\n"},
		{"json", "appsettings.json", "{\n  \"Jwt\": {\n    \"Key\": \"changeme\",\n    \"Alg\": \"HS384\", \"n\": 5, \"b\": true, \"z\": null\n  },\n  \"arr\": [\"x\", {\"k\": \"v\"}]\n}",
			"Jwt.Key=changeme@3:13\nJwt.Alg=HS384@4:13\nJwt.n=5@4:26\nJwt.b=true@4:34\narr.[]=x@6:12\narr.[].k=v@6:23\n"},
		{"json broken", "x.json", "{\"jwtSecret\": \"abc\",\n", "jwtSecret=abc@1:16\n"},
		{"toml", "config.toml", "[jwt]\nsecret = \"changeme\" # c\n[server.auth]\nkey='k'\njwt = { secret = \"s\", alg = 'HS512' }\n",
			"jwt.secret=changeme@2:11\nserver.auth.key=k@4:6\nserver.auth.jwt.secret=s@5:19\nserver.auth.jwt.alg=HS512@5:30\n"},
		{"ini", "app.ini", "; c\n[auth]\njwt_secret = changeme ; c\n", "auth.jwt_secret=changeme@3:14\n"},
		{"properties", "application.properties", "jwt.secret=changeme\njwt.algorithm: HS512\n! c\n",
			"jwt.secret=changeme@1:12\njwt.algorithm=HS512@2:16\n"},
		{"not config", "main.go", "JWT_SECRET=changeme\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := show(extract(formatOf(tc.file), []byte(tc.content)))
			if got != tc.want {
				t.Errorf("extract(%s):\ngot:\n%swant:\n%s", tc.file, got, tc.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]format{
		".env": formatEnv, "a/.env.production": formatEnv, "prod.env": formatEnv, "x.sh": formatEnv,
		"Dockerfile": formatEnv, "a.yml": formatYAML, "b.YAML": formatYAML, "c.json": formatJSON,
		"d.toml": formatINI, "e.ini": formatINI, "f.properties": formatINI, "prod.tfvars": formatINI, "main.go": formatNone, "README.md": formatNone,
	} {
		if got := formatOf(name); got != want {
			t.Errorf("formatOf(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"JWT_SECRET", true}, {"JWT_KEY", true}, {"JWT_SIGNING_KEY", true}, {"TOKEN_SECRET", true},
		{"ACCESS_TOKEN_SECRET", true}, {"AUTH_SECRET", true}, {"jwt.secret", true}, {"jwtSecret", true},
		{"signing_key", true}, {"Jwt.Key", true}, {"auth.jwt_secret", true}, {"NEXTAUTH_SECRET", true},
		{"JWT_SECRET_FILE", false}, {"JWT_PUBLIC_KEY", false}, {"API_KEY", false}, {"SECRET_KEY", false},
		{"OAUTH_CLIENT_SECRET", false}, {"jwt.expires", false}, {"JWT_ALGORITHM", false}, {"db.password", false},
		{"env.[].JWT_SECRET", true}, {"JWT_SECRET_PREVIOUS", true}, {"jwt.secretOld", true},
		{"auth.signing_key", true}, {"security.jwt.key", true}, {"jwt.[].secret", true},
		// Real false positives met in public repositories' configuration.
		{"ListAuthorizers.limit_key", false}, {"steps.settings.token.from_secret", false},
		{"spec.github.tokenRef.key", false}, {"redis-ha.authKey", false}, {"tls.key", false},
		{"refs.JWTOptionsInput$RolesKey", false}, {"no_token.aws_secret_access_key", false},
		{"secrets.twitter_access_token_secret", false}, {"basicAuth.secret", false},
		{"metadata.annotations.nginx.ingress.kubernetes.io/auth-tls-secret", false},
		{"auth.existingSecret", false}, {"JWT_PRIVATE_KEY", false},
		{"RefreshToken|uid-login-refreshtoken-4b0db8c2-9f26-4417-8bde-3f0e3656f8e0|secret", false},
	} {
		sep := "."
		if strings.Contains(tc.path, "|") {
			sep = "|"
		}
		if got := isSecretName(strings.Split(tc.path, sep)); got != tc.want {
			t.Errorf("isSecretName(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
	for _, tc := range []struct{ path, value, want string }{
		{"JWT_ALGORITHM", "HS512", "HS512"}, {"jwt.algorithm", "hs384", "HS384"}, {"jwtAlgorithm", `"HS512"`, "HS512"},
		{"jwt.algorithms.[]", "HS256", "HS256"}, {"jwt.alg", "RS256", ""}, {"JWT_SECRET", "HS512", ""},
	} {
		got, _ := algHint(strings.Split(tc.path, "."), tc.value)
		if got != tc.want {
			t.Errorf("algHint(%s, %s) = %q, want %q", tc.path, tc.value, got, tc.want)
		}
	}
}

// fuzzParser checks a parser never panics and reports positions inside the
// input.
func fuzzParser(f *testing.F, file string) {
	// More seeds are in testdata/fuzz/<FuzzName>.
	f.Add([]byte("JWT_SECRET=changeme\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		n := len(lines(b))
		for _, a := range extract(formatOf(file), b) {
			if a.line < 1 || a.line > n || a.col < 1 {
				t.Fatalf("assignment %v at %d:%d outside the %d-line input", a.path, a.line, a.col, n)
			}
		}
	})
}

func FuzzParseEnv(f *testing.F)  { fuzzParser(f, ".env") }
func FuzzParseYAML(f *testing.F) { fuzzParser(f, "config.yaml") }
func FuzzParseJSON(f *testing.F) { fuzzParser(f, "config.json") }
func FuzzParseINI(f *testing.F)  { fuzzParser(f, "config.toml") }
