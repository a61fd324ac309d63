package sarif

import (
	"bytes"
	"os"
	"unicode/utf8"
)

// CodePointColumn converts the 1-based byte column col of a position on
// line to the 1-based code point column SARIF's ColumnKind says. A column
// past the line's end (the column after its last byte, or a line the caller
// does not have in full) keeps the bytes beyond the line as they are.
func CodePointColumn(line string, col int) int {
	if col <= 1 {
		return col
	}
	n := min(col-1, len(line))
	return utf8.RuneCountInString(line[:n]) + (col - 1 - n) + 1
}

// sources converts go/token's byte positions to code points, reading each
// file once.
type sources struct {
	files map[string]*source
}

type source struct {
	data  []byte
	lines []int // offset of each line's first byte
	err   error
}

func (s *sources) get(filename string) *source {
	if f, ok := s.files[filename]; ok {
		return f
	}
	if s.files == nil {
		s.files = map[string]*source{}
	}
	f := &source{}
	f.data, f.err = os.ReadFile(filename)
	if f.err == nil {
		f.lines = append(f.lines, 0)
		for i := 0; ; {
			j := bytes.IndexByte(f.data[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			f.lines = append(f.lines, i)
		}
	}
	s.files[filename] = f
	return f
}

// column converts the byte column col of line (both 1-based) in filename.
// Without the file (or the line), the byte column is the best there is.
func (s *sources) column(filename string, line, col int) int {
	f := s.get(filename)
	if f.err != nil || line < 1 || line > len(f.lines) {
		return col
	}
	end := len(f.data)
	if line < len(f.lines) {
		end = f.lines[line]
	}
	return CodePointColumn(string(f.data[f.lines[line-1]:end]), col)
}

// offset converts the byte offset off in filename to a code point offset,
// and reports whether it could.
func (s *sources) offset(filename string, off int) (int, bool) {
	f := s.get(filename)
	if f.err != nil || off < 0 || off > len(f.data) {
		return 0, false
	}
	return utf8.RuneCount(f.data[:off]), true
}
