package driver

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
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

// shortDiff copies a unified diff from r to w with the absolute file names
// of its "--- name (old)" and "+++ name (new)" headers made relative to wd.
func shortDiff(w io.Writer, r io.Reader, wd string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	bw := bufio.NewWriter(w)
	for sc.Scan() {
		line := sc.Text()
		for _, h := range [...]struct{ prefix, suffix string }{{"--- ", " (old)"}, {"+++ ", " (new)"}} {
			if name, ok := strings.CutPrefix(line, h.prefix); ok && strings.HasSuffix(name, h.suffix) {
				name = strings.TrimSuffix(name, h.suffix)
				line = h.prefix + ShortPath(wd, name) + h.suffix
			}
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
