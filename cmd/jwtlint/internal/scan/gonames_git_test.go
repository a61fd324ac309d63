package scan

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// historyFindings runs scan --git on dir and returns "rule file:line name"
// of each finding, sorted.
func historyFindings(t *testing.T, dir string) []string {
	t.Helper()
	_, out, stderr := scan(t, "--git", "--format", "json", dir)
	if strings.TrimSpace(out) == "" {
		t.Fatalf("no report; stderr:\n%s", stderr)
	}
	var got []string
	for _, f := range decode(t, out) {
		got = append(got, f.RuleID+" "+f.File+":"+itoa(f.StartLine)+" "+f.Name)
	}
	sort.Strings(got)
	return got
}

// The names the Go code loads its keys under count in scan --git of a bare
// repository too, read from HEAD's tree (sweep: 246859/lite-server-go's
// jwt.acSign and jwt.reSign bound by mapstructure tags to a signing
// wrapper, AdamRohmanN/be-waysbeans's os.Getenv("SECRET_KEY"); both missed
// in history because sweepscore scans the bare mirrors).
func TestCodeNamesBareHistory(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{
		"config.yml": "server:\n  port: 80\njwt:\n  issuer: me\n",
		".env":       "PORT=80\nSECRET_KEY=abogoboga\n",
	})
	r.commit("configuration")
	code := liteServerCode()
	// The lines this commit adds hold none of the words the scanner looks
	// for first (secret, key, jwt): the code's names are words too.
	code["config.yml"] = "server:\n  port: 80\njwt:\n  issuer: me\n  acSign: apple-river-stone-cloud\n  reSign: quiet-forest-amber-window\n"
	r.write(code)
	r.write(map[string]string{
		"pkg/token/token.go": "package token\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nvar SecretKey = os.Getenv(\"SECRET_KEY\")\n\n" +
			"func Sign(c jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(SecretKey))\n}\n",
		// Code of a directory the scan skips names nothing.
		"vendor/x/x.go": "package x\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\n" +
			"func S() (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv(\"VENDORED_SECRET\")))\n}\n",
	})
	r.commit("code")
	r.write(map[string]string{".env": "PORT=80\nSECRET_KEY=abogoboga\nVENDORED_SECRET=changeme\n"})
	r.commit("more")
	want := []string{
		"weak-secret .env:2 SECRET_KEY",
		"weak-secret config.yml:5 jwt.acSign",
		"weak-secret config.yml:6 jwt.reSign",
	}
	bare := filepath.Join(t.TempDir(), "bare.git")
	r.git("clone", "-q", "--bare", r.dir, bare)
	for name, dir := range map[string]string{"work tree": r.dir, "bare": bare} {
		if got := historyFindings(t, dir); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: findings:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	// The names are HEAD's: once the code that signs with SECRET_KEY is
	// gone, the name is no JWT secret's in the history either.
	r.git("rm", "-q", "pkg/token/token.go")
	r.commit("drop token")
	bare2 := filepath.Join(t.TempDir(), "bare2.git")
	r.git("clone", "-q", "--bare", r.dir, bare2)
	if got := historyFindings(t, bare2); strings.Join(got, "\n") != strings.Join(want[1:], "\n") {
		t.Errorf("bare, without the token code: findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want[1:], "\n"))
	}
}

// A bare repository without commits, or whose HEAD names no branch, has no
// code to read: the scan says what it always says, and names nothing.
func TestCodeNamesBareEmpty(t *testing.T) {
	r := newRepo(t)
	bare := filepath.Join(t.TempDir(), "empty.git")
	r.git("init", "-q", "--bare", bare)
	code, out, stderr := scan(t, "--git", bare)
	if code != 0 || out != "no findings\n" {
		t.Errorf("empty bare repository: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if got, words := loadTreeCodeNames(t.Context(), bare, func(string, ...any) {}); len(got) != 0 || len(words) != 0 {
		t.Errorf("names of an empty bare repository: %v %v", got, words)
	}
}

// Fields of a struct passed to a configuration loader are read under their
// whole dotted path (tag, or the field's name, per level): hiyali/katip-be's
// configor app.secret reaches echo's SigningKey and SignedString; viper's
// Unmarshal and UnmarshalKey, cleanenv and koanf likewise. Only the fields
// that reach a key sink, only under their whole path: mail.secret of the
// same loaded struct, and the fields of a struct no loader fills
// (TestCodeNamesUntaggedField), name nothing.
func TestCodeNamesLoaders(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/k\n\ngo 1.22\n",
		"config/config.go": "package config\n\nimport \"github.com/jinzhu/configor\"\n\n" +
			"type ConfigType struct {\n\tApp struct {\n\t\tName   string `default:\"Katip\"`\n\t\tSecret string `default:\"katip_known_secret\"`\n\t}\n" +
			"\tMail struct {\n\t\tSecret string\n\t}\n}\n\nvar configs ConfigType\n\n" +
			"func init() {\n\tconfigor.Load(&configs, \"./config.yml\")\n}\n\nfunc Get() ConfigType { return configs }\n",
		"config/jwt.go": "package config\n\nimport \"github.com/labstack/echo/v4/middleware\"\n\n" +
			"func GetJwtConfig() middleware.JWTConfig {\n\tcf := Get()\n\treturn middleware.JWTConfig{SigningKey: []byte(cf.App.Secret)}\n}\n",
		"handlers/auth.go": "package handlers\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\n\t\"example.com/k/config\"\n)\n\n" +
			"func Login() (string, error) {\n\tcf := config.Get()\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cf.App.Secret))\n}\n",
		// viper: Unmarshal into a package variable of another package,
		// through named struct types and mapstructure tags; UnmarshalKey
		// under a prefix.
		"internal/settings/settings.go": "package settings\n\ntype Server struct {\n\tAuth AuthConf `mapstructure:\"auth\"`\n\tPort int\n}\n\n" +
			"type AuthConf struct {\n\tHMAC string `mapstructure:\"hmac\"`\n\tSMTPKey string `mapstructure:\"smtp_key\"`\n}\n\n" +
			"type Refresh struct {\n\tKey string\n}\n\nvar S Server\n",
		"internal/boot/boot.go": "package boot\n\nimport (\n\t\"github.com/spf13/viper\"\n\n\t\"example.com/k/internal/settings\"\n)\n\n" +
			"func Load() (settings.Refresh, error) {\n\tif err := viper.Unmarshal(&settings.S); err != nil {\n\t\treturn settings.Refresh{}, err\n\t}\n" +
			"\tvar r settings.Refresh\n\terr := viper.UnmarshalKey(\"portal\", &r)\n\treturn r, err\n}\n",
		"internal/tokens/tokens.go": "package tokens\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\n\t\"example.com/k/internal/settings\"\n)\n\n" +
			"func Sign(r settings.Refresh) (string, string) {\n\ta, _ := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(settings.S.Auth.HMAC))\n" +
			"\tb, _ := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(r.Key))\n\treturn a, b\n}\n",
		// cleanenv with yaml tags, koanf with koanf tags under a path.
		"cmd/api/main.go": "package main\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\t\"github.com/ilyakaznacheev/cleanenv\"\n\t\"github.com/knadh/koanf/v2\"\n)\n\n" +
			"type conf struct {\n\tToken struct {\n\t\tSign string `yaml:\"sign\"`\n\t} `yaml:\"token\"`\n}\n\n" +
			"type sess struct {\n\tCookieKey string `koanf:\"cookie_key\"`\n}\n\n" +
			"func main() {\n\tvar c conf\n\t_ = cleanenv.ReadConfig(\"api.yaml\", &c)\n\tk := koanf.New(\".\")\n\ts := &sess{}\n\t_ = k.Unmarshal(\"session\", s)\n" +
			"\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.Token.Sign))\n\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.CookieKey))\n}\n",
		"config.yml":  "app:\n  name: Katip\n  secret: katip_known_secret\nmail:\n  secret: changeme\n",
		"server.yaml": "auth:\n  hmac: secret123\n  smtp_key: letmein\nportal:\n  key: password1\n",
		"api.yaml":    "token:\n  sign: changeme\n",
		"koanf.yaml":  "session:\n  cookie_key: letmein\n",
	}
	expectFindings(t, files,
		"weak-secret config.yml:3", "weak-secret server.yaml:2", "weak-secret server.yaml:5",
		"weak-secret api.yaml:2", "weak-secret koanf.yaml:2")
	// Without the loaders, the untagged fields name nothing and the tagged
	// ones only their last key (hmac, sign, cookie_key: more than a bare
	// secret or key, so the whole path or the last key matches).
	for _, p := range []string{"config/config.go", "internal/boot/boot.go"} {
		files[p] = strings.NewReplacer("configor.Load(&configs, \"./config.yml\")", "",
			"viper.Unmarshal(&settings.S)", "error(nil)", "viper.UnmarshalKey(\"portal\", &r)", "error(nil)",
			"import \"github.com/jinzhu/configor\"\n\n", "", "\"github.com/spf13/viper\"\n", "").Replace(files[p])
	}
	expectFindings(t, files, "weak-secret server.yaml:2", "weak-secret api.yaml:2", "weak-secret koanf.yaml:2")
}

// catFile.each keeps the answers in step with the requests whatever they
// are: blobs, a missing object, an empty name, a tree, a blob over the size
// limit; and blob still works after it.
func TestCatFileEach(t *testing.T) {
	r := newRepo(t)
	r.write(map[string]string{"a.txt": "alpha\n", "dir/b.txt": "bravo\n", "big.txt": strings.Repeat("x", 100)})
	r.commit("files")
	c, err := startCatFile(t.Context(), r.dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	objects := []string{"HEAD:a.txt", "HEAD:missing", "", "HEAD:dir", "HEAD:big.txt", "HEAD:dir/b.txt", "bad\nname"}
	var got []string
	c.each(objects, 50, func(i int, b []byte) {
		got = append(got, objects[i]+"="+strings.TrimSpace(string(b)))
	})
	want := "HEAD:a.txt=alpha HEAD:missing= = HEAD:dir= HEAD:big.txt= HEAD:dir/b.txt=bravo bad\nname="
	if strings.Join(got, " ") != want {
		t.Errorf("each: %q, want %q", strings.Join(got, " "), want)
	}
	if b, ok := c.blob("HEAD:dir/b.txt", 50); !ok || string(b) != "bravo\n" {
		t.Errorf("blob after each: %q, %v", b, ok)
	}
}

// go-zero's conf.MustLoad, yaml's Unmarshal and toml's DecodeFile fill
// structs from configuration files as the loaders do; json.Unmarshal, which
// decodes anything (a request's body), is not one of them.
func TestCodeNamesDecoders(t *testing.T) {
	sign := func(expr string) string {
		return "\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(" + expr + "))\n"
	}
	expectFindings(t, map[string]string{
		"go.mod": "module example.com/d\n\ngo 1.22\n",
		"main.go": "package main\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n\n\t\"github.com/BurntSushi/toml\"\n\t\"github.com/golang-jwt/jwt/v5\"\n" +
			"\t\"github.com/zeromicro/go-zero/core/conf\"\n\t\"gopkg.in/yaml.v3\"\n)\n\n" +
			"type Config struct {\n\tName string\n\tPortal struct {\n\t\tSealKey string `json:\",optional\"`\n\t}\n}\n\n" +
			"type Y struct {\n\tIssuer struct {\n\t\tKey string `yaml:\"key\"`\n\t} `yaml:\"issuer\"`\n}\n\n" +
			"type T struct {\n\tVault struct{ Key string }\n}\n\n" +
			"type Req struct {\n\tGuest struct{ Key string }\n}\n\n" +
			"func main() {\n\tvar c Config\n\tconf.MustLoad(\"etc/api.yaml\", &c)\n\tvar y Y\n\tb, _ := os.ReadFile(\"y.yaml\")\n\t_ = yaml.Unmarshal(b, &y)\n" +
			"\tvar tc T\n\t_, _ = toml.DecodeFile(\"t.toml\", &tc)\n\tvar r Req\n\t_ = json.Unmarshal(b, &r)\n" +
			sign("c.Portal.SealKey") + sign("y.Issuer.Key") + sign("tc.Vault.Key") + sign("r.Guest.Key") + "}\n",
		"etc/api.yaml": "Name: api\nPortal:\n  SealKey: changeme\n",
		"y.yaml":       "issuer:\n  key: letmein\n",
		"t.toml":       "[vault]\nkey = \"password1\"\n",
		"req.json":     "{\"guest\": {\"key\": \"changeme\"}}\n",
	}, "weak-secret etc/api.yaml:3", "weak-secret y.yaml:2", "weak-secret t.toml:2")
}

// ADMIN_SECRET is no JWT secret by its name, but it is one where the code
// signs with it; ADMIN_JWT_SECRET (Strapi's) is one by its name.
func TestCodeNamesAdminSecret(t *testing.T) {
	files := map[string]string{
		"docker-compose.yml": "services:\n  api:\n    environment:\n      ADMIN_SECRET: changeme\n      ADMIN_JWT_SECRET: letmein\n",
	}
	expectFindings(t, files, "weak-secret docker-compose.yml:5")
	files["go.mod"] = "module example.com/a\n\ngo 1.22\n"
	files["main.go"] = "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\n" +
		"func main() {\n\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv(\"ADMIN_SECRET\")))\n}\n"
	expectFindings(t, files, "weak-secret docker-compose.yml:4", "weak-secret docker-compose.yml:5")
}

// A key read through a local copy of a loaded section (jc := cfg.JWT;
// jc.Secret) names jwt.secret, not the other sections' secret beside it;
// a getter's result (cf := config.Get()) reads the struct it returns.
func TestCodeNamesLoadedSectionCopy(t *testing.T) {
	expectFindings(t, map[string]string{
		"go.mod": "module example.com/s\n\ngo 1.22\n",
		"main.go": "package main\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n\t\"github.com/spf13/viper\"\n)\n\n" +
			"type Section struct{ Secret string }\n\ntype Config struct {\n\tIssuer Section\n\tMail   Section\n\tOSS    struct{ Secret string }\n}\n\n" +
			"var cfg Config\n\nfunc get() *Config { return &cfg }\n\n" +
			"func main() {\n\t_ = viper.Unmarshal(&cfg)\n\tjc := cfg.Issuer\n\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(jc.Secret))\n" +
			"\tc := get()\n\t_, _ = jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.Issuer.Secret))\n}\n",
		"config.yaml": "issuer:\n  secret: changeme\nmail:\n  secret: letmein\noss:\n  secret: password1\n",
	}, "weak-secret config.yaml:2")
}

// A name of another credential (notJWT: api_key) is a JWT secret's where
// the repository's own code proves it holds the key, by its whole path
// only (sweep3: go-kratos/beer-shop signs and verifies with auth.api_key,
// loaded by kratos's config.Scan into protoc-generated structs). The
// same leaf elsewhere (payments.api_key, a bare api_key), or under
// another service's section the same Go field may be read from
// (stripe.api_key), stays unjudged; without the code, auth.api_key is no
// JWT secret. service_key, which no code here reads, is none either.
func TestCodeNamesOverrideNotJWT(t *testing.T) {

	yaml := "auth:\n  service_key: changeme\n  api_key: some-secret-key-for-forntend\n" +
		"stripe:\n  api_key: letmein\npayments:\n  api_key: password1\napi_key: changeme\n"
	expectFindings(t, map[string]string{"configs/config.yaml": yaml})
	expectFindings(t, map[string]string{
		"go.mod": "module example.com/shop\n\ngo 1.22\n",
		"internal/conf/conf.pb.go": "package conf\n\n" +
			"type Bootstrap struct {\n\tAuth   *Auth   `protobuf:\"bytes,1,opt,name=auth,proto3\" json:\"auth,omitempty\"`\n" +
			"\tStripe *Stripe `protobuf:\"bytes,2,opt,name=stripe,proto3\" json:\"stripe,omitempty\"`\n}\n\n" +
			"type Auth struct {\n\tServiceKey string `protobuf:\"bytes,1,opt,name=service_key,json=serviceKey,proto3\" json:\"service_key,omitempty\"`\n" +
			"\tApiKey     string `protobuf:\"bytes,2,opt,name=api_key,json=apiKey,proto3\" json:\"api_key,omitempty\"`\n}\n\n" +
			"type Stripe struct {\n\tApiKey string `protobuf:\"bytes,1,opt,name=api_key,json=apiKey,proto3\" json:\"api_key,omitempty\"`\n}\n",
		"cmd/server/main.go": "package main\n\nimport (\n\t\"github.com/go-kratos/kratos/v2/config\"\n\t\"github.com/go-kratos/kratos/v2/config/file\"\n\n" +
			"\t\"example.com/shop/internal/conf\"\n\t\"example.com/shop/internal/server\"\n)\n\n" +
			"func main() {\n\tc := config.New(config.WithSource(file.NewSource(\"configs\")))\n\tvar bc conf.Bootstrap\n" +
			"\tif err := c.Scan(&bc); err != nil {\n\t\tpanic(err)\n\t}\n\tserver.New(bc.Auth)\n}\n",
		"internal/server/http.go": "package server\n\nimport (\n\t\"github.com/golang-jwt/jwt/v4\"\n\n\t\"example.com/shop/internal/conf\"\n)\n\n" +
			"func New(ac *conf.Auth) jwt.Keyfunc {\n\treturn func(*jwt.Token) (interface{}, error) {\n\t\treturn []byte(ac.ApiKey), nil\n\t}\n}\n\n" +
			"func Sign(ac *conf.Auth) (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(ac.ApiKey))\n}\n",
		"configs/config.yaml": yaml,
	}, "weak-secret configs/config.yaml:3")
}

// Which names the code loads a key under are taken: another credential's
// name only as a dotted path whose sections name none; an asymmetric key's
// or a reference's never.
func TestKeyishCodeName(t *testing.T) {
	for name, want := range map[string]bool{
		"jwt.secret": true, "APP_SECRET": true, "jwt.acSign": true, "jwt.alg": false,
		"auth.api_key": true, "api_key": false, "API_KEY": false, "stripe.api_key": false,
		"auth.client_secret": true, "oauth.client_secret": false, "db.password": false,
		"auth.private_key": false, "jwt.public_key": false, "auth.secret_ref_key": false,
	} {
		if got := keyishCodeName(name); got != want {
			t.Errorf("keyishCodeName(%q) = %v, want %v", name, got, want)
		}
	}
}
