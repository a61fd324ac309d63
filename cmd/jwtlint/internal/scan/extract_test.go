package scan

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
		{"env unterminated, more lines", ".env", "K='abc\nJ=1\n", "K=abc@1:4\nJ=1@2:3\n"},
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
		{"GIGACHAT_AUTH_KEY", false}, {"gigachatAuthKey", false}, {"AUTH_KEY", true}, {"APP_AUTH_KEY", true},
		{"JWT_AUTH_KEY", true}, {"NEXTAUTH_SECRET", true},
		{"metadata.annotations.nginx.ingress.kubernetes.io/auth-tls-secret", false},
		{"auth.existingSecret", false}, {"JWT_PRIVATE_KEY", false},
		{"Auth.AccessSecret", true}, {"JwtAuth.AccessSecret", true}, {"auth.sign_key", true}, {"jwt.signKey", true},
		{"REFRESH_SECRET", true}, {"oauth.refresh_secret", false},
		{"cache.AccessSecret", false}, {"server.signKey", false}, {"jwt.base64-secret", true}, {"redis.signKey", false},
		{"RefreshToken|uid-login-refreshtoken-4b0db8c2-9f26-4417-8bde-3f0e3656f8e0|secret", false},
		// Admin secrets are passwords an operator types, not signing keys
		// (sweep 3: authorizer's e2e AUTHORIZER_ADMIN_SECRET; Hasura's
		// HASURA_GRAPHQL_ADMIN_SECRET beside HASURA_GRAPHQL_JWT_SECRET).
		{"services.go-sdk-tests.environment.AUTHORIZER_ADMIN_SECRET", false}, {"HASURA_GRAPHQL_ADMIN_SECRET", false},
		{"auth.admin_secret", false}, {"JWT_ADMIN_SECRET", true}, {"ADMIN_TOKEN_SECRET", true}, {"HASURA_GRAPHQL_JWT_SECRET", true},
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

// checkParser checks that the parser of file's format does not panic on b
// and that what it reports holds of the input:
//
//   - every assignment has a key path (but a top-level JSON scalar), and a
//     line and byte column inside the input (the column may be one past the
//     end of its line);
//   - check, the format's own property, holds for it (line is its line,
//     rest the input from its position, both with CRLF read as LF);
//   - a UTF-8 byte order mark before the input changes nothing but the
//     columns of line 1, by its 3 bytes;
//   - CRLF line ends give the assignments LF ones give.
//
// The fuzz targets' seeds are in testdata/fuzz/<FuzzName>.
func checkParser(t *testing.T, file string, b []byte, check func(t *testing.T, a assignment, line, rest string)) {
	ff := formatOf(file)
	as := extract(ff, b)
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	ls := lines(b)
	starts := newLineStarts(text)
	for _, a := range as {
		if len(a.path) == 0 && ff != formatJSON {
			t.Fatalf("assignment %q with no key", a.value)
		}
		if a.line < 1 || a.line > len(ls) || a.col < 1 || a.col > len(ls[a.line-1])+1 {
			t.Fatalf("assignment %q at %d:%d outside the %d-line input", a.path, a.line, a.col, len(ls))
		}
		if check != nil {
			check(t, a, ls[a.line-1], text[starts[a.line-1]+a.col-1:])
		}
	}
	if !bytes.HasPrefix(b, utf8BOM) {
		want := slices.Clone(as)
		for i := range want {
			if want[i].line == 1 {
				want[i].col += len(utf8BOM)
			}
		}
		if got := extract(ff, append(slices.Clip(utf8BOM), b...)); show(got) != show(want) {
			t.Fatalf("with a byte order mark:\n%swithout:\n%s", show(got), show(want))
		}
	}
	if !bytes.Contains(b, []byte("\r")) {
		if crlf := extract(ff, bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))); show(crlf) != show(as) {
			t.Fatalf("CRLF:\n%sLF:\n%s", show(crlf), show(as))
		}
	}
}

