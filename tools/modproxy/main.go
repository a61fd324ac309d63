// Command modproxy writes a file-based Go module proxy (the layout GOPROXY=file://DIR
// reads: PATH/@v/list, VERSION.info, VERSION.mod, VERSION.zip) holding modules
// of a git repository at one revision, zipped as the public module proxy zips
// a tagged module (golang.org/x/mod/zip). scripts/release.sh uses it to
// write the command module's go.sum before the tags are pushed, and the
// release test (test/integration) to install jwtlint "from the proxy" without a checkout.
//
//	modproxy -repo DIR -rev REV -out PROXY MODULE@VERSION[=SUBDIR] ...
//
// SUBDIR is the module's directory in the repository ("" for the root).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

func main() {
	repo := flag.String("repo", ".", "the git repository")
	rev := flag.String("rev", "HEAD", "the revision to zip")
	out := flag.String("out", "", "the proxy directory to write (required)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: modproxy -repo DIR -rev REV -out PROXY MODULE@VERSION[=SUBDIR] ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, arg := range flag.Args() {
		if err := add(*repo, *rev, *out, arg); err != nil {
			fmt.Fprintln(os.Stderr, "modproxy:", err)
			os.Exit(1)
		}
	}
}

// add writes the module that arg names ("path@version=subdir") at rev of
// repo into the proxy directory out.
func add(repo, rev, out, arg string) error {
	spec, subdir, _ := strings.Cut(arg, "=")
	path, version, ok := strings.Cut(spec, "@")
	if !ok {
		return fmt.Errorf("%q: want MODULE@VERSION[=SUBDIR]", arg)
	}
	m := module.Version{Path: path, Version: version}
	if err := module.Check(path, version); err != nil {
		return err
	}
	escPath, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	escVersion, err := module.EscapeVersion(version)
	if err != nil {
		return err
	}
	dir := filepath.Join(out, filepath.FromSlash(escPath), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root, err := git(repo, "rev-parse", "--show-toplevel")
	if err != nil {
		return err
	}
	root = strings.TrimSpace(root)
	gomod, err := git(root, "show", rev+":"+strings.TrimPrefix(filepath.ToSlash(filepath.Join(subdir, "go.mod")), "./"))
	if err != nil {
		return fmt.Errorf("%s: no go.mod at %s in %s: %w", path, rev, subdir, err)
	}
	stamp, err := git(root, "log", "-1", "--format=%cI", rev)
	if err != nil {
		return err
	}
	when, err := time.Parse(time.RFC3339, strings.TrimSpace(stamp))
	if err != nil {
		return err
	}

	var buf bytes.Buffer
	if err := zip.CreateFromVCS(&buf, m, root, rev, subdir); err != nil {
		return fmt.Errorf("zipping %s: %w", m, err)
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, when.UTC()})
	if err != nil {
		return err
	}
	files := map[string][]byte{
		escVersion + ".zip":  buf.Bytes(),
		escVersion + ".mod":  []byte(gomod),
		escVersion + ".info": info,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return addToList(filepath.Join(dir, "list"), version)
}

func addToList(list, version string) error {
	data, err := os.ReadFile(list)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	versions := strings.Fields(string(data))
	if !slices.Contains(versions, version) {
		versions = append(versions, version)
	}
	return os.WriteFile(list, []byte(strings.Join(versions, "\n")+"\n"), 0o644)
}

func git(dir string, args ...string) (string, error) {
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
