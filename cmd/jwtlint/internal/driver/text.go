package driver

import (
	"bytes"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ShortPath returns filename as go vet prints it: relative to the directory
// wd when that is shorter ("./main.go" in wd itself, "pkg/x.go",
// "../other/y.go"), as given otherwise (and when wd or filename is not
// absolute).
func ShortPath(wd, filename string) string {
	if wd == "" || !filepath.IsAbs(filename) || !filepath.IsAbs(wd) {
		return filename
	}
	dir, base := filepath.Split(filename)
	rel, err := filepath.Rel(wd, filepath.Clean(dir))
	if err != nil {
		return filename
	}
	short := filepath.Join(rel, base)
	if rel == "." {
		short = "." + string(filepath.Separator) + base
	}
	if len(short) < len(filename) {
		return short
	}
	return filename
}

// TextPrinter writes diagnostics in the analysis drivers' plain text form,
// "file:line:col: message" and each related position below it with its
// message after a tab, with file paths relative to the working directory as
// go vet and golangci-lint print them. The standalone driver prints its
// diagnostics, and its load errors' positions (ShortPath), through it.
type TextPrinter struct {
	// WD is the directory paths are printed relative to (ShortPath); ""
	// prints them as they are.
	WD string
	// Context is how many lines of source to print around each position
	// (the driver's -c flag); negative prints none.
	Context int
}

// Position formats posn with its path relative to p.WD.
func (p TextPrinter) Position(posn token.Position) string {
	posn.Filename = ShortPath(p.WD, posn.Filename)
	return posn.String()
}

// Print writes d, whose positions are in fset, to w.
func (p TextPrinter) Print(w io.Writer, fset *token.FileSet, d analysis.Diagnostic) error {
	var b bytes.Buffer
	p.print(&b, fset, d.Pos, d.End, d.Message)
	for _, r := range d.Related {
		p.print(&b, fset, r.Pos, r.End, "\t"+r.Message)
	}
	_, err := w.Write(b.Bytes())
	return err
}

func (p TextPrinter) print(b *bytes.Buffer, fset *token.FileSet, pos, end token.Pos, msg string) {
	posn := fset.Position(pos)
	fmt.Fprintf(b, "%s: %s\n", p.Position(posn), msg)
	if p.Context < 0 {
		return
	}
	last := posn.Line
	if e := fset.Position(end); e.IsValid() && e.Filename == posn.Filename && e.Line > last {
		last = e.Line
	}
	data, err := os.ReadFile(posn.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := max(posn.Line-p.Context, 1); i <= min(last+p.Context, len(lines)); i++ {
		fmt.Fprintf(b, "%d\t%s\n", i, lines[i-1])
	}
}
