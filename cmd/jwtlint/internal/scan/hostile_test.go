package scan

// Hostile input for the scanner (issue 8), in process: what the files and
// the git history under a scanned path may hold. The cases that need the
// built command (a FIFO, a 3 GiB file and the memory it costs, unreadable
// files read as another user, the one-line error of --git outside a
// repository) are in ../../hostile_scan_e2e_test.go.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// scanWithin runs Main like scan, failing the test when the scan does not
// finish within a minute instead of hanging it.
func scanWithin(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code        int
		out, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, out, stderr := scan(t, args...)
		done <- result{code, out, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.stderr
	case <-time.After(time.Minute):
		t.Fatalf("jwtlint scan %s did not finish in a minute", strings.Join(args, " "))
		return 0, "", ""
	}
}

// hostileFinding is what the hostile tests check of a finding.
func (f jsonFinding) hostile() string {
	return fmt.Sprintf("%s %s:%d:%d-%d %q", f.RuleID, f.File, f.StartLine, f.StartColumn, f.EndColumn, f.Secret)
}

func hostileFindings(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, f := range decode(t, out) {
		got = append(got, f.hostile())
	}
	return got
}

// checkFindings compares two lists of findings in any order.
func checkFindings(t *testing.T, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestHostileContent: line ends, byte order marks, NUL bytes, invalid UTF-8,
// non-ASCII columns, escaped quotes and lines of 4 MiB, each with the
// finding it must (or must not) give, at the exact byte column and without
// a stray \r in the secret.
func TestHostileContent(t *testing.T) {
	pad := strings.Repeat("p", 4<<20)
	tok := signHS(t, "HS256", "secret", `{"sub":"1"}`)
	dir := t.TempDir()
	(&repo{t: t, dir: dir}).write(map[string]string{
		"crlf.env":  "PORT=8080\r\nJWT_SECRET=changeme\r\nJWT_KEY=\"letmein\"\r\n",
		"crlf.toml": "[jwt]\r\nsecret = hunter2\r\n",
		"crlf.yaml": "jwt:\r\n  secret: password123\r\n",
		// A NUL byte in the first 8000 bytes makes a file binary, as in
		// git: not scanned. One further on does not.
		"nul.env":      "JWT_SECRET=changeme\n\x00\n",
		"late-nul.env": "# " + strings.Repeat("x", binaryPrefix) + "\nJWT_SECRET=changeme\n\x00",
		// Invalid UTF-8 (Latin-1 text) is still text.
		"latin1.env": "# caf\xe9 cr\xe8me \xff\xfe\nJWT_SECRET=secret123\n",
		// Byte order marks are skipped; columns count their 3 bytes.
		"bom.env":  "\ufeffJWT_SECRET=changeme\n",
		"bom.json": "\ufeff{\"jwtSecret\": \"letmein\"}\n",
		"bom.toml": "\ufeff[jwt]\nsecret = hunter2\n",
		// Columns are bytes, also in YAML (é is 2) and after \" in JSON.
		"wide.yaml":    "jwt: {é: 1, secret: letmein}\n",
		"escaped.json": `{"jwt": {"secret": "x\"y"}}`,
		// 4 MiB lines: before the secret, holding it, holding a token.
		"long-line.env":  "PAD=" + pad + "\nJWT_SECRET=letmein\n",
		"long-line.json": `{"pad": "` + pad + `", "jwtSecret": "changeme"}`,
		"long-line.md":   pad + " " + tok + "\n",
		"empty.env":      "",
	})
	code, out, stderr := scanWithin(t, "--format", "json", "--no-redact", dir)
	if code != 1 || stderr != "" {
		t.Fatalf("exit code %d, want 1, stderr %q", code, stderr)
	}
	col := len(`{"pad": "`) + len(pad) + len(`", "jwtSecret": "`) + 1
	checkFindings(t, hostileFindings(t, out), []string{
		`weak-secret crlf.env:2:12-19 "changeme"`,
		`weak-secret crlf.env:3:10-16 "letmein"`,
		`weak-secret crlf.toml:2:10-16 "hunter2"`,
		`weak-secret crlf.yaml:2:11-21 "password123"`,
		`weak-secret late-nul.env:2:12-19 "changeme"`,
		`weak-secret latin1.env:2:12-20 "secret123"`,
		`weak-secret bom.env:1:15-22 "changeme"`,
		`weak-secret bom.json:1:19-25 "letmein"`,
		`weak-secret bom.toml:2:10-16 "hunter2"`,
		`weak-secret wide.yaml:1:22-28 "letmein"`,
		`weak-secret escaped.json:1:21-23 "x\"y"`,
		`weak-secret long-line.env:2:12-18 "letmein"`,
		fmt.Sprintf(`weak-secret long-line.json:1:%d-%d "changeme"`, col, col+7),
		fmt.Sprintf(`cracked-token long-line.md:1:%d-%d "secret"`, len(pad)+2, len(pad)+1+len(tok)),
	})
}

// TestHostileLinks: symbolic links are not followed, neither out of the
// tree (to a file, a directory, /dev/zero) nor inside it (a loop, a second
// name for a file); PATH itself is followed when it is a link.
func TestHostileLinks(t *testing.T) {
	outside := t.TempDir()
	(&repo{t: t, dir: outside}).write(map[string]string{"out.env": "JWT_SECRET=hunter2\n", "dir/.env": "JWT_SECRET=letmein\n"})
	dir := t.TempDir()
	(&repo{t: t, dir: dir}).write(map[string]string{"real.env": "JWT_SECRET=changeme\n", "sub/x.txt": "x\n"})
	for link, target := range map[string]string{
		"link-out.env":  filepath.Join(outside, "out.env"),
		"dir-out":       outside,
		"zero.env":      "/dev/zero",
		"loop":          ".",
		"sub/up":        "..",
		"sub/self":      "self",
		"same-file.env": "real.env",
		"dangling.env":  "nowhere.env",
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	want := []string{`weak-secret real.env:1:12-19 "changeme"`}
	code, out, stderr := scanWithin(t, "--format", "json", "--no-redact", dir)
	if code != 1 || stderr != "" {
		t.Errorf("exit code %d, want 1, stderr %q", code, stderr)
	}
	checkFindings(t, hostileFindings(t, out), want)

	viaLink := filepath.Join(t.TempDir(), "tree")
	if err := os.Symlink(dir, viaLink); err != nil {
		t.Fatal(err)
	}
	_, out, _ = scanWithin(t, "--format", "json", "--no-redact", viaLink)
	checkFindings(t, hostileFindings(t, out), want)
}

// TestHostileSizeLimit: a file of --max-file-size bytes is scanned, one
// byte more is skipped with a note; the limit is also a finding's
// .gitleaksignore's, whose lines may be longer than bufio.Scanner's 64 KiB.
func TestHostileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	line := "JWT_SECRET=changeme\n"
	filler := "#" + strings.Repeat("f", 1<<20-len(line)-2) + "\n"
	(&repo{t: t, dir: dir}).write(map[string]string{
		"at-limit.env":   filler + line,
		"over-limit.env": filler + line + "\n",
	})
	code, out, stderr := scanWithin(t, "--format", "json", "--no-redact", "--max-file-size", "1", dir)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	checkFindings(t, hostileFindings(t, out), []string{`weak-secret at-limit.env:2:12-19 "changeme"`})
	if want := "jwtlint scan: note: skipped over-limit.env: 1048577 bytes is over --max-file-size (1 MiB)\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}

	(&repo{t: t, dir: dir}).write(map[string]string{".gitleaksignore": "# " + strings.Repeat("l", 100<<10) + "\nat-limit.env:weak-secret:2\n"})
	code, out, stderr = scanWithin(t, "--format", "json", "--max-file-size", "1", dir)
	if code != 0 || strings.TrimSpace(out) != "[]" || strings.Contains(stderr, "ignore") {
		t.Errorf("with a .gitleaksignore of a 100 KiB line: exit code %d, %s, stderr %q", code, out, stderr)
	}
}

// gitIn runs git in dir as repo.git does.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	return (&repo{t: t, dir: dir}).git(args...)
}

