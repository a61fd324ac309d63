package hook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// This file is the analyzer half of "jwtlint hook run": it judges the
// commit, not the work tree. The index is written into a tree of its own
// (git checkout-index; tree.go), so untracked files and unstaged changes are
// not there, and the analyzer runs in it on the packages that have staged Go
// files, with the shared module and build caches. Positions in its output
// are then those of the staged content, under the repository's paths.

// module is one Go module of the commit and what to analyze in it.
type module struct {
	root string   // slash path of its directory relative to the top ("" at the top)
	dirs []string // slash paths, relative to root, of the package directories with staged Go files
	all  bool     // its go.mod is staged: analyze ./...
}

// patterns returns the package patterns of m for a go command run in its
// directory.
func (m *module) patterns() []string {
	if m.all {
		return []string{"./..."}
	}
	var p []string
	for _, d := range m.dirs {
		if d == "" {
			p = append(p, ".")
		} else {
			p = append(p, "./"+d)
		}
	}
	return p
}

// change is one path of the index that differs from HEAD.
type change struct {
	status byte // A, C, M, T, D (renames are split by --no-renames)
	path   string
}

// stagedChanges returns the paths that the commit adds, changes or deletes.
func stagedChanges(top string) ([]change, error) {
	out, err := gitRaw(top, "diff", "--cached", "--name-status", "--no-renames", "-z")
	if err != nil {
		return nil, err
	}
	f := strings.Split(strings.TrimSuffix(out, "\x00"), "\x00")
	var cs []change
	for i := 0; i+1 < len(f); i += 2 {
		if f[i] == "" {
			continue
		}
		cs = append(cs, change{status: f[i][0], path: f[i+1]})
	}
	return cs, nil
}

// ignoredDir reports whether the go command leaves dir (a slash path
// relative to a module root) out of "./...": testdata, vendor, and names
// starting with "." or "_". Fixtures in testdata often do not compile on
// purpose.
func ignoredDir(dir string) bool {
	if dir == "" {
		return false
	}
	for _, e := range strings.Split(dir, "/") {
		if e == "testdata" || e == "vendor" || strings.HasPrefix(e, ".") || strings.HasPrefix(e, "_") {
			return true
		}
	}
	return false
}

// planModules groups the staged Go files by the module, as the index has
// them, that holds them. index holds every path of the index.
func planModules(changes []change, index map[string]bool) []*module {
	byRoot := map[string]*module{}
	var mods []*module
	get := func(root string) *module {
		m := byRoot[root]
		if m == nil {
			m = &module{root: root}
			byRoot[root] = m
			mods = append(mods, m)
		}
		return m
	}
	for _, c := range changes {
		dir := path.Dir(c.path)
		if dir == "." {
			dir = ""
		}
		switch {
		case path.Base(c.path) == "go.mod":
			if c.status != 'D' && !ignoredDir(dir) {
				get(dir).all = true
			}
		case strings.HasSuffix(c.path, ".go"):
			root, ok := moduleRoot(dir, index)
			if !ok {
				continue // not in a Go module of the commit
			}
			rel := strings.TrimPrefix(strings.TrimPrefix(dir, root), "/")
			if ignoredDir(rel) {
				continue
			}
			m := get(root)
			if !slices.Contains(m.dirs, rel) {
				m.dirs = append(m.dirs, rel)
			}
		}
	}
	for _, m := range mods {
		slices.Sort(m.dirs)
	}
	slices.SortFunc(mods, func(a, b *module) int { return strings.Compare(a.root, b.root) })
	return mods
}

// moduleRoot returns the directory of the innermost go.mod of the index
// that holds dir.
func moduleRoot(dir string, index map[string]bool) (string, bool) {
	for {
		if index[path.Join(dir, "go.mod")] {
			return dir, true
		}
		if dir == "" {
			return "", false
		}
		dir = path.Dir(dir)
		if dir == "." {
			dir = ""
		}
	}
}

