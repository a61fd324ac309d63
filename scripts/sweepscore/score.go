package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// finding is one distinct finding of one tool in one repository.
type finding struct {
	Repo    string
	Loc     string // path:line (analyzer, scan) or path:NAME (scan --git)
	Rule    string // "git:" prefix for scan --git
	Message string
}

func (f finding) key() string { return f.Repo + "\t" + f.Loc + "\t" + f.Rule }

// tool names the tool a rule ID belongs to.
func tool(rule string) string {
	switch {
	case strings.HasPrefix(rule, "git:"):
		return "scan --git"
	case rule == "weak-secret" || rule == "short-secret" || rule == "committed-secret" || rule == "cracked-token":
		return "scan"
	}
	return "analyzer"
}

// isTestPath reports whether a location is in test code by its path.
func isTestPath(loc string) bool {
	path, _, _ := strings.Cut(loc, ":")
	return strings.HasSuffix(path, "_test.go") || strings.Contains("/"+path, "/testdata/") ||
		strings.Contains("/"+path, "/test/") || strings.Contains("/"+path, "/tests/")
}

// loadFindings reads the saved outputs of one repository.
func loadFindings(o options, r repo) ([]finding, error) {
	out := filepath.Join(o.out, r.dir())
	tree := filepath.Join(o.ext, r.dir())
	seen := map[string]bool{}
	var fs []finding
	add := func(f finding) {
		if !seen[f.key()] {
			seen[f.key()] = true
			fs = append(fs, f)
		}
	}
	jsons, _ := filepath.Glob(filepath.Join(out, "analyzer-*.json"))
	for _, p := range jsons {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		ds, err := parseAnalyzerJSON(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, d := range ds {
			file, line, ok := splitPosn(d.Posn)
			if !ok {
				continue
			}
			rel, err := filepath.Rel(tree, file)
			if err != nil || strings.HasPrefix(rel, "..") {
				rel = file
			}
			add(finding{Repo: r.Name, Loc: filepath.ToSlash(rel) + ":" + line, Rule: d.Category, Message: d.Message})
		}
	}
	for _, name := range []string{"scan.json", "git.json"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if os.IsNotExist(err) || len(b) == 0 {
			continue
		}
		if err != nil {
			return nil, err
		}
		var ss []scanFinding
		if err := json.Unmarshal(b, &ss); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range ss {
			f := finding{Repo: r.Name, Rule: s.RuleID, Message: s.Detail}
			if name == "git.json" {
				f.Rule = "git:" + s.RuleID
				id := s.Name
				if id == "" {
					id = strconv.Itoa(s.StartLine)
				}
				f.Loc = s.File + ":" + id
			} else {
				f.Loc = s.File + ":" + strconv.Itoa(s.StartLine)
			}
			add(f)
		}
	}
	return fs, nil
}

// diagnostic is one analyzer diagnostic of jwtlint -json.
type diagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

// scanFinding is the part of a jwtlint scan JSON finding the score uses.
type scanFinding struct {
	RuleID    string
	File      string
	StartLine int
	Name      string
	Detail    string
}

// parseAnalyzerJSON reads the output of jwtlint -json: package, then
// analyzer, then a list of diagnostics (or an error object). Several JSON
// values may follow each other (one per package run).
func parseAnalyzerJSON(b []byte) ([]diagnostic, error) {
	var ds []diagnostic
	dec := json.NewDecoder(strings.NewReader(string(b)))
	for dec.More() {
		var v map[string]map[string]json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return ds, err
		}
		for _, byAnalyzer := range v {
			for _, raw := range byAnalyzer {
				var list []diagnostic
				if json.Unmarshal(raw, &list) == nil {
					ds = append(ds, list...)
				}
			}
		}
	}
	return ds, nil
}

// splitPosn splits "file:line:col" into file and line.
func splitPosn(posn string) (file, line string, ok bool) {
	i := strings.LastIndex(posn, ":")
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndex(posn[:i], ":")
	if j < 0 {
		return posn[:i], posn[i+1:], true
	}
	return posn[:j], posn[j+1 : i], true
}

// tally counts the outcomes of one rule.
type tally struct{ TP, FP, FN, Unjudged int }

func (t tally) precision() string { return ratio(t.TP, t.TP+t.FP) }
func (t tally) recall() string    { return ratio(t.TP, t.TP+t.FN) }

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// result is the score of the sweep.
type result struct {
	Repos    int
	ByRule   map[string]*tally
	Unjudged []finding
	Missed   []verdict // real problems not reported
}

// scoreFindings joins findings with verdicts. A verdict says whether a
// location is a real problem of its rule (TP or FN as judged: real; FP: not
// real), so the score does not depend on which run it was judged on: a real
// problem found is a true positive, one not found a miss, a finding judged
// FP a false positive. Test code is left out.
func scoreFindings(fs []finding, vs []verdict, repos map[string]bool) result {
	res := result{Repos: len(repos), ByRule: map[string]*tally{}}
	get := func(rule string) *tally {
		if res.ByRule[rule] == nil {
			res.ByRule[rule] = &tally{}
		}
		return res.ByRule[rule]
	}
	judged := map[string]verdict{}
	for _, v := range vs {
		if repos[v.Repo] {
			judged[v.Repo+"\t"+v.Loc+"\t"+v.Rule] = v
		}
	}
	found := map[string]bool{}
	for _, f := range fs {
		found[f.key()] = true
		v, ok := judged[f.key()]
		switch {
		case !ok:
			if !isTestPath(f.Loc) {
				get(f.Rule).Unjudged++
				res.Unjudged = append(res.Unjudged, f)
			}
		case v.Test:
		case v.Verdict == "FP":
			get(f.Rule).FP++
		default:
			get(f.Rule).TP++
		}
	}
	for k, v := range judged {
		if v.Test || v.Verdict == "FP" || found[k] {
			continue
		}
		get(v.Rule).FN++
		res.Missed = append(res.Missed, v)
	}
	sort.Slice(res.Missed, func(i, j int) bool {
		a, b := res.Missed[i], res.Missed[j]
		return a.Repo+a.Loc+a.Rule < b.Repo+b.Loc+b.Rule
	})
	return res
}

