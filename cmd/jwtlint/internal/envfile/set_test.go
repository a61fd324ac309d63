package envfile

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, data string, perm fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil { // beat the umask
		t.Fatal(err)
	}
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// entries lists the names in dir, to catch leftover temporary files.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

func TestSetCreates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	res, err := Set(path, "JWT_SECRET", newValue, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "JWT_SECRET="+newValue+"\n" {
		t.Errorf("created file = %q", got)
	}
	if !res.Created || !res.Added || res.InRepo || res.Tracked {
		t.Errorf("result = %+v, want Created, Added, not in a repository", res)
	}
	if runtime.GOOS != "windows" {
		if m := mode(t, path); m != 0o600 {
			t.Errorf("created mode = %o, want 600", m)
		}
	}
}

func TestSetKeepsModeAndOtherLines(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	in := "# app\r\nexport JWT_SECRET='secret' # weak\r\n\r\nPORT=1"
	writeFile(t, path, in, 0o640)
	res, err := Set(path, "JWT_SECRET", newValue, Options{Rotate: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "# app\r\nexport JWT_SECRET='" + newValue + "' # weak\r\nexport JWT_SECRET_PREVIOUS='secret'\r\n\r\nPORT=1"
	if got := readFile(t, path); got != want {
		t.Errorf("file =\n%q\nwant\n%q", got, want)
	}
	if m := mode(t, path); m != 0o640 {
		t.Errorf("mode = %o, want 640 kept", m)
	}
	if res.Created || res.Added || res.Previous != "JWT_SECRET_PREVIOUS" {
		t.Errorf("result = %+v", res)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only .env", names)
	}
}

func TestSetFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "shared.env")
	link := filepath.Join(dir, ".env")
	writeFile(t, target, "JWT_SECRET=old\n", 0o600)
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symlinks:", err)
	}
	res, err := Set(link, "JWT_SECRET", newValue, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", fi, err)
	}
	if got := readFile(t, target); got != "JWT_SECRET="+newValue+"\n" {
		t.Errorf("target = %q", got)
	}
	if res.Path != target {
		t.Errorf("Path = %q, want %q", res.Path, target)
	}
}

// TestSetAtomic makes the write fail at each step and checks that the
// original file is intact, no temporary file is left and the error says
// nothing about the values.
func TestSetAtomic(t *testing.T) {
	const in = "A=1\nJWT_SECRET=old-secret-value\nB=2\n"
	for _, step := range []string{"write", "sync", "rename"} {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, ".env")
			writeFile(t, path, in, 0o600)
			injected := errors.New("disk full")
			var steps []string
			opt := Options{Rotate: true, failAt: func(s string) error {
				steps = append(steps, s)
				if s == step {
					return injected
				}
				return nil
			}}
			_, err := Set(path, "JWT_SECRET", newValue, opt)
			if !errors.Is(err, injected) {
				t.Fatalf("Set error = %v, want the injected failure", err)
			}
			if got := readFile(t, path); got != in {
				t.Errorf("original changed to %q", got)
			}
			if names := entries(t, dir); len(names) != 1 {
				t.Errorf("directory holds %v, want only .env", names)
			}
			if msg := err.Error(); strings.Contains(msg, "old-secret-value") || strings.Contains(msg, newValue) {
				t.Errorf("error %q reveals a secret", msg)
			}
			if steps[len(steps)-1] != step {
				t.Errorf("steps = %v, want to stop at %s", steps, step)
			}
		})
	}
	// Without a failure the same steps run and the file changes.
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	writeFile(t, path, in, 0o600)
	var steps []string
	if _, err := Set(path, "JWT_SECRET", newValue, Options{failAt: func(s string) error { steps = append(steps, s); return nil }}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(steps, ",") != "write,sync,rename" {
		t.Errorf("steps = %v", steps)
	}
	if readFile(t, path) == in {
		t.Error("file unchanged")
	}
}

func TestSetRefusesDirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := Set(dir, "JWT_SECRET", newValue, Options{}); err == nil {
		t.Error("Set on a directory succeeded")
	}
	if _, err := Set(filepath.Join(dir, "missing", ".env"), "JWT_SECRET", newValue, Options{}); err == nil {
		t.Error("Set in a missing directory succeeded")
	}
}

func TestSetMalformedLeavesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	in := "JWT_SECRET=\"never closed\nB=2\n"
	writeFile(t, path, in, 0o600)
	if _, err := Set(path, "JWT_SECRET", newValue, Options{}); !errors.Is(err, ErrMalformed) {
		t.Fatalf("Set error = %v, want ErrMalformed", err)
	}
	if got := readFile(t, path); got != in {
		t.Errorf("file changed to %q", got)
	}
}

// gitRepo makes a git repository in a temporary directory.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "-q")
	return dir
}

