package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// checkFixes puts each suggested fix of d in the form the printers expect
// (as go/analysis/checker does when a diagnostic is reported): its edits
// sorted by position (stably: insertions at one point keep their order),
// each with an end, and reports a fix that is malformed: two fixes with one
// message, an edit outside its file, reversed or overlapping edits.
func checkFixes(fset *token.FileSet, d *analysis.Diagnostic) error {
	messages := map[string]bool{}
	for i := range d.SuggestedFixes {
		fix := &d.SuggestedFixes[i]
		if messages[fix.Message] {
			return fmt.Errorf("two suggested fixes with one message (%s)", fix.Message)
		}
		messages[fix.Message] = true
		slices.SortStableFunc(fix.TextEdits, func(x, y analysis.TextEdit) int {
			return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
		})
		var prevEnd token.Pos
		for j := range fix.TextEdits {
			e := &fix.TextEdits[j]
			file := fset.File(e.Pos)
			if file == nil {
				return fmt.Errorf("fix %q: edit %d has no file", fix.Message, j)
			}
			eof := token.Pos(file.Base() + file.Size())
			switch {
			case !e.End.IsValid():
				e.End = e.Pos
			case e.End < e.Pos:
				return fmt.Errorf("fix %q: edit %d ends before it starts", fix.Message, j)
			case fset.File(e.End) != file && e.End < eof+10:
				// An end computed from the syntax just past the end of
				// the file is the end of the file.
				e.End = eof
			case fset.File(e.End) != file:
				return fmt.Errorf("fix %q: edit %d spans files", fix.Message, j)
			}
			if e.End > eof {
				return fmt.Errorf("fix %q: edit %d ends beyond the end of its file", fix.Message, j)
			}
			if j > 0 && e.Pos < prevEnd {
				return fmt.Errorf("fix %q: overlapping edits at %s", fix.Message, fset.Position(e.Pos))
			}
			prevEnd = e.End
		}
	}
	return nil
}
