package envfile

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// newValue stands for a generated secret (hex, as "jwtlint gen" prints by
// default). It is not a real secret.
const newValue = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"

// corpus holds .env shapes found in real projects; the fuzz test starts from
// them too.
var editTests = []struct {
	name   string
	in     string
	value  string // newValue when empty
	rotate bool
	want   string
	change Change
}{
	{
		name:   "empty file",
		in:     "",
		want:   "JWT_SECRET=" + newValue + "\n",
		change: Change{Added: true, Lines: []int{1}},
	},
	{
		name:   "missing variable is appended",
		in:     "# database\nDB_URL=postgres://localhost/app\n\nPORT=8080\n",
		want:   "# database\nDB_URL=postgres://localhost/app\n\nPORT=8080\nJWT_SECRET=" + newValue + "\n",
		change: Change{Added: true, Lines: []int{5}},
	},
	{
		name:   "missing variable, no final newline",
		in:     "PORT=8080",
		want:   "PORT=8080\nJWT_SECRET=" + newValue,
		change: Change{Added: true, Lines: []int{2}},
	},
	{
		name:   "missing variable, CRLF",
		in:     "PORT=8080\r\n# x\r\n",
		want:   "PORT=8080\r\n# x\r\nJWT_SECRET=" + newValue + "\r\n",
		change: Change{Added: true, Lines: []int{3}},
	},
	{
		name:   "missing variable follows the style of the last assignment",
		in:     "export A=\"1\"\nexport B = \"2\"\n",
		want:   "export A=\"1\"\nexport B = \"2\"\nexport JWT_SECRET = \"" + newValue + "\"\n",
		change: Change{Added: true, Lines: []int{3}},
	},
	{
		name:   "unquoted with inline comment",
		in:     "# auth\nJWT_SECRET=secret   # TODO change\nPORT=1\n",
		want:   "# auth\nJWT_SECRET=" + newValue + "   # TODO change\nPORT=1\n",
		change: Change{Lines: []int{2}},
	},
	{
		name:   "export and double quotes",
		in:     "export JWT_SECRET=\"your-256-bit-secret\"\n",
		want:   "export JWT_SECRET=\"" + newValue + "\"\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "single quotes and blanks around =",
		in:     "A=1\n  JWT_SECRET = 'changeme' # old\nB=2\n",
		want:   "A=1\n  JWT_SECRET = '" + newValue + "' # old\nB=2\n",
		change: Change{Lines: []int{2}},
	},
	{
		name:   "backticks",
		in:     "JWT_SECRET=`secret`\n",
		want:   "JWT_SECRET=`" + newValue + "`\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "CRLF kept",
		in:     "A=1\r\nJWT_SECRET=secret\r\n\r\nB=2",
		want:   "A=1\r\nJWT_SECRET=" + newValue + "\r\n\r\nB=2",
		change: Change{Lines: []int{2}},
	},
	{
		name:   "last line without newline",
		in:     "A=1\nJWT_SECRET=secret",
		want:   "A=1\nJWT_SECRET=" + newValue,
		change: Change{Lines: []int{2}},
	},
	{
		name:   "empty value",
		in:     "JWT_SECRET=\nB=2\n",
		want:   "JWT_SECRET=" + newValue + "\nB=2\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "empty value before a comment",
		in:     "JWT_SECRET= # set me\nX=#c\n",
		want:   "JWT_SECRET= " + newValue + " # set me\nX=#c\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "empty value glued to a comment",
		in:     "JWT_SECRET=#set me\n",
		want:   "JWT_SECRET=" + newValue + " #set me\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "duplicates: every assignment is set",
		in:     "JWT_SECRET=dev\nA=1\nJWT_SECRET=prod\n",
		want:   "JWT_SECRET=" + newValue + "\nA=1\nJWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{1, 3}},
	},
	{
		name:   "multiline value of another variable is kept",
		in:     "PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\nMIIE\\\"vQ\nJWT_SECRET=not-a-line\n-----END PRIVATE KEY-----\"\nJWT_SECRET=secret\n",
		want:   "PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\nMIIE\\\"vQ\nJWT_SECRET=not-a-line\n-----END PRIVATE KEY-----\"\nJWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{5}},
	},
	{
		name:   "multiline value of the variable itself",
		in:     "JWT_SECRET=\"line1\nline2\" # multi\nB=2\n",
		want:   "JWT_SECRET=\"" + newValue + "\" # multi\nB=2\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "byte order mark",
		in:     "\uFEFFJWT_SECRET=secret\n",
		want:   "\uFEFFJWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "similar names are left alone",
		in:     "JWT_SECRET_KEY=a\nMY_JWT_SECRET=b\nJWT_SECRETS=c\nJWT_SECRET: d\n",
		want:   "JWT_SECRET_KEY=a\nMY_JWT_SECRET=b\nJWT_SECRETS=c\nJWT_SECRET: d\nJWT_SECRET=" + newValue + "\n",
		change: Change{Added: true, Lines: []int{5}},
	},
	{
		name:   "value that needs quotes in an unquoted slot",
		in:     "JWT_SECRET=old\n",
		value:  "a b$c",
		want:   "JWT_SECRET='a b$c'\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "value with a single quote in a single-quoted slot",
		in:     "JWT_SECRET='old'\n",
		value:  "it's",
		want:   "JWT_SECRET=\"it's\"\n",
		change: Change{Lines: []int{1}},
	},

	// Rotation.
	{
		name:   "rotate inserts _PREVIOUS after the variable",
		in:     "A=1\nexport JWT_SECRET = \"old\" # c\nB=2\n",
		rotate: true,
		want:   "A=1\nexport JWT_SECRET = \"" + newValue + "\" # c\nexport JWT_SECRET_PREVIOUS = \"old\"\nB=2\n",
		change: Change{Lines: []int{2}, Previous: "JWT_SECRET_PREVIOUS", PreviousLines: []int{3}},
	},
	{
		name:   "rotate on the last line without newline",
		in:     "A=1\r\nJWT_SECRET=old",
		rotate: true,
		want:   "A=1\r\nJWT_SECRET=" + newValue + "\r\nJWT_SECRET_PREVIOUS=old",
		change: Change{Lines: []int{2}, Previous: "JWT_SECRET_PREVIOUS", PreviousLines: []int{3}},
	},
	{
		name:   "rotate replaces an existing _PREVIOUS",
		in:     "JWT_SECRET_PREVIOUS='older'\nJWT_SECRET=old\n",
		rotate: true,
		want:   "JWT_SECRET_PREVIOUS=old\nJWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{2}, Previous: "JWT_SECRET_PREVIOUS", PreviousLines: []int{1}},
	},
	{
		name:   "rotate keeps a multiline value as written",
		in:     "JWT_SECRET=\"a\\nb\nc\"\n",
		rotate: true,
		want:   "JWT_SECRET=\"" + newValue + "\"\nJWT_SECRET_PREVIOUS=\"a\\nb\nc\"\n",
		change: Change{Lines: []int{1}, Previous: "JWT_SECRET_PREVIOUS", PreviousLines: []int{2}},
	},
	{
		name:   "rotate with duplicates keeps the last (effective) value",
		in:     "JWT_SECRET=dev\nJWT_SECRET=prod\n",
		rotate: true,
		want:   "JWT_SECRET=" + newValue + "\nJWT_SECRET=" + newValue + "\nJWT_SECRET_PREVIOUS=prod\n",
		change: Change{Lines: []int{1, 2}, Previous: "JWT_SECRET_PREVIOUS", PreviousLines: []int{3}},
	},
	{
		name:   "rotate of a missing variable keeps nothing",
		in:     "A=1\n",
		rotate: true,
		want:   "A=1\nJWT_SECRET=" + newValue + "\n",
		change: Change{Added: true, Lines: []int{2}},
	},
	{
		name:   "rotate of an empty value keeps nothing",
		in:     "JWT_SECRET=\n",
		rotate: true,
		want:   "JWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{1}},
	},
	{
		name:   "rotate to the same value keeps nothing",
		in:     "JWT_SECRET=" + newValue + "\n",
		rotate: true,
		want:   "JWT_SECRET=" + newValue + "\n",
		change: Change{Lines: []int{1}},
	},
}