func runGit(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=jwtlint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestSetRefusesTrackedFile(t *testing.T) {
	dir := gitRepo(t)
	sub := filepath.Join(dir, "config")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(sub, ".env")
	const in = "JWT_SECRET=secret\n"
	writeFile(t, path, in, 0o600)
	runGit(t, dir, "add", "config/.env")
	runGit(t, dir, "commit", "-q", "-m", "add env")

	res, err := Set(path, "JWT_SECRET", newValue, Options{Gitignore: true})
	if !errors.Is(err, ErrTracked) {
		t.Fatalf("Set on a tracked file: error = %v, want ErrTracked", err)
	}
	if !res.Tracked || !res.InRepo {
		t.Errorf("result = %+v, want InRepo and Tracked", res)
	}
	if got := readFile(t, path); got != in {
		t.Errorf("tracked file changed to %q", got)
	}
	if _, err := os.Stat(filepath.Join(sub, ".gitignore")); err == nil {
		t.Error("a .gitignore was written for a refused file")
	}

	res, err = Set(path, "JWT_SECRET", newValue, Options{Force: true})
	if err != nil {
		t.Fatalf("Set with Force: %v", err)
	}
	if !res.Tracked {
		t.Errorf("result = %+v, want Tracked", res)
	}
	if got := readFile(t, path); got != "JWT_SECRET="+newValue+"\n" {
		t.Errorf("forced file = %q", got)
	}
}

func TestSetGitignore(t *testing.T) {
	dir := gitRepo(t)
	path := filepath.Join(dir, ".env")
	gi := filepath.Join(dir, ".gitignore")
	writeFile(t, gi, "node_modules/\r\n*.log", 0o644)

	// Without Gitignore the result says the file is exposed.
	res, err := Set(path, "JWT_SECRET", newValue, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.InRepo || res.Tracked || res.Ignored || res.Gitignore != "" {
		t.Errorf("result = %+v, want in a repository, neither tracked nor ignored", res)
	}
	if got := readFile(t, gi); got != "node_modules/\r\n*.log" {
		t.Errorf(".gitignore changed without Gitignore: %q", got)
	}

	res, err = Set(path, "JWT_SECRET", newValue, Options{Gitignore: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Ignored || res.Gitignore != gi {
		t.Errorf("result = %+v, want ignored through %s", res, gi)
	}
	if got := readFile(t, gi); got != "node_modules/\r\n*.log\r\n/.env\r\n" {
		t.Errorf(".gitignore = %q", got)
	}

	// Already ignored: .gitignore is left alone.
	res, err = Set(path, "JWT_SECRET", newValue+"0", Options{Gitignore: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Ignored || res.Gitignore != "" {
		t.Errorf("result = %+v, want ignored and no .gitignore change", res)
	}
	if got := readFile(t, gi); strings.Count(got, "/.env") != 1 {
		t.Errorf(".gitignore = %q, want one entry", got)
	}
}

func TestGitignorePattern(t *testing.T) {
	for in, want := range map[string]string{
		".env":        ".env",
		".env.local":  ".env.local",
		"a*b?[c]":     `a\*b\?\[c]`,
		"#x":          `\#x`,
		"!x":          `\!x`,
		"trailing ":   `trailing\ `,
		`back\slash`:  `back\\slash`,
		"sp ace.env":  "sp ace.env",
		"production!": `production\!`,
	} {
		if got := gitignorePattern(in); got != want {
			t.Errorf("gitignorePattern(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.pub")
	if err := WriteFile(path, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "two" {
		t.Errorf("file = %q", got)
	}
	if runtime.GOOS != "windows" && mode(t, path) != 0o600 {
		t.Errorf("mode = %o, want 600", mode(t, path))
	}
}

func TestUnset(t *testing.T) {
	dir := gitRepo(t)
	path := filepath.Join(dir, ".env")
	writeFile(t, path, "JWT_SECRET=new\nJWT_SECRET_PREVIOUS=changeme\n", 0o640)
	res, err := Unset(path, "JWT_SECRET_PREVIOUS", Options{})
	if err != nil || len(res.Lines) != 1 || res.Lines[0] != 2 {
		t.Fatalf("Unset = %+v, %v", res, err)
	}
	if got := readFile(t, path); got != "JWT_SECRET=new\n" || mode(t, path) != 0o640 {
		t.Errorf("after Unset: %q, mode %v", got, mode(t, path))
	}
	if res, err := Unset(path, "JWT_SECRET_PREVIOUS", Options{}); err != nil || len(res.Lines) != 0 {
		t.Errorf("Unset of a missing variable = %+v, %v", res, err)
	}
	if got := entries(t, dir); strings.Join(got, ",") != ".env,.git" {
		t.Errorf("files left: %v", got)
	}
	runGit(t, dir, "add", ".env")
	runGit(t, dir, "commit", "-q", "-m", "add env")
	if _, err := Unset(path, "JWT_SECRET", Options{}); !errors.Is(err, ErrTracked) {
		t.Errorf("Unset in a tracked file: %v, want ErrTracked", err)
	}
	if got := readFile(t, path); got != "JWT_SECRET=new\n" {
		t.Errorf("tracked file changed to %q", got)
	}
}

// A forced write to a tracked file does not keep the old, leaked value.
func TestSetRotateTrackedKeepsNothing(t *testing.T) {
	dir := gitRepo(t)
	path := filepath.Join(dir, ".env")
	writeFile(t, path, "JWT_SECRET=committed-value\n", 0o600)
	runGit(t, dir, "add", ".env")
	runGit(t, dir, "commit", "-q", "-m", "add env")
	res, err := Set(path, "JWT_SECRET", newValue, Options{Force: true, Rotate: true})
	if err != nil || res.Previous != "" || res.NotKept == "" {
		t.Fatalf("Set = %+v, %v; want nothing kept, and why", res, err)
	}
	if got := readFile(t, path); got != "JWT_SECRET="+newValue+"\n" {
		t.Errorf("file = %q", got)
	}
}
