package driver

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Diff runs "jwtlint -diff" without -fix as gofmt -d and gopls users
// expect: the suggested fixes are printed as a unified diff on stdout and
// no file changes. singlechecker shows a diff only with -fix -diff and
// then exits itself, so Diff runs this executable again as singlechecker
// with -fix added (exe, args without the program name), passes its
// standard error through and prints its diff with the file names relative
// to the working directory, as the findings are printed. It returns the
// exit code: singlechecker's (0 with or without a diff, 1 when a package
// did not load or a fix could not be applied).
func Diff(exe string, args []string, stdout, stderr io.Writer) int {
	cmd := exec.Command(exe, append([]string{"-fix"}, args...)...)
	cmd.Env = append(os.Environ(), "JWTLINT_DRIVER=singlechecker")
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return ExitErrors
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return ExitErrors
	}
	wd, _ := os.Getwd()
	copyErr := shortDiff(stdout, out, wd)
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode()
	case err != nil:
		fmt.Fprintf(stderr, "jwtlint: %v\n", err)
		return ExitErrors
	case copyErr != nil:
		fmt.Fprintf(stderr, "jwtlint: writing the diff: %v\n", copyErr)
		return ExitErrors
	}
	return ExitOK
}

// shortDiff copies a unified diff from r to w with each file's header pair,
// singlechecker's "--- name (old)" and "+++ name (new)" with absolute
// names, rewritten as git writes it, "--- a/rel" and "+++ b/rel" with rel
// relative to wd, so that "jwtlint -diff ./... | git apply" (or patch -p1)
// applies it. A header is only taken as a pair: a removed line that looks
// like "--- x (old)" is not followed by "+++ x (new)". A file outside wd
// keeps its header.
func shortDiff(w io.Writer, r io.Reader, wd string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	bw := bufio.NewWriter(w)
	held := "" // a "--- name (old)" line waiting for its "+++" partner
	for sc.Scan() {
		line := sc.Text()
		if held != "" {
			if old, nw, ok := gitHeaders(held, line, wd); ok {
				held, line = old, nw
			}
			bw.WriteString(held)
			bw.WriteByte('\n')
			held = ""
		}
		if strings.HasPrefix(line, "--- ") && strings.HasSuffix(line, " (old)") {
			held = line
			continue
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if held != "" {
		bw.WriteString(held)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// gitHeaders turns singlechecker's header pair old, nw into git's "--- a/rel"
// and "+++ b/rel", rel the file's name relative to wd with forward slashes.
// ok is false when the lines are not a header pair of one file inside wd.
func gitHeaders(old, nw, wd string) (string, string, bool) {
	name := strings.TrimSuffix(strings.TrimPrefix(old, "--- "), " (old)")
	if nw != "+++ "+name+" (new)" || wd == "" || !filepath.IsAbs(name) {
		return "", "", false
	}
	rel, err := filepath.Rel(wd, name)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", "", false
	}
	rel = filepath.ToSlash(rel)
	return "--- a/" + rel, "+++ b/" + rel, true
}
