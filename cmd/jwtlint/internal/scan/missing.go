package scan

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/lazyre"
)

// A history scan runs `git log -p`, which stops at the first blob the
// repository lacks ("unable to read SHA"): a damaged clone, or a copy whose
// largest files were left out (binaries, images, vendored bundles). One
// missing picture would then void the scan of every configuration file of
// the history. scanGit finds the paths of the missing blobs, scans the
// history again without those paths, and says which ones it skipped.

// unableToRead is git's message for a blob missing from the repository.
var unableToRead = lazyre.New(`^unable to read ([0-9a-f]{40}|[0-9a-f]{64})$`)

// maxMissingPaths bounds the paths a history scan skips: more than that is
// a repository that lacks most of its blobs (a blobless partial clone used
// offline), which is better repaired than scanned in part.
const maxMissingPaths = 100

// missingPaths returns, sorted, the paths of the files whose blobs the
// repository at root lacks in the commits that logOpts choose (git log's
// arguments, as for the history scan), or an error when git fails. It reads
// git log's raw diffs, which name every blob a patch would read without
// reading any, then asks cat-file which of those blobs are missing.
func missingPaths(ctx context.Context, root string, logOpts []string) ([]string, error) {
	args := append([]string{"log", "-z", "--no-renames", "--raw", "--no-abbrev", "--format=", "--no-textconv", "--no-ext-diff"}, logOpts...)
	out, err := gitOutput(ctx, root, args...)
	if err != nil {
		return nil, err
	}
	paths := map[string][]string{} // blob name -> paths
	var order []string
	fields := bytes.Split(out, []byte{0})
	for i := 0; i < len(fields); i++ {
		meta := string(fields[i])
		if !strings.HasPrefix(meta, ":") || i+1 >= len(fields) {
			continue
		}
		i++
		path := string(fields[i])
		// ":OLDMODE NEWMODE OLDSHA NEWSHA STATUS"
		f := strings.Fields(meta[1:])
		if len(f) < 5 {
			continue
		}
		for k, sha := range f[2:4] {
			if strings.Trim(sha, "0") == "" || f[k] == "160000" { // none, or a submodule's commit
				continue
			}
			if _, ok := paths[sha]; !ok {
				order = append(order, sha)
			}
			if !slices.Contains(paths[sha], path) {
				paths[sha] = append(paths[sha], path)
			}
		}
	}
	missing, err := missingObjects(ctx, root, order)
	if err != nil {
		return nil, err
	}
	var list []string
	for _, sha := range missing {
		for _, p := range paths[sha] {
			if !slices.Contains(list, p) {
				list = append(list, p)
			}
		}
	}
	slices.Sort(list)
	return list, nil
}

// missingObjects returns the names among names that the repository at root
// does not have, asking one `git cat-file --batch-check`.
func missingObjects(ctx context.Context, root string, names []string) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	cmd := exec.CommandContext(ctx, "git", "-C", root, "cat-file", "--batch-check=%(objectname)")
	cmd.Stdin = strings.NewReader(strings.Join(names, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git cat-file --batch-check: %w", err)
	}
	var missing []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if name, ok := strings.CutSuffix(sc.Text(), " missing"); ok {
			missing = append(missing, name)
		}
	}
	return missing, sc.Err()
}

// withoutPaths returns git log arguments choosing what logOpts choose but
// for the files at paths.
func withoutPaths(logOpts, paths []string) []string {
	args := slices.Clone(logOpts)
	if !slices.Contains(args, "--") {
		args = append(args, "--")
	}
	for _, p := range paths {
		args = append(args, ":(exclude,literal)"+p)
	}
	return args
}

// missingNote says which paths a history scan skipped and why.
func missingNote(path string, skipped []string) string {
	const show = 5
	list := strings.Join(skipped[:min(len(skipped), show)], ", ")
	if len(skipped) > show {
		list += fmt.Sprintf(" and %d more", len(skipped)-show)
	}
	return fmt.Sprintf("note: %s lacks blobs of %d file(s) in its history (a damaged clone, or one made without its largest files): they were skipped in every commit: %s (git fsck lists what is missing)", path, len(skipped), list)
}
