package scan

import (
	"sort"
	"strings"
	"testing"
)

// scanTree writes files into a new repository, commits them, scans its
// files and returns "rule file:line" of each finding, sorted.
func scanTree(t *testing.T, files map[string]string) []string {
	t.Helper()
	r := newRepo(t)
	r.write(files)
	r.commit("configuration")
	_, out, _ := scan(t, "--format", "json", r.dir)
	return summary(decode(t, out))
}

// expectFindings checks that the scan of files finds exactly want ("rule
// file:line"), in any order.
func expectFindings(t *testing.T, files map[string]string, want ...string) {
	t.Helper()
	got := scanTree(t, files)
	if strings.Join(got, "\n") != strings.Join(sortedCopy(want), "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(sortedCopy(want), "\n"))
	}
}

func sortedCopy(s []string) []string {
	c := append([]string{}, s...)
	sort.Strings(c)
	return c
}

// Instruction-like values are weak whatever their length (issue 12 item 7).
func TestInstructionValues(t *testing.T) {
	expectFindings(t, map[string]string{
		".env":         "JWT_SECRET=your-super-secret-jwt-key-change-in-production\n",
		"config.yaml":  "jwt:\n  secret: replace-with-a-long-random-string\n",
		"strong.env":   "JWT_SECRET=" + derived("strong instruction", 32) + "\n",
		"passages.env": "# not a secret name\nWELCOME=replace-with-a-long-random-string\n",
	}, "weak-secret .env:1", "weak-secret config.yaml:2", "committed-secret strong.env:1")
}