// TestHostileGit: an empty repository, a shallow clone, a bare repository
// and submodules.
func TestHostileGit(t *testing.T) {
	src := newRepo(t)
	src.write(map[string]string{"old.env": "JWT_SECRET=changeme\n"})
	first := src.commit("old secret")
	src.git("rm", "-q", "old.env")
	src.write(map[string]string{"new.env": "JWT_KEY=letmein\n"})
	second := src.commit("new secret")
	src.write(map[string]string{"README": "x\n"})
	tip := src.commit("readme")
	full := []string{"weak-secret old.env:1 " + first, "weak-secret new.env:1 " + second}

	history := func(t *testing.T, dir string) ([]string, string) {
		t.Helper()
		code, out, stderr := scanWithin(t, "--format", "json", "--git", dir)
		if code != 0 && code != 1 {
			t.Fatalf("exit code %d, stderr %q", code, stderr)
		}
		var got []string
		for _, f := range decode(t, out) {
			got = append(got, fmt.Sprintf("%s %s:%d %s", f.RuleID, f.File, f.StartLine, f.Commit))
		}
		return got, stderr
	}
	t.Run("empty", func(t *testing.T) {
		empty := newRepo(t)
		got, stderr := history(t, empty.dir)
		checkFindings(t, got, nil)
		if want := "jwtlint scan: note: " + empty.dir + " has no commits: there is no history to scan\n"; stderr != want {
			t.Errorf("stderr %q, want %q", stderr, want)
		}
		for _, args := range [][]string{{"--staged", empty.dir}, {empty.dir}} {
			if code, out, stderr := scanWithin(t, args...); code != 0 || out != "no findings\n" || stderr != "" {
				t.Errorf("jwtlint scan %v: exit code %d, %q, stderr %q", args, code, out, stderr)
			}
		}
	})

	// History is read through git log -p and cat-file, not from files:
	// the same content gives the same findings (a file git calls binary
	// is not read, as in the work tree).
	t.Run("content", func(t *testing.T) {
		r := newRepo(t)
		pad := strings.Repeat("p", 4<<20)
		r.write(map[string]string{
			"crlf.env":       "PORT=8080\r\nJWT_SECRET=changeme\r\n",
			"nul.env":        "JWT_SECRET=letmein\n\x00\n",
			"long-line.json": `{"pad": "` + pad + `", "jwtSecret": "hunter2"}`,
		})
		c := r.commit("hostile content")
		got, stderr := history(t, r.dir)
		checkFindings(t, got, []string{"weak-secret crlf.env:2 " + c, "weak-secret long-line.json:1 " + c})
		if stderr != "" {
			t.Errorf("stderr %q", stderr)
		}
	})

	t.Run("full", func(t *testing.T) {
		got, stderr := history(t, src.dir)
		checkFindings(t, got, full)
		if stderr != "" {
			t.Errorf("stderr %q", stderr)
		}
	})

	// A shallow clone has only its newest commit, which adds every file it
	// has: the secret removed before is not seen, the one still there is
	// reported in that commit.
	t.Run("shallow", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "shallow")
		gitIn(t, src.dir, "clone", "-q", "--depth", "1", "file://"+src.dir, dir)
		got, stderr := history(t, dir)
		checkFindings(t, got, []string{"weak-secret new.env:1 " + tip})
		if want := "jwtlint scan: note: " + dir + " is a shallow clone: the history before its oldest commit was not scanned, and that commit counts as adding every file it has (git fetch --unshallow to scan it all)\n"; stderr != want {
			t.Errorf("stderr %q, want %q", stderr, want)
		}
	})

	// A bare repository's history is scanned as any other; without --git
	// only its own files are (objects, hooks), with a note.
	t.Run("bare", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "bare.git")
		gitIn(t, src.dir, "clone", "-q", "--bare", src.dir, dir)
		got, stderr := history(t, dir)
		checkFindings(t, got, full)
		if stderr != "" {
			t.Errorf("stderr %q", stderr)
		}
		code, out, stderr := scanWithin(t, dir)
		if want := "jwtlint scan: note: " + dir + " is a bare repository: only its files were scanned, not its history (add --git)\n"; code != 0 || out != "no findings\n" || stderr != want {
			t.Errorf("without --git: exit code %d, %q, stderr %q, want %q", code, out, stderr, want)
		}
	})

	// A submodule's history is its own repository's: --git on the
	// superproject notes it and does not scan it. Its files in the work
	// tree are scanned like the others, and are committed if the submodule
	// tracks them.
	t.Run("submodule", func(t *testing.T) {
		sub := newRepo(t)
		sub.write(map[string]string{"sub.env": "JWT_SECRET=password123\n"})
		sub.commit("weak")
		sub.write(map[string]string{"sub.env": "JWT_SECRET=" + strongSecret + "\n"})
		sub.commit("strong")
		super := newRepo(t)
		super.write(map[string]string{"README": "x\n"})
		super.commit("readme")
		super.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", "file://"+sub.dir, "libs/sub")
		super.commit("submodule")
		(&repo{t: t, dir: filepath.Join(super.dir, "libs", "sub")}).write(map[string]string{"local.env": "JWT_SECRET=letmein\n"})

		got, stderr := history(t, super.dir)
		checkFindings(t, got, nil)
		if want := "jwtlint scan: note: the history of submodule libs/sub was not scanned: it is a repository of its own (run jwtlint scan --git in it)\n"; stderr != want {
			t.Errorf("stderr %q, want %q", stderr, want)
		}
		code, out, stderr := scanWithin(t, "--format", "json", super.dir)
		if code != 1 || stderr != "" {
			t.Errorf("work tree: exit code %d, stderr %q", code, stderr)
		}
		var files []string
		for _, f := range decode(t, out) {
			files = append(files, fmt.Sprintf("%s %s committed=%v", f.RuleID, f.File, f.Committed))
		}
		checkFindings(t, files, []string{"committed-secret libs/sub/sub.env committed=true", "weak-secret libs/sub/local.env committed=false"})
	})
}

