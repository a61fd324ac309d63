package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// runSweep extracts every repository of repos.tsv (or only -only) at its
// commit and saves, under -out/OWNER+NAME, one analyzer output per Go module
// (analyzer-N.json with its module directory in analyzer-N.dir), the file
// scan (scan.json) and the history scan (git.json). A repository whose
// outputs exist is skipped; delete its directory to run it again. A
// repository with a setup (setup.tsv) gets its stand-ins, toolchain and
// that toolchain's jwtlint before the analyzer runs.
func runSweep(o options) error {
	repos, err := readRepos(o.repos)
	if err != nil {
		return err
	}
	setups, err := readSetup(setupPath(o))
	if err != nil {
		return err
	}
	for name := range setups {
		if !slices.ContainsFunc(repos, func(r repo) bool { return r.Name == name }) {
			return fmt.Errorf("%s: repository %s is not in %s", setupPath(o), name, o.repos)
		}
	}
	for _, r := range repos {
		if o.only != "" && r.Name != o.only {
			continue
		}
		if err := runRepo(o, r, setups[r.Name]); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", r.Name, err)
		}
	}
	return nil
}

func runRepo(o options, r repo, s *setup) error {
	out := filepath.Join(o.out, r.dir())
	if _, err := os.Stat(filepath.Join(out, "done")); err == nil {
		if o.scans {
			return runScans(o, r, out)
		}
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	gitDir := filepath.Join(o.mirror, r.dir(), "repo")
	if _, err := os.Stat(filepath.Join(gitDir, ".git")); err == nil {
		gitDir = filepath.Join(gitDir, ".git")
	}
	tree := filepath.Join(o.ext, r.dir())
	if err := extract(gitDir, r.Commit, tree); err != nil {
		return err
	}
	if o.noAnalyzer {
		// "scanned", not "done": a later run without -noanalyzer runs the
		// analyzer; score leaves out its analyzer rows meanwhile.
		var log bytes.Buffer
		fmt.Fprintf(&log, "scans only, with %s:\n", o.jwtlint)
		scans(o, tree, gitDir, out, &log)
		if err := os.WriteFile(filepath.Join(out, "log.txt"), log.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(out, "scanned"), nil, 0o644)
	}
	mods, err := modules(tree)
	if err != nil {
		return err
	}
	var log bytes.Buffer
	env := treeEnv(tree, s.env(os.Environ()))
	bin, err := s.analyzerBinary(o)
	if err != nil {
		return err
	}
	if s != nil {
		fmt.Fprintf(&log, "setup: %s\nanalyzer: %s\n", strings.Join(s.Why, "; "), bin)
	}
	done, err := applyStandins(s, func(path string) string { return standinDir(o, r, path) }, mods, env)
	if err != nil {
		return err
	}
	log.WriteString(done)
	if s != nil && s.Packages != nil {
		for dir := range s.Packages {
			if !slices.ContainsFunc(mods, func(m string) bool { rel, _ := filepath.Rel(tree, m); return filepath.ToSlash(rel) == dir }) {
				return fmt.Errorf("%s: packages: no module at %s", r.Name, dir)
			}
		}
	}
	for i, m := range mods {
		rel, _ := filepath.Rel(tree, m)
		patterns, ok := s.patterns(rel)
		if !ok {
			continue
		}
		os.WriteFile(filepath.Join(out, fmt.Sprintf("analyzer-%d.dir", i)), []byte(rel+"\n"), 0o644)
		start := time.Now()
		dl := command(o.timeout, m, "go", "mod", "download")
		dl.Env = env
		dlOut, _ := dl.CombinedOutput()
		var stdout, stderr bytes.Buffer
		cmd := command(o.timeout, m, "nice", append([]string{"-n", "15", bin, "-json", "-include-tests"}, patterns...)...)
		// CGO_ENABLED=0 (in env): loading a package with cgo (go-sqlite3)
		// would compile its C code first, minutes on a loaded machine, for
		// nothing the analysis reads.
		cmd.Env = env
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		fmt.Fprintf(&log, "module %s: %.0f s, exit %v\n%s%s\n", rel, time.Since(start).Seconds(), err, tail(dlOut), tail(stderr.Bytes()))
		os.WriteFile(filepath.Join(out, fmt.Sprintf("analyzer-%d.json", i)), stdout.Bytes(), 0o644)
	}
	scans(o, tree, gitDir, out, &log)
	if err := os.WriteFile(filepath.Join(out, "log.txt"), log.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "done"), nil, 0o644)
}

