package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// repo is one row of repos.tsv.
type repo struct {
	Name   string // owner/name
	Commit string
	Why    string
}

// dir is the repository's directory name under -ext and -out.
func (r repo) dir() string { return strings.ReplaceAll(r.Name, "/", "+") }

// verdict is one row of verdicts.tsv.
type verdict struct {
	Repo    string
	Commit  string
	Loc     string // path:line, or path:NAME for scan --git findings
	Rule    string // analyzer or scanner rule ID; "git:" prefix for scan --git
	Verdict string // TP, FP or FN
	Test    bool
	Note    string
}

// readTSV reads the rows of a tab-separated file, skipping blank lines,
// comments (#) and a header line whose first field is the given header.
func readTSV(path, header string, minFields int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if fields[0] == header {
			continue
		}
		if len(fields) < minFields {
			return nil, fmt.Errorf("%s:%d: %d fields, want at least %d", path, n, len(fields), minFields)
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return rows, nil
}

func readRepos(path string) ([]repo, error) {
	rows, err := readTSV(path, "repo", 2)
	if err != nil {
		return nil, err
	}
	var rs []repo
	for _, f := range rows {
		r := repo{Name: f[0], Commit: f[1]}
		if len(f) > 2 {
			r.Why = f[2]
		}
		rs = append(rs, r)
	}
	return rs, nil
}

func readVerdicts(path string) ([]verdict, error) {
	rows, err := readTSV(path, "repo", 6)
	if err != nil {
		return nil, err
	}
	var vs []verdict
	for i, f := range rows {
		v := verdict{Repo: f[0], Commit: f[1], Loc: f[2], Rule: f[3], Verdict: f[4], Test: f[5] == "yes"}
		if len(f) > 6 {
			v.Note = f[6]
		}
		switch v.Verdict {
		case "TP", "FP", "FN":
		default:
			return nil, fmt.Errorf("%s: row %d: verdict %q, want TP, FP or FN", path, i+1, v.Verdict)
		}
		vs = append(vs, v)
	}
	return vs, nil
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
