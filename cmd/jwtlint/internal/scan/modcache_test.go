package scan

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestSkipsModuleCache: a committed Go module cache is other people's code,
// left alone as vendor/ is, by the file scan, --git and --staged (sweep 5's
// go-pkgz/auth: a pull request commits .gomodcache/, and golang-jwt's own
// example and parser tests in it, signed with weak keys, were 20
// cracked-token findings of the history). A directory of the user's that
// merely looks like part of a cache (mod/, pkg/mod/, cache/download/, a name
// with @ and a short version) is still scanned.
func TestSkipsModuleCache(t *testing.T) {
	tok := signHS(t, "HS256", "secret", `{"sub":"42"}`)
	bearer := "Authorization: Bearer " + tok + "\n"
	cached := "package lib\n\nimport (\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\n" +
		"func S() (string, error) {\n\treturn jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv(\"CACHED_SECRET\")))\n}\n"
	files := map[string]string{
		".env": "JWT_SECRET=changeme\nCACHED_SECRET=changeme\n",
		// GOMODCACHE's layout (go help modules: $GOMODCACHE/<module>@<version>/
		// holds a module's files, cache/download/<module>/@v/ what was
		// downloaded, cache/download/sumdb/ the checksum database's answers),
		// committed as a hidden directory and as a GOPATH's pkg/mod.
		".gomodcache/github.com/golang-jwt/jwt/v5@v5.3.0/example_test.go":                                      bearer,
		".gomodcache/github.com/golang-jwt/jwt@v3.2.2+incompatible/README.md":                                  bearer,
		".gomodcache/github.com/!burnt!sushi/toml@v1.2.1/.env":                                                 "JWT_SECRET=secret\n",
		".gomodcache/cache/download/github.com/golang-jwt/jwt/v5/@v/v5.3.0.mod":                                "module github.com/golang-jwt/jwt/v5\n// " + bearer,
		".gomodcache/cache/download/sumdb/sum.golang.org/lookup/example.com/lib@v1.2.3":                        bearer,
		"third_party/gopath/pkg/mod/example.com/lib@v0.0.0-20240116195454-d5ba35832c0d/lib.go":                 cached,
		"third_party/gopath/pkg/mod/example.com/lib@v0.0.0-20240116195454-d5ba35832c0d/.env":                   "JWT_SECRET=secret\n",
		"third_party/gopath/pkg/mod/cache/download/example.com/lib/@v/v0.0.0-20240116195454-d5ba35832c0d.info": bearer,
		// The user's own directories.
		"mod/.env":                      "JWT_SECRET=secret\n",
		"pkg/mod/token.txt":             bearer,
		"internal/cache/download/a.txt": bearer,
		"docs/api@v2/README.md":         bearer,
		"modules/lib@latest/README.md":  bearer,
	}
	want := []string{
		"cracked-token docs/api@v2/README.md",
		"cracked-token internal/cache/download/a.txt",
		"cracked-token modules/lib@latest/README.md",
		"cracked-token pkg/mod/token.txt",
		"weak-secret .env JWT_SECRET",
		"weak-secret mod/.env JWT_SECRET",
	}
	r := newRepo(t)
	r.write(files)
	check := func(args ...string) {
		t.Helper()
		report := filepath.Join(t.TempDir(), "r.json")
		code, _, errs := scan(t, append([]string{"--format", "json", "--report", report}, args...)...)
		if code != 1 {
			t.Fatalf("%v: exit code %d, want 1 (stderr %q)", args[:len(args)-1], code, errs)
		}
		seen := map[string]bool{}
		for _, f := range readReport(t, report) {
			seen[strings.TrimSpace(f.RuleID+" "+f.File+" "+f.Name)] = true
		}
		var got []string
		for k := range seen {
			got = append(got, k)
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%v: findings in:\n%s\nwant:\n%s", args[:len(args)-1], strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check(r.dir)
	r.git("add", "-A")
	check("--staged", r.dir)
	r.commit("one")
	check("--git", r.dir)
	bare := filepath.Join(t.TempDir(), "bare.git")
	r.git("clone", "-q", "--bare", r.dir, bare)
	check("--git", bare)
}

// TestModuleCacheDir: which directories are a module cache's, by their path
// (go help modules, go help module-get; module paths cannot hold @ nor
// upper-case letters, which the cache escapes as !x).
func TestModuleCacheDir(t *testing.T) {
	for dir, want := range map[string]bool{
		".gomodcache/github.com/golang-jwt/jwt/v5@v5.3.0":    true,
		"github.com/golang-jwt/jwt@v3.2.2+incompatible":      true,
		"pkg/mod/github.com/!burnt!sushi/toml@v1.2.1":        true,
		"x/lib@v0.0.0-20240116195454-d5ba35832c0d":           true,
		"x/lib@v1.0.0-rc.1":                                  true,
		"cache/download/github.com/golang-jwt/jwt/v5/@v":     true,
		"a/cache/download/sumdb":                             true,
		"cache/vcs/" + strings.Repeat("0123456789abcdef", 4): true,
		"mod":                            false,
		"pkg/mod":                        false,
		"pkg/mod/cache":                  false,
		"cache/download":                 false,
		"internal/cache/download/sumdb2": false,
		"cache/vcs/notahash":             false,
		"docs/api@v2":                    false,
		"docs/api@v1.2":                  false,
		"lib@latest":                     false,
		"@v1.2.3":                        false,
		"lib@1.2.3":                      false,
		"lib@v1.2.3+meta":                false,
		"sumdb":                          false,
		"vcs/" + strings.Repeat("0123456789abcdef", 4):       false,
		"cache/vcs/" + strings.Repeat("0123456789ABCDEF", 4): false,
	} {
		if got := moduleCacheDir(strings.Split(dir, "/")); got != want {
			t.Errorf("moduleCacheDir(%q) = %v, want %v", dir, got, want)
		}
	}
}