// nearestAlgLinear is the definition algIndex.nearest implements: the hint
// sharing the longest key-path prefix with a, then the closest line, then
// the first.
func nearestAlgLinear(hints []hint, a assignment) string {
	best, bestShared, bestDist := "", -1, 0
	for _, h := range hints {
		shared := 0
		for shared < len(h.path)-1 && shared < len(a.path)-1 && h.path[shared] == a.path[shared] {
			shared++
		}
		dist := h.line - a.line
		if dist < 0 {
			dist = -dist
		}
		if shared > bestShared || shared == bestShared && dist < bestDist {
			best, bestShared, bestDist = h.alg, shared, dist
		}
	}
	return best
}

// TestAlgIndex checks the index against the definition on random files,
// and that a file of many hints and secrets costs linear time (it was
// quadratic: 40,000 of each took seconds, a 10 MiB file minutes).
func TestAlgIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	keys := []string{"a", "b", "c"}
	randPath := func() []string {
		p := make([]string, 1+r.IntN(4))
		for i := range p {
			p[i] = keys[r.IntN(len(keys))]
		}
		return p
	}
	for range 2000 {
		var hints []hint
		for i := range r.IntN(8) {
			hints = append(hints, hint{path: randPath(), alg: fmt.Sprintf("HS%d", i), line: 1 + r.IntN(10), n: i})
		}
		idx := newAlgIndex(hints)
		for range 10 {
			a := assignment{path: randPath(), line: 1 + r.IntN(10)}
			if got, want := idx.nearest(a), nearestAlgLinear(hints, a); got != want {
				t.Fatalf("nearest(%v line %d) = %q, want %q; hints %+v", a.path, a.line, got, want, hints)
			}
		}
	}

	var b strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&b, "JWT_ALGORITHM=HS512\nX%d=1\n", i)
	}
	b.WriteString("JWT_SECRET=x\n")
	content := []byte(b.String())
	start := time.Now()
	as := extract(formatEnv, content)
	idx := newAlgIndex(hintsOf(as))
	for _, a := range as {
		idx.nearest(a)
	}
	if got := idx.nearest(as[len(as)-1]); got != "HS512" {
		t.Errorf("nearest = %q", got)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("200,000 assignments with 100,000 hints took %v", d)
	}
}