// newLineStarts returns the offset of each LF-separated line of text.
func newLineStarts(text string) []int {
	starts := []int{0}
	for i := range len(text) {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// checkEnv: the name is a variable name written before the value on its
// line; a bare value is written on the line as is, a quoted one from its
// column unless a backslash escape changed it.
func checkEnv(t *testing.T, a assignment, line, rest string) {
	name := a.path[0]
	if len(a.path) != 1 || !regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.\-]*$`).MatchString(name) || !strings.Contains(line[:a.col-1], name) {
		t.Fatalf("name %q does not precede column %d of %q", a.path, a.col, line)
	}
	switch quote := line[max(a.col-2, 0)]; {
	case quote == '\'' || quote == '"' && !strings.Contains(rest, "\\"):
		if !strings.HasPrefix(rest, a.value) {
			t.Fatalf("quoted value %q of %s is not the text at its column: %q", a.value, name, rest)
		}
	case quote != '"':
		if !strings.Contains(line[a.col-1:], a.value) {
			t.Fatalf("value %q of %s is not on its line %q", a.value, name, line)
		}
	}
}

// checkLine: without backslash escapes, a value is on its line.
func checkLine(t *testing.T, a assignment, line, rest string) {
	if !strings.Contains(line, "\\") && !strings.Contains(line, a.value) {
		t.Fatalf("value %q of %q is not on its line %q", a.value, a.path, line)
	}
}

var word = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// checkYAML: a value that is one word is written at its column, unless a
// tag, an anchor or a block indicator is, or it was decoded from base64, or
// it is in a document held in a string (placed where the string starts).
func checkYAML(t *testing.T, a assignment, line, rest string) {
	if word.MatchString(a.value) && !a.embedded && !strings.HasPrefix(rest, a.value) && !strings.ContainsAny(rest[:min(len(rest), 1)], "|>!&") &&
		!(len(a.path) == 2 && a.path[0] == "data") {
		t.Fatalf("value %q of %q is not at its column: %q", a.value, a.path, rest[:min(len(rest), 40)])
	}
}

func fuzzParser(f *testing.F, file string, check func(t *testing.T, a assignment, line, rest string)) {
	f.Fuzz(func(t *testing.T, b []byte) { checkParser(t, file, b, check) })
}

func FuzzParseEnv(f *testing.F)        { fuzzParser(f, ".env", checkEnv) }
func FuzzParseShell(f *testing.F)      { fuzzParser(f, "deploy.sh", checkEnv) }
func FuzzParseDockerfile(f *testing.F) { fuzzParser(f, "Dockerfile", checkEnv) }
func FuzzParseYAML(f *testing.F)       { fuzzParser(f, "config.yaml", checkYAML) }
func FuzzParseINI(f *testing.F)        { fuzzParser(f, "config.toml", checkLine) }
func FuzzParseProperties(f *testing.F) { fuzzParser(f, "application.properties", checkLine) }
func FuzzParseTfvars(f *testing.F)     { fuzzParser(f, "prod.tfvars", checkLine) }

// FuzzParseJSON also checks the parser against encoding/json: on valid
// JSON every scalar that json.Unmarshal sees is an assignment, at its key
// path (arrays as "[]"), within maxDepth.
func FuzzParseJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		checkParser(t, "config.json", b, nil)
		if !json.Valid(b) {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("json.Valid but %v", err)
		}
		got := map[string]bool{}
		for _, a := range extract(formatJSON, b) {
			got[strings.Join(a.path, ".")+"="+a.value] = true
		}
		var walk func(v any, p []string)
		walk = func(v any, p []string) {
			switch v := v.(type) {
			case map[string]any:
				for k, c := range v {
					walk(c, appendPath(p, k))
				}
			case []any:
				for _, c := range v {
					walk(c, appendPath(p, "[]"))
				}
			case nil:
			default:
				if s := fmt.Sprint(v); len(p) <= maxDepth && !got[strings.Join(p, ".")+"="+s] {
					t.Fatalf("json.Unmarshal sees %s = %q, the parser does not:\n%s", strings.Join(p, "."), s, show(extract(formatJSON, b)))
				}
			}
		}
		walk(v, nil)
	})
}

// FuzzParseYAMLLines fuzzes the line reader for YAML that yaml.v3 rejects
// (Helm and Go templates) on its own: keys come from the line, and without
// escapes so do values.
func FuzzParseYAMLLines(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		ls := lines(b)
		for _, a := range parseYAMLLines(b) {
			if a.line < 1 || a.line > len(ls) || a.col < 1 || a.col > len(ls[a.line-1])+1 {
				t.Fatalf("assignment %q at %d:%d outside the %d-line input", a.path, a.line, a.col, len(ls))
			}
			line := ls[a.line-1]
			if !strings.Contains(line, strings.Trim(a.path[len(a.path)-1], `"'`)) {
				t.Fatalf("key %q is not on its line %q", a.path, line)
			}
			checkLine(t, a, line, "")
		}
	})
}

