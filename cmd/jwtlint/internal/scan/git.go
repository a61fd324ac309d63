package scan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// gitOutput runs git in dir and returns its standard output; an error
// carries git's first line of standard error.
func gitOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if msg == "" {
			msg = err.Error()
		}
		return out, errors.New(strings.TrimPrefix(msg, "fatal: "))
	}
	return out, nil
}

// trackedFiles returns the files of the git work tree at dir that are in
// the index (tracked), relative to dir with forward slashes, or nil when dir
// is not in a work tree.
func trackedFiles(ctx context.Context, dir string) map[string]bool {
	out, err := gitOutput(ctx, dir, "ls-files", "-z", "--recurse-submodules")
	if err != nil {
		return nil
	}
	m := map[string]bool{}
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			m[p] = true
		}
	}
	return m
}

// catFile reads blobs through one long-running `git cat-file --batch`.
type catFile struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startCatFile(ctx context.Context, repo string) (*catFile, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", repo, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}, nil
}

// blob returns the content of object (such as "commit:path" or ":path" for
// the index) if it is a blob of at most maxSize bytes.
func (c *catFile) blob(object string, maxSize int64) ([]byte, bool) {
	if strings.ContainsAny(object, "\n\r") {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.in, object+"\n"); err != nil {
		return nil, false
	}
	hdr, err := c.out.ReadString('\n')
	if err != nil {
		return nil, false
	}
	f := strings.Fields(hdr)
	if len(f) != 3 {
		return nil, false // "<object> missing" or "ambiguous"
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return nil, false
	}
	if f[1] != "blob" || size > maxSize {
		c.out.Discard(int(size) + 1)
		return nil, false
	}
	b := make([]byte, size+1)
	if _, err := io.ReadFull(c.out, b); err != nil {
		return nil, false
	}
	return b[:size], true
}

func (c *catFile) close() {
	c.in.Close()
	c.cmd.Wait()
}