// TestHostileQuadratic feeds the parsers inputs that were quadratic once and
// checks that the work grows linearly: the memory allocated for an input
// eight times larger must stay under sixteen times that of the smaller one
// (linear is eight; quadratic, sixty-four). Allocation counts do not depend
// on the machine's load, as a time limit would.
func TestHostileQuadratic(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string
		make func(n int) string
	}{
		// A million nested arrays: each value used to copy its key path
		// (4 MB took over two minutes and 24 GB).
		{"deep JSON", "x.json", func(n int) string {
			return `{"jwt_secret":` + strings.Repeat("[", n) + strings.Repeat("1,", n) + "1" + strings.Repeat("]", n) + "}"
		}},
		// yaml.v3 refuses to nest deeper than 10,000; the line reader
		// takes over.
		{"deep YAML", "x.yaml", func(n int) string {
			return "jwt_secret: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n"
		}},
		// Byte columns are found from the previous value's, not from the
		// line's start.
		{"long YAML flow line", "x.yaml", func(n int) string {
			return "{" + strings.Repeat("é: 1, ", n/8) + "jwt_secret: x}\n"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			small, large := allocated(tc.file, tc.make(1<<17)), allocated(tc.file, tc.make(1<<20))
			if large > 16*small {
				t.Errorf("8 times the input allocated %.1f times the memory (%d MB against %d MB): not linear", float64(large)/float64(small), large>>20, small>>20)
			}
		})
	}
}

// allocated returns the bytes extract allocates for content.
func allocated(file, content string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	extract(formatOf(file), []byte(content))
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