// FuzzParseK8sSecret checks that any bytes stored base64-encoded under a
// Kubernetes Secret's data are read back exactly, under their key, and
// that a data value that is not base64 assigns nothing.
func FuzzParseK8sSecret(f *testing.F) {
	f.Fuzz(func(t *testing.T, key string, secret []byte, notBase64 string) {
		// A Secret's data keys are at most 253 characters (Kubernetes'
		// limit); YAML itself refuses implicit keys over 1024.
		if len(key) > 253 || !regexp.MustCompile(`^[A-Za-z0-9_.\-]+$`).MatchString(key) {
			return
		}
		doc := "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  " + key + ": " + base64.StdEncoding.EncodeToString(secret) +
			"\n  other: " + strconvQuote(notBase64) + "\n"
		as, err := parseYAML([]byte(doc))
		if err != nil {
			t.Fatalf("parseYAML: %v\n%s", err, doc)
		}
		var found bool
		for _, a := range as {
			switch {
			case strings.Join(a.path, ".") == "data."+key:
				if key == "other" {
					continue
				}
				found = true
				// (An empty value is a null, which yaml.v3 places before
				// the space.)
				if a.value != string(secret) || a.line != 6 || len(secret) > 0 && a.col != len("  "+key+": ")+1 {
					t.Fatalf("data.%s = %q at %d:%d, want %q at 6:%d", key, a.value, a.line, a.col, secret, len("  "+key+": ")+1)
				}
			case strings.Join(a.path, ".") == "data.other" && utf8.ValidString(notBase64):
				// (Invalid UTF-8 is quoted as \xNN, which YAML reads as
				// U+00NN.)
				d, err := base64.StdEncoding.DecodeString(strings.TrimSpace(notBase64))
				if err != nil || a.value != string(d) {
					t.Fatalf("data.other = %q from %q, not its base64 decoding", a.value, notBase64)
				}
			}
		}
		if !found && key != "other" {
			t.Fatalf("no data.%s in\n%s\n%s", key, doc, show(as))
		}
	})
}

// strconvQuote quotes s for YAML's double-quoted style, which has Go's
// escapes (non-ASCII ones as \u).
func strconvQuote(s string) string {
	return strconv.QuoteToASCII(s)
}

// FuzzEnvQuoted round-trips a value through .env syntax: written bare (when
// it can be), in single quotes (when it has none) and in double quotes with
// escapes, it reads back exactly, at the column after the quote.
func FuzzEnvQuoted(f *testing.F) {
	f.Fuzz(func(t *testing.T, name, value string) {
		if !regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`).MatchString(name) || strings.ContainsAny(value, "\r") {
			return
		}
		escaped := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`).Replace(value)
		forms := map[string]string{`"`: "export " + name + `="` + escaped + `"`}
		if !strings.Contains(value, "'") {
			forms["'"] = name + "='" + value + "'"
		}
		if value != "" && !strings.ContainsAny(value, `'"#`) && !strings.ContainsFunc(value, unicode.IsSpace) {
			forms[""] = name + "=" + value
		}
		for quote, line := range forms {
			content := "# before\n" + line + "\nAFTER=1\n"
			as := parseEnv([]byte(content))
			want := fmt.Sprintf("%s=%s@2:%d\nAFTER=1@%d:7\n", name, value, strings.Index(line, "=")+2+len(quote), 3+strings.Count(value, "\n")*boolInt(quote == "'"))
			if got := show(as); got != want {
				t.Fatalf("%q reads back as\n%swant\n%s", content, got, want)
			}
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