// gitRaw runs git in dir and returns its standard output as it is.
func gitRaw(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// buildable reports whether dir holds Go files that the go command builds
// for this platform (test files count): a package whose files were all
// deleted, or are all for another platform, is not analyzed. Any other
// problem is left for the analyzer to report.
func buildable(dir string) bool {
	if _, err := os.Stat(dir); err != nil {
		return false // all its files are deleted
	}
	_, err := build.Default.ImportDir(dir, 0)
	var noGo *build.NoGoError
	return !errors.As(err, &noGo)
}

// analyzeStaged runs the analyzer binary self on the staged content of the
// packages with staged Go files of the repository at top. It returns the
// exit code of the analyzer (0 when there was nothing to analyze) and
// writes the analyzer's output, with the repository's paths, to s.Err.
func analyzeStaged(top, self string, s Stdio) (int, error) {
	changes, err := stagedChanges(top)
	if err != nil {
		return 0, err
	}
	entries, err := indexEntries(top)
	if err != nil {
		return 0, err
	}
	index := make(map[string]bool, len(entries))
	for p := range entries {
		index[p] = true
	}
	mods := planModules(changes, index)
	if len(mods) == 0 {
		return 0, nil
	}
	t, err := openTree(top, entries)
	if err != nil {
		return 0, err
	}
	defer t.close()
	tmp := t.dir

	// The commit's go.work, if it has one at the top; an untracked one is
	// the developer's, not the commit's.
	gowork := "off"
	if index["go.work"] {
		gowork = filepath.Join(tmp, "go.work")
	}
	worst := 0
	for _, m := range mods {
		if !m.all {
			m.dirs = slices.DeleteFunc(m.dirs, func(d string) bool {
				return !buildable(filepath.Join(tmp, filepath.FromSlash(m.root), filepath.FromSlash(d)))
			})
			if len(m.dirs) == 0 {
				continue
			}
		}
		where := ""
		if m.root != "" {
			where = " of module " + m.root
		}
		if m.all {
			fmt.Fprintf(s.Err, "jwtlint: analyzing all packages%s: its go.mod is staged\n", where)
		} else {
			what := "packages"
			if len(m.dirs) == 1 {
				what = "package"
			}
			fmt.Fprintf(s.Err, "jwtlint: analyzing %d %s with staged Go files%s\n", len(m.dirs), what, where)
		}
		if edited, err := outsideReplaces(tmp, top, m.root); err != nil {
			return 0, err
		} else if edited {
			if err := t.changed(path.Join(m.root, "go.mod")); err != nil {
				return 0, err
			}
		}
		code, err := runAnalyzer(self, tmp, top, m, gowork, s)
		if err != nil {
			return 0, err
		}
		worst = worse(worst, code)
	}
	return worst, nil
}

// worse returns the exit code that says more: findings (3) over errors over
// success.
func worse(a, b int) int {
	rank := func(c int) int {
		switch c {
		case 0:
			return 0
		case 3:
			return 2
		}
		return 1
	}
	if rank(b) > rank(a) || (rank(b) == rank(a) && b > a) {
		return b
	}
	return a
}

// runAnalyzer runs self on m in the temporary tree tmp and writes its output
// to s.Err with tmp's paths replaced by top's.
func runAnalyzer(self, tmp, top string, m *module, gowork string, s Stdio) (int, error) {
	cmd := exec.Command(self, m.patterns()...)
	cmd.Dir = filepath.Join(tmp, filepath.FromSlash(m.root))
	cmd.Env = append(os.Environ(), "GOWORK="+gowork)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	s.Err.Write(mapPaths(out.Bytes(), tmp, top, m.root))
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), nil
	}
	if err != nil {
		return 0, fmt.Errorf("running the analyzer: %w", err)
	}
	return 0, nil
}

// mapPaths rewrites the analyzer's output: the temporary tree tmp becomes
// the repository top, and a position relative to the module's directory
// (as a driver that shortens paths prints it) becomes relative to the top,
// where git runs the hook.
func mapPaths(out []byte, tmp, top, root string) []byte {
	out = bytes.ReplaceAll(out, []byte(tmp+string(filepath.Separator)), []byte(top+string(filepath.Separator)))
	out = bytes.ReplaceAll(out, []byte(tmp), []byte(top))
	if root == "" {
		return out
	}
	lines := bytes.SplitAfter(out, []byte("\n"))
	for i, l := range lines {
		colon := bytes.IndexByte(l, ':')
		if colon <= 0 {
			continue
		}
		name := string(l[:colon])
		if strings.HasSuffix(name, ".go") && !filepath.IsAbs(name) && !strings.ContainsAny(name, " \t") {
			lines[i] = append([]byte(filepath.FromSlash(root)+string(filepath.Separator)), l...)
		}
	}
	return bytes.Join(lines, nil)
}

// outsideReplaces points the replace directives of the module at root in
// the temporary tree tmp whose directory is outside the repository (such as
// "=> ../sibling", a checkout next to it) to that directory, which the
// temporary tree does not have. A directory inside the repository is the
// index's, written to the tree with the rest.
func outsideReplaces(tmp, top, root string) (edited bool, err error) {
	gomod := filepath.Join(tmp, filepath.FromSlash(root), "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil || !bytes.Contains(data, []byte("=>")) {
		return false, nil // the go command reports a go.mod it cannot read
	}
	cmd := exec.Command("go", "mod", "edit", "-json", gomod)
	out, err := cmd.Output()
	if err != nil {
		return false, nil // the same
	}
	var mf struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mf); err != nil {
		return false, fmt.Errorf("reading %s: %w", path.Join(root, "go.mod"), err)
	}
	var edits []string
	for _, r := range mf.Replace {
		p := r.New.Path
		if r.New.Version != "" || filepath.IsAbs(p) || !(strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../")) {
			continue // a module, or already absolute
		}
		abs := filepath.Join(top, filepath.FromSlash(root), filepath.FromSlash(p))
		if rel, err := filepath.Rel(top, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue // inside the repository
		}
		old := r.Old.Path
		if r.Old.Version != "" {
			old += "@" + r.Old.Version
		}
		edits = append(edits, "-replace="+old+"="+abs)
	}
	if len(edits) == 0 {
		return false, nil
	}
	if out, err := exec.Command("go", append(append([]string{"mod", "edit"}, edits...), gomod)...).CombinedOutput(); err != nil {
		return true, fmt.Errorf("pointing the replace directives of %s outside the repository to their directories: %v: %s", path.Join(root, "go.mod"), err, bytes.TrimSpace(out))
	}
	return true, nil
}
