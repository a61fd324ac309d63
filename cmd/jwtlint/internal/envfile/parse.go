package envfile

import (
	"bytes"
	"strings"
)

// Quote is the quoting style of a value in a .env file.
type Quote byte

// The quoting styles a .env value can have.
const (
	Unquoted Quote = 0    // KEY=value
	Single   Quote = '\'' // KEY='value'
	Double   Quote = '"'  // KEY="value"
	Backtick Quote = '`'  // KEY=`value`
)

// An Entry is one variable assignment in a .env file.
//
// The byte offsets index the data given to Parse; an assignment whose quoted
// value spans several lines covers all of them.
type Entry struct {
	Name   string // variable name, e.g. "JWT_SECRET"
	Value  string // value with quotes removed and, in double quotes, \n \r \t \" \\ unescaped
	Raw    string // value exactly as written, quotes included
	Quote  Quote  // quoting style of the value
	Export bool   // the line starts with "export "
	Line   int    // 1-based line on which the assignment starts
	// Column is the 1-based byte column of the value on Line, after its
	// opening quote if any; a byte order mark counts on the first line.
	Column int

	start      int // offset of the first byte of the line (after a byte order mark)
	nameStart  int // offset of the name
	nameEnd    int // offset after the name
	valueStart int // offset of the value (its opening quote, if any)
	valueEnd   int // offset after the value (after its closing quote, if any)
	end        int // offset after the line ending of the entry's last line, or len(data)
}

// A malformed line starts like an assignment of name but cannot be read as one
// (an opening quote without a closing one). Set refuses to guess what the
// user meant when the variable it must change is malformed.
type malformed struct {
	name string
	line int
}

// parsed is the result of reading a .env file.
type parsed struct {
	entries   []Entry
	malformed []malformed
}

// Parse reads the assignments of a .env file in the dialect that dotenv
// loaders (Node's dotenv, Ruby's dotenv, python-dotenv, docker compose) share:
//
//	# comment
//	KEY=value            # unquoted; " #" starts a comment; surrounding blanks are dropped
//	export KEY=value     # the shell's export prefix is allowed
//	KEY = value          # blanks around "=" are allowed
//	KEY='literal value'
//	KEY="value with \n escapes, possibly
//	spanning lines"
//	KEY=`backticks`
//
// Lines of any other shape (comments, blank lines, YAML-style "KEY: value",
// unterminated quotes) are not entries. Parse never fails: it reports what it
// understands and Set keeps everything else byte for byte. Lines end with
// "\n" or "\r\n"; a UTF-8 byte order mark at the start of the file is ignored.
func Parse(data []byte) []Entry {
	return parse(data).entries
}

func parse(data []byte) parsed {
	var p parsed
	line := 1
	pos := 0
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		pos = 3
	}
	for pos < len(data) {
		e, ok, bad := parseAssignment(data, pos, line)
		var next int
		if ok {
			next = e.end
			p.entries = append(p.entries, e)
		} else {
			next = endOfLine(data, pos)
			if bad != "" {
				p.malformed = append(p.malformed, malformed{name: bad, line: line})
			}
		}
		line += bytes.Count(data[pos:next], []byte("\n"))
		pos = next
	}
	return p
}

// endOfLine returns the offset after the line ending of the line containing
// pos, or len(data).
func endOfLine(data []byte, pos int) int {
	if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
		return pos + i + 1
	}
	return len(data)
}

// lineContentEnd returns the offset of the line ending ("\n" or "\r\n") of the
// line containing pos, or len(data).
func lineContentEnd(data []byte, pos int) int {
	end := endOfLine(data, pos)
	if end > pos && data[end-1] == '\n' {
		end--
		if end > pos && data[end-1] == '\r' {
			end--
		}
	}
	return end
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// parseAssignment reads the assignment on the line that starts at pos (after
// the byte order mark on the first line). It returns the entry
// and true, or false and, if the line names a variable but its value is
// unterminated, that variable's name.
func parseAssignment(data []byte, pos, line int) (e Entry, ok bool, malformedName string) {
	eol := lineContentEnd(data, pos)
	i := pos
	for i < eol && isBlank(data[i]) {
		i++
	}
	if rest := data[i:eol]; bytes.HasPrefix(rest, []byte("export")) && len(rest) > 6 && isBlank(rest[6]) {
		e.Export = true
		i += 6
		for i < eol && isBlank(data[i]) {
			i++
		}
	}
	e.nameStart = i
	for i < eol && isNameByte(data[i]) {
		i++
	}
	e.nameEnd = i
	if e.nameEnd == e.nameStart {
		return Entry{}, false, ""
	}
	for i < eol && isBlank(data[i]) {
		i++
	}
	if i == eol || data[i] != '=' {
		return Entry{}, false, ""
	}
	i++
	for i < eol && isBlank(data[i]) {
		i++
	}
	e.Name = string(data[e.nameStart:e.nameEnd])
	e.Line = line
	e.start = pos
	e.valueStart = i
	e.Column = i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1
	if i < eol {
		switch q := data[i]; q {
		case '\'', '"', '`':
			c := closingQuote(data, i+1, q)
			if c < 0 {
				return Entry{}, false, e.Name
			}
			e.Quote = Quote(q)
			e.Column++
			e.valueEnd = c + 1
			e.end = endOfLine(data, c)
			e.Raw = string(data[e.valueStart:e.valueEnd])
			e.Value = unquote(e.Raw[1:len(e.Raw)-1], e.Quote)
			return e, true, ""
		}
	}
	// Unquoted: the value runs to a "#" that starts it or follows a blank, or
	// to the end of the line, without trailing blanks (a lone "\r" counts as
	// blank).
	j := i
	for j < eol && !(data[j] == '#' && (j == i || isBlank(data[j-1]))) {
		j++
	}
	for j > i && (isBlank(data[j-1]) || data[j-1] == '\r') {
		j--
	}
	e.valueEnd = j
	e.end = endOfLine(data, pos)
	e.Raw = string(data[e.valueStart:e.valueEnd])
	e.Value = e.Raw
	return e, true, ""
}

// closingQuote returns the offset of the quote q that closes a value whose
// content starts at from, or -1. A backslash escapes the next byte, as in the
// dotenv loaders' patterns; the value may span lines.
func closingQuote(data []byte, from int, q byte) int {
	for i := from; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return -1
}

// unquote decodes the content of a quoted value. Only double-quoted values
// have escapes; the other styles are literal.
func unquote(s string, q Quote) string {
	if q != Double || !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '"', '\\', '$', '`':
			b.WriteByte(s[i])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