// scans runs jwtlint scan on the tree and jwtlint scan --git on the mirror,
// saving scan.json and git.json in out and their exit status in log.
func scans(o options, tree, gitDir, out string, log *bytes.Buffer) {
	scan := command(o.timeout, tree, "nice", "-n", "15", o.jwtlint, "scan", "--format", "json", "--report", filepath.Join(out, "scan.json"), ".")
	b, err := scan.CombinedOutput()
	fmt.Fprintf(log, "scan: exit %v\n%s\n", err, tail(b))
	gscan := command(o.timeout, tree, "nice", "-n", "15", o.jwtlint, "scan", "--git", "--format", "json", "--report", filepath.Join(out, "git.json"), gitDir)
	b, err = gscan.CombinedOutput()
	fmt.Fprintf(log, "scan --git: exit %v\n%s\n", err, tail(b))
}

// runScans redoes the two scans of a repository already run, appending to
// its log.
func runScans(o options, r repo, out string) error {
	gitDir := filepath.Join(o.mirror, r.dir(), "repo")
	if _, err := os.Stat(filepath.Join(gitDir, ".git")); err == nil {
		gitDir = filepath.Join(gitDir, ".git")
	}
	var log bytes.Buffer
	fmt.Fprintf(&log, "rescan with %s:\n", o.jwtlint)
	scans(o, filepath.Join(o.ext, r.dir()), gitDir, out, &log)
	f, err := os.OpenFile(filepath.Join(out, "log.txt"), os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(log.Bytes())
	return err
}

// command builds a command run in dir that timeout(1) kills after timeout
// seconds.
func command(timeout int, dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command("timeout", append([]string{strconv.Itoa(timeout), name}, args...)...)
	cmd.Dir = dir
	return cmd
}

func tail(b []byte) string {
	const max = 2000
	if len(b) > max {
		b = b[len(b)-max:]
	}
	return string(b)
}

// extract writes the tree of commit in gitDir to dir, unless dir exists. When
// git archive fails (a mirror can lack its largest blobs), the files are
// extracted one by one and the missing ones are skipped.
func extract(gitDir, commit, dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// git archive's own status decides: tar can end cleanly on a stream that
	// git archive cut short at a missing blob.
	archive := exec.Command("bash", "-c", `set -o pipefail; git --git-dir="$1" archive "$2" | tar -x -C "$3"`, "bash", gitDir, commit, dir)
	if b, err := archive.CombinedOutput(); err == nil {
		return nil
	} else {
		fmt.Fprintf(os.Stderr, "%s: git archive: %v: %s; extracting blob by blob\n", gitDir, err, tail(b))
	}
	list, err := exec.Command("git", "--git-dir="+gitDir, "ls-tree", "-r", "-z", commit).Output()
	if err != nil {
		return fmt.Errorf("listing %s: %w", commit, err)
	}
	for _, entry := range strings.Split(string(list), "\x00") {
		meta, path, ok := strings.Cut(entry, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[1] != "blob" {
			continue
		}
		blob, err := exec.Command("git", "--git-dir="+gitDir, "cat-file", "blob", f[2]).Output()
		if err != nil {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(path))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if f[0] == "120000" {
			os.Symlink(string(blob), p)
			continue
		}
		if err := os.WriteFile(p, blob, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// modules lists the directories of the Go modules in tree, leaving out
// vendor, node_modules and testdata directories.
func modules(tree string) ([]string, error) {
	var mods []string
	err := filepath.WalkDir(tree, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			switch d.Name() {
			case "vendor", "node_modules", "testdata", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == "go.mod" {
			mods = append(mods, filepath.Dir(path))
		}
		return nil
	})
	return mods, err
}