func TestEdit(t *testing.T) {
	for _, tt := range editTests {
		t.Run(tt.name, func(t *testing.T) {
			value := tt.value
			if value == "" {
				value = newValue
			}
			got, change, err := Edit([]byte(tt.in), "JWT_SECRET", value, tt.rotate)
			if err != nil {
				t.Fatalf("Edit: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("Edit(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
			if !changeEqual(change, tt.change) {
				t.Errorf("change = %+v, want %+v", change, tt.change)
			}
			// Setting the same value again changes nothing.
			again, _, err := Edit(got, "JWT_SECRET", value, tt.rotate)
			if err != nil || !bytes.Equal(again, got) {
				t.Errorf("second Edit changed the file: %q, %v", again, err)
			}
		})
	}
}

func changeEqual(a, b Change) bool {
	return a.Added == b.Added && a.Previous == b.Previous &&
		slices.Equal(a.Lines, b.Lines) && slices.Equal(a.PreviousLines, b.PreviousLines)
}

func TestEditErrors(t *testing.T) {
	tests := []struct {
		name, in, varName, value string
		rotate                   bool
		want                     error
		line                     string // expected in the message
	}{
		{"unterminated quote", "A=1\nJWT_SECRET=\"abc\nB=2\n", "JWT_SECRET", newValue, false, ErrMalformed, "line 2"},
		{"unterminated _PREVIOUS when rotating", "JWT_SECRET=a\nJWT_SECRET_PREVIOUS='abc\n", "JWT_SECRET", newValue, true, ErrMalformed, "line 2"},
		{"newline in value", "", "JWT_SECRET", "a\nb", false, ErrUnrepresentable, ""},
		{"every quote and a backslash", "", "JWT_SECRET", `a'b"c\`, false, ErrUnrepresentable, ""},
		{"empty name", "", "", newValue, false, ErrInvalidName, ""},
		{"name with =", "", "A=B", newValue, false, ErrInvalidName, ""},
		{"name starting with a digit", "", "1A", newValue, false, ErrInvalidName, ""},
		{"rotating a previous secret", "JWT_SECRET_PREVIOUS=x1\n", "JWT_SECRET_PREVIOUS", newValue, true, ErrRotatePrevious, "JWT_SECRET_PREVIOUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Edit([]byte(tt.in), tt.varName, tt.value, tt.rotate)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Edit error = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.line) {
				t.Errorf("error %q does not mention %q", err, tt.line)
			}
			if strings.Contains(err.Error(), "abc") || strings.Contains(err.Error(), tt.value) && tt.value != "" {
				t.Errorf("error %q reveals a value", err)
			}
		})
	}
	// A malformed line of another variable does not stop the edit.
	if _, _, err := Edit([]byte("OTHER='abc\nJWT_SECRET=x\n"), "JWT_SECRET", newValue, false); err != nil {
		t.Errorf("Edit with another malformed variable: %v", err)
	}
}

func TestParse(t *testing.T) {
	in := "\uFEFF# comment\n" +
		"A=plain  # comment\n" +
		"export B = 'single # not a comment'\n" +
		"C=\"dq \\\"x\\\" \\n \\\\ \\$ \\q\"\r\n" +
		"D=`bt`\n" +
		"E=\"multi\nline\"\n" +
		"F=\n" +
		"G=a#b\n" +
		"H=#c\n" +
		"not an assignment\n" +
		"I: yaml\n" +
		"  J.K-L=v\n" +
		"M=last"
	want := []Entry{
		{Name: "A", Value: "plain", Raw: "plain", Line: 2},
		{Name: "B", Value: "single # not a comment", Raw: "'single # not a comment'", Quote: Single, Export: true, Line: 3},
		{Name: "C", Value: "dq \"x\" \n \\ $ \\q", Raw: "\"dq \\\"x\\\" \\n \\\\ \\$ \\q\"", Quote: Double, Line: 4},
		{Name: "D", Value: "bt", Raw: "`bt`", Quote: Backtick, Line: 5},
		{Name: "E", Value: "multi\nline", Raw: "\"multi\nline\"", Quote: Double, Line: 6},
		{Name: "F", Line: 8},
		{Name: "G", Value: "a#b", Raw: "a#b", Line: 9},
		{Name: "H", Line: 10},
		{Name: "J.K-L", Value: "v", Raw: "v", Line: 13},
		{Name: "M", Value: "last", Raw: "last", Line: 14},
	}
	got := Parse([]byte(in))
	if len(got) != len(want) {
		t.Fatalf("Parse found %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Name != w.Name || g.Value != w.Value || g.Raw != w.Raw || g.Quote != w.Quote || g.Export != w.Export || g.Line != w.Line {
			t.Errorf("entry %d = {%q %q %q %q %v %d}, want {%q %q %q %q %v %d}", i,
				g.Name, g.Value, g.Raw, g.Quote, g.Export, g.Line,
				w.Name, w.Value, w.Raw, w.Quote, w.Export, w.Line)
		}
	}
}

// others returns data without the lines of the assignments of the named
// variables, so that what must survive an edit byte for byte can be
// compared.
func others(data []byte, names ...string) []byte {
	var out []byte
	last := 0
	for _, e := range Parse(data) {
		if slices.Contains(names, e.Name) {
			out = append(out, data[last:e.start]...)
			last = e.end
		}
	}
	out = append(out, data[last:]...)
	return out
}

// FuzzEdit checks, on arbitrary input, that Edit changes only the variable
// (and with rotate its _PREVIOUS): every other line survives byte for byte
// and reading the result back gives the new value.
func FuzzEdit(f *testing.F) {
	for _, tt := range editTests {
		f.Add([]byte(tt.in), tt.value, tt.rotate)
	}
	f.Add([]byte("OTHER='abc\nJWT_SECRET=x\n"), "", false)
	f.Add([]byte("JWT_SECRET=a\\\n'b'\n"), "x+/=", true)
	f.Fuzz(func(t *testing.T, in []byte, value string, rotate bool) {
		if value == "" {
			value = newValue
		}
		const name, prevName = "JWT_SECRET", "JWT_SECRET_PREVIOUS"
		out, change, err := Edit(in, name, value, rotate)
		if errors.Is(err, ErrMalformed) || errors.Is(err, ErrUnrepresentable) {
			return
		}
		if err != nil {
			t.Fatalf("Edit: %v", err)
		}
		touched := []string{name}
		if rotate {
			touched = append(touched, prevName)
		}
		// Appending to a file without a final newline ends its last line.
		a, b := others(in, touched...), others(out, touched...)
		if !bytes.Equal(a, b) && (bytes.HasSuffix(in, []byte("\n")) ||
			!bytes.Equal(append(a, '\n'), b) && !bytes.Equal(append(a, "\r\n"...), b)) {
			t.Fatalf("other lines changed:\nin:  %q\nout: %q\nkept before: %q\nkept after:  %q", in, out, a, b)
		}
		var oldRaw string
		var oldValue string
		for _, e := range Parse(in) {
			if e.Name == name {
				oldRaw, oldValue = e.Raw, e.Value
			}
		}
		var set, prev int
		for _, e := range Parse(out) {
			switch e.Name {
			case name:
				set++
				if e.Value != value {
					t.Fatalf("%s reads back as %q, want %q\nin:  %q\nout: %q", name, e.Value, value, in, out)
				}
			case prevName:
				if rotate && change.Previous != "" {
					prev++
					if e.Raw != oldRaw {
						t.Fatalf("%s = %q, want %q\nin:  %q\nout: %q", prevName, e.Raw, oldRaw, in, out)
					}
				}
			}
		}
		if set == 0 || set != len(change.Lines) {
			t.Fatalf("%d assignments of %s in the output, change reports lines %v\nin:  %q\nout: %q", set, name, change.Lines, in, out)
		}
		if wantPrev := rotate && oldValue != "" && oldValue != value; wantPrev != (change.Previous != "") || wantPrev && prev == 0 {
			t.Fatalf("rotate=%v previous=%q with %d assignments\nin:  %q\nout: %q", rotate, change.Previous, prev, in, out)
		}
	})
}

// Column points at the value on its line, after an opening quote, counting
// a byte order mark's bytes on the first line (as the scanner does).
func TestParseColumns(t *testing.T) {
	in := "\uFEFFJWT=x\n  export  B = 'single # x'\nC=\"multi\nline\"\nD=#c\nE=  spaced  # c\n"
	for _, e := range Parse([]byte(in)) {
		line := strings.Split(in, "\n")[e.Line-1]
		first, _, _ := strings.Cut(e.Value, "\n")
		if e.Column < 1 || e.Column > len(line)+1 || !strings.HasPrefix(line[e.Column-1:], first) {
			t.Errorf("%s: column %d of %q is not where %q starts", e.Name, e.Column, line, first)
		}
	}
	if e := Parse([]byte(in))[0]; e.Column != 8 {
		t.Errorf("after a byte order mark: column %d, want 8", e.Column)
	}
}

func TestRemove(t *testing.T) {
	in := "# keep\nJWT_SECRET=new\r\nJWT_SECRET_PREVIOUS=\"old\nmulti\"\nOTHER=1 # x\nexport JWT_SECRET_PREVIOUS=again\nLAST=1"
	out, lines, err := Remove([]byte(in), "JWT_SECRET_PREVIOUS")
	want := "# keep\nJWT_SECRET=new\r\nOTHER=1 # x\nLAST=1"
	if err != nil || string(out) != want || !slices.Equal(lines, []int{3, 6}) {
		t.Errorf("Remove = %q, %v, %v; want %q, [3 6]", out, lines, err, want)
	}
	if out, lines, err := Remove([]byte(in), "MISSING"); err != nil || string(out) != in || len(lines) != 0 {
		t.Errorf("Remove of a missing variable = %q, %v, %v", out, lines, err)
	}
	if _, _, err := Remove([]byte("A=1\nJWT_SECRET_PREVIOUS=\"open\n"), "JWT_SECRET_PREVIOUS"); !errors.Is(err, ErrMalformed) {
		t.Errorf("unterminated quote: %v, want ErrMalformed", err)
	}
}
