package analyzer_test

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestEnvFix: the hardcoded-key fix's environment variable names (specific
// names kept, generic fields qualified by their literal's variable or type)
// and its imports, against envfix's golden files.
func TestEnvFix(t *testing.T) {
	a := analyzer.New(analyzer.Config{Enable: []string{"hardcoded-key"}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "envfix")
}

// TestFixesFormatted applies every suggested fix alone and as written,
// without the formatting that analysistest and jwtlint -fix add, and
// requires gofmt to leave the result unchanged: a fix whose text is only
// right once formatted shows up unformatted in gopls, golangci-lint --fix
// and any driver that does not reformat.
func TestFixesFormatted(t *testing.T) {
	var results []*analysistest.Result
	for pkg, rules := range map[string][]string{
		"envfix":        {"hardcoded-key"},
		"failclosedfix": {"hardcoded-key"},
		"keyfixes":      {"hardcoded-key", "weak-random-key", "short-key"},
		"missingalg":    {"missing-alg-check"},
	} {
		a := analyzer.New(analyzer.Config{Enable: rules})
		results = append(results, analysistest.Run(t, analysistest.TestData(), a, pkg)...)
	}
	fixes := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				fixes++
				for name, out := range applyRaw(t, r.Pass, fix) {
					got, err := format.Source(out)
					if err != nil {
						t.Errorf("%s: fix %q does not parse: %v\n%s", name, fix.Message, err, out)
						continue
					}
					if !bytes.Equal(got, out) {
						t.Errorf("%s: fix %q is not gofmt-clean:\n%s", name, fix.Message, firstDifference(out, got))
					}
				}
			}
		}
	}
	if fixes < 15 {
		t.Errorf("checked %d fixes; the fixtures offer at least 15", fixes)
	}
}

// applyRaw applies fix's edits to the files they touch and returns each
// file's new content, unformatted.
func applyRaw(t *testing.T, pass *analysis.Pass, fix analysis.SuggestedFix) map[string][]byte {
	t.Helper()
	type edit struct {
		start, end int
		text       []byte
	}
	byFile := map[string][]edit{}
	for _, e := range fix.TextEdits {
		tf := pass.Fset.File(e.Pos)
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		byFile[tf.Name()] = append(byFile[tf.Name()], edit{tf.Offset(e.Pos), tf.Offset(end), e.NewText})
	}
	out := map[string][]byte{}
	for name, edits := range byFile {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
		var b bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.start < last {
				t.Fatalf("%s: fix %q has overlapping edits", name, fix.Message)
			}
			b.Write(src[last:e.start])
			b.Write(e.text)
			last = e.end
		}
		b.Write(src[last:])
		out[name] = b.Bytes()
	}
	return out
}

// firstDifference shows the lines around the first line where a and b
// differ.
func firstDifference(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	lo := max(i-2, 0)
	return fmt.Sprintf("line %d as applied:\n%s\nformatted:\n%s", i+1,
		strings.Join(al[lo:min(i+4, len(al))], "\n"), strings.Join(bl[lo:min(i+4, len(bl))], "\n"))
}