func score(o options, w io.Writer) error {
	repos, err := readRepos(o.repos)
	if err != nil {
		return err
	}
	vs, err := readVerdicts(o.verdicts)
	if err != nil {
		return err
	}
	ran := map[string]bool{}
	scanOnly := map[string]bool{} // run with -noanalyzer: its analyzer rows are not scored
	var fs []finding
	for _, r := range repos {
		if _, err := os.Stat(filepath.Join(o.out, r.dir(), "done")); err != nil {
			if _, err := os.Stat(filepath.Join(o.out, r.dir(), "scanned")); err != nil {
				continue
			}
			scanOnly[r.Name] = true
		}
		ran[r.Name] = true
		rf, err := loadFindings(o, r)
		if err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
		fs = append(fs, rf...)
	}
	vs = slices.DeleteFunc(vs, func(v verdict) bool { return scanOnly[v.Repo] && tool(v.Rule) == "analyzer" })
	if o.byRepo {
		printByRepo(w, repos, fs, vs, ran)
		return nil
	}
	res := scoreFindings(fs, vs, ran)
	printScore(w, res, o.markdown)
	return nil
}

// printByRepo prints, for each repository run, the TP / FP / FN of each tool
// outside test code.
func printByRepo(w io.Writer, repos []repo, fs []finding, vs []verdict, ran map[string]bool) {
	fmt.Fprintln(w, "| repository | commit | analyzer TP / FP / FN | scan TP / FP / FN | scan --git TP / FP / FN |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, r := range repos {
		if !ran[r.Name] {
			continue
		}
		var rf []finding
		for _, f := range fs {
			if f.Repo == r.Name {
				rf = append(rf, f)
			}
		}
		res := scoreFindings(rf, vs, map[string]bool{r.Name: true})
		byTool := map[string]*tally{}
		for rule, t := range res.ByRule {
			tl := tool(rule)
			if byTool[tl] == nil {
				byTool[tl] = &tally{}
			}
			byTool[tl].TP += t.TP
			byTool[tl].FP += t.FP
			byTool[tl].FN += t.FN
		}
		cell := func(tl string) string {
			t := byTool[tl]
			if t == nil {
				t = &tally{}
			}
			return fmt.Sprintf("%d / %d / %d", t.TP, t.FP, t.FN)
		}
		commit := r.Commit
		if len(commit) > 8 {
			commit = commit[:8]
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", r.Name, commit, cell("analyzer"), cell("scan"), cell("scan --git"))
	}
}

func printScore(w io.Writer, res result, md bool) {
	rules := make([]string, 0, len(res.ByRule))
	for r := range res.ByRule {
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool {
		ti, tj := tool(rules[i]), tool(rules[j])
		if ti != tj {
			return ti < tj
		}
		return rules[i] < rules[j]
	})
	fmt.Fprintf(w, "%d repositories with outputs; outside test code\n\n", res.Repos)
	if md {
		fmt.Fprintln(w, "| tool | rule | TP | FP | FN | precision | recall | unjudged |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	} else {
		fmt.Fprintf(w, "%-11s %-20s %4s %4s %4s %9s %9s %8s\n", "tool", "rule", "TP", "FP", "FN", "precision", "recall", "unjudged")
	}
	totals := map[string]*tally{}
	row := func(tl, rule string, t tally) {
		if md {
			fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %s | %s | %d |\n", tl, rule, t.TP, t.FP, t.FN, t.precision(), t.recall(), t.Unjudged)
		} else {
			fmt.Fprintf(w, "%-11s %-20s %4d %4d %4d %9s %9s %8d\n", tl, rule, t.TP, t.FP, t.FN, t.precision(), t.recall(), t.Unjudged)
		}
	}
	var tools []string
	for _, r := range rules {
		t := *res.ByRule[r]
		tl := tool(r)
		if totals[tl] == nil {
			totals[tl] = &tally{}
			tools = append(tools, tl)
		}
		tt := totals[tl]
		tt.TP += t.TP
		tt.FP += t.FP
		tt.FN += t.FN
		tt.Unjudged += t.Unjudged
		row(tl, strings.TrimPrefix(r, "git:"), t)
	}
	for _, tl := range tools {
		row(tl, "all", *totals[tl])
	}
	if len(res.Missed) > 0 {
		fmt.Fprintf(w, "\nreal problems not reported (%d):\n", len(res.Missed))
		for _, v := range res.Missed {
			fmt.Fprintf(w, "  %s %s %s  %s\n", v.Repo, v.Loc, v.Rule, v.Note)
		}
	}
	if len(res.Unjudged) > 0 {
		fmt.Fprintf(w, "\nunjudged findings outside test code (%d):\n", len(res.Unjudged))
		for _, f := range res.Unjudged {
			fmt.Fprintf(w, "  %s\t%s\t%s\t%s\n", f.Repo, f.Loc, f.Rule, f.Message)
		}
	}
}
