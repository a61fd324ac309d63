// Package envfile sets a variable in a .env file without disturbing anything
// else in it, and writes the file so that a crash never leaves it half
// written.
//
// Set is the one entry point for both "jwtlint gen --env-file" and "jwtlint
// scan --fix". Its contract:
//
//   - Every byte outside the variable's value is kept: other lines, comments,
//     blank lines, order, indentation, the "export " prefix, blanks around
//     "=", inline comments after the value, line endings ("\n" or "\r\n") and
//     the presence or absence of a final newline.
//   - The value keeps the quoting style it had (none, '…', "…" or `…`) when
//     the new value can be written in that style without escapes; otherwise
//     the first style that needs none is used (unquoted, single, double).
//   - A variable that is missing is appended as a new last line in the style
//     of the file's last assignment (export prefix, blanks around "=",
//     quotes), with the file's line ending.
//   - A variable assigned more than once has every assignment set, so no
//     stale secret stays in the file; the last one, which dotenv loaders and
//     shells use, is the "old value" for Rotate.
//   - A missing file is created with mode 0600; an existing file keeps its
//     mode (exactly, whatever the umask) and, where the caller may, its
//     owner and group. Symbolic links are followed and the link is kept; a
//     hard link is broken by the rename.
//   - The new content goes to a temporary file in the same directory, which
//     is synced, renamed over the original and the directory synced, so a
//     reader sees either the old file or the new one, never a mix.
//   - A file that git tracks is refused (the new secret would be committed)
//     unless Options.Force is set.
//   - Errors name files, lines and variables, never values.
package envfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// PreviousSuffix is appended to a variable's name to form the name under
// which Options.Rotate keeps the old value: JWT_SECRET → JWT_SECRET_PREVIOUS.
const PreviousSuffix = "_PREVIOUS"

// Errors returned (wrapped) by Set and Edit; test for them with errors.Is.
var (
	// ErrTracked: git tracks the file and Options.Force is not set.
	ErrTracked = errors.New("git tracks the file")
	// ErrMalformed: an assignment of the variable has an opening quote and
	// no closing one, so Set cannot tell where its value ends.
	ErrMalformed = errors.New("malformed assignment")
	// ErrUnrepresentable: the value contains a control character (such as a
	// newline) or both kinds of quote and a backslash, so it cannot be
	// written portably.
	ErrUnrepresentable = errors.New("value cannot be written to a .env file without escapes")
	// ErrInvalidName: the name is not a portable variable name
	// ([A-Za-z_][A-Za-z0-9_]*).
	ErrInvalidName = errors.New("invalid variable name")
	// ErrRotatePrevious: Rotate was asked for NAME_PREVIOUS itself, which
	// would keep a third secret valid as NAME_PREVIOUS_PREVIOUS.
	ErrRotatePrevious = errors.New("a previous secret is not rotated")
)

// Options control Set.
type Options struct {
	// Force writes the file even though git tracks it.
	Force bool
	// Rotate keeps the variable's current value, exactly as written, in
	// NAME_PREVIOUS (see PreviousSuffix): an existing NAME_PREVIOUS is set,
	// a missing one is inserted on the line after the variable. Nothing is
	// kept when the variable is missing or empty or already has the new
	// value, nor when git tracks the file (it is leaked: Result.NotKept
	// says so); NAME_PREVIOUS itself is never rotated (ErrRotatePrevious). Rotating twice replaces NAME_PREVIOUS, so tokens signed with
	// the oldest key stop verifying: rotate again only after they expire.
	Rotate bool
	// Gitignore adds the file ("/NAME") to the .gitignore in its directory
	// when the file is inside a git work tree, not tracked and not ignored.
	// The .gitignore is written before the file, so the secret is never on
	// disk unignored because of a failure in between.
	Gitignore bool

	// failAt, set only by tests, is called at each step of an atomic write
	// ("write" after half the data, "sync", "rename"); an error it returns
	// fails the write at that step.
	failAt func(step string) error
}

// Change describes what Edit changed.
type Change struct {
	// Added reports that the variable was missing and was appended.
	Added bool
	// Lines are the 1-based lines of the variable's assignments in the new
	// content.
	Lines []int
	// Previous is the name that holds the old value (NAME_PREVIOUS) when
	// Rotate kept it, or "".
	Previous string
	// PreviousLines are the 1-based lines of Previous's assignments in the
	// new content.
	PreviousLines []int
}

// Result describes what Set did. It never holds a value.
type Result struct {
	Change
	// Path is the file written, with symbolic links resolved.
	Path string
	// Created reports that the file did not exist and was created (mode 0600).
	Created bool
	// InRepo reports that the file is inside a git work tree.
	InRepo bool
	// Tracked reports that git tracks the file; Set wrote it only because
	// Options.Force was set, and the caller should warn loudly.
	Tracked bool
	// Ignored reports whether git ignores the file (after any .gitignore
	// change). A file in a repository that is neither tracked nor ignored
	// is one "git add ." away from being committed: callers should suggest
	// Options.Gitignore.
	Ignored bool
	// Gitignore is the .gitignore that Set added the file to, or "".
	Gitignore string
	// NotKept says why Options.Rotate kept no old value although there was
	// one to keep ("" otherwise): a value in a file git tracks is leaked,
	// and a leaked previous secret still verifies forged tokens.
	NotKept string
}

// Set sets the variable name to value in the .env file at path, as described
// in the package documentation, and reports what it did. On error the file
// is unchanged.
func Set(path, name, value string, opt Options) (Result, error) {
	f, err := load(path, name, opt, true, "so the new secret would be committed")
	if err != nil {
		return f.res, err
	}
	res, data, real, g := f.res, f.data, f.res.Path, f.g

	rotate := opt.Rotate
	if rotate && g.tracked {
		// Forced: the old value is in git, so it is leaked; keeping it
		// would keep it valid.
		rotate = false
		for _, e := range Parse(data) {
			if e.Name == name && e.Value != "" && e.Value != value {
				res.NotKept = "it is in a file git tracks, so it is leaked"
			}
		}
	}
	out, change, err := Edit(data, name, value, rotate)
	if err != nil {
		return res, fmt.Errorf("%s: %w", path, err)
	}
	res.Change = change

	if opt.Gitignore && g.inRepo && !g.tracked && !g.ignored {
		gi, err := addToGitignore(real, opt.failAt)
		if err != nil {
			return res, err
		}
		res.Gitignore = gi
		if res.Ignored, err = gitIgnored(real); err != nil {
			return res, err
		}
	}
	if err := writeAtomic(real, out, f.mode, f.info, opt.failAt); err != nil {
		return res, fmt.Errorf("writing %s: %w", path, err)
	}
	return res, nil
}

// file is a .env file that Set or Unset rewrites.
type file struct {
	res  Result      // Path and git's answers filled in
	data []byte      // the content; nil for a missing file
	info fs.FileInfo // nil for a missing file
	mode fs.FileMode // of the file written
	g    gitState
}

// load checks name, resolves path, reads the file (a missing one is empty
// when create is set, an error otherwise) and asks git about it: a tracked
// file is refused unless opt.Force, consequence saying why.
func load(path, name string, opt Options, create bool, consequence string) (file, error) {
	var f file
	if !validName(name) {
		return f, fmt.Errorf("%w: %q", ErrInvalidName, name)
	}
	real, err := resolve(path)
	if err != nil {
		return f, err
	}
	f.res.Path = real
	f.mode = 0o600
	info, err := os.Stat(real)
	switch {
	case err == nil:
		if !info.Mode().IsRegular() {
			return f, fmt.Errorf("%s is not a regular file", path)
		}
		f.info, f.mode = info, info.Mode().Perm()
		if f.data, err = os.ReadFile(real); err != nil {
			return f, fmt.Errorf("reading %s: %w", path, err)
		}
	case create && errors.Is(err, fs.ErrNotExist):
		f.res.Created = true
	default:
		return f, fmt.Errorf("reading %s: %w", path, err)
	}
	if f.g, err = gitStatus(real); err != nil {
		return f, err
	}
	f.res.InRepo, f.res.Tracked, f.res.Ignored = f.g.inRepo, f.g.tracked, f.g.ignored
	if f.g.tracked && !opt.Force {
		return f, fmt.Errorf("%s: %w, %s: untrack it (git rm --cached %s) and ignore it, or force the write", path, ErrTracked, consequence, path)
	}
	return f, nil
}

// Unset removes every assignment of the variable name from the .env file at
// path: the lines they cover, line endings included, and nothing else. It
// takes Set's care (a tracked file is refused unless Options.Force, the
// write is atomic, the mode kept) and reports the removed lines in
// Result.Lines (none when the variable is not there: the file is not
// written). Options.Rotate and Options.Gitignore do not apply.
func Unset(path, name string, opt Options) (Result, error) {
	f, err := load(path, name, opt, false, "so its history keeps the value anyway")
	if err != nil {
		return f.res, err
	}
	res, data := f.res, f.data
	out, lines, err := Remove(data, name)
	if err != nil {
		return res, fmt.Errorf("%s: %w", path, err)
	}
	res.Lines = lines
	if len(lines) == 0 {
		return res, nil
	}
	if err := writeAtomic(res.Path, out, f.mode, f.info, opt.failAt); err != nil {
		return res, fmt.Errorf("writing %s: %w", path, err)
	}
	return res, nil
}

// Remove returns data without the assignments of name (the lines they
// cover) and the 1-based lines they started on. It does no I/O.
func Remove(data []byte, name string) ([]byte, []int, error) {
	p := parse(data)
	for _, m := range p.malformed {
		if m.name == name {
			return nil, nil, fmt.Errorf("line %d: %w of %s: its opening quote is never closed", m.line, ErrMalformed, name)
		}
	}
	var (
		out   bytes.Buffer
		lines []int
		kept  []Entry
		last  int
	)
	for _, e := range p.entries {
		if e.Name != name {
			kept = append(kept, e)
			continue
		}
		out.Write(data[last:e.start])
		last = e.end
		lines = append(lines, e.Line)
	}
	out.Write(data[last:])
	// Read the result back: every other assignment must mean what it did.
	after := Parse(out.Bytes())
	if len(after) != len(kept) {
		return nil, nil, fmt.Errorf("%w: removing %s would change other assignments", ErrMalformed, name)
	}
	for i, e := range after {
		if e.Name != kept[i].Name || e.Value != kept[i].Value {
			return nil, nil, fmt.Errorf("%w: removing %s would change %s", ErrMalformed, name, kept[i].Name)
		}
	}
	return out.Bytes(), lines, nil
}

// WriteFile writes data to path atomically: to a temporary file in the same
// directory, synced, then renamed over path. An existing file is replaced;
// the new file has mode perm (not subject to the umask).
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	if err := writeAtomic(path, data, perm, nil, nil); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// resolve follows symbolic links in path so that the link survives the
// rename; a missing file resolves to itself.
func resolve(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		return real, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		// A dangling link would be replaced by a file: refuse it.
		if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return "", fmt.Errorf("%s is a symbolic link to a missing file", path)
		}
		return path, nil
	}
	return "", fmt.Errorf("resolving %s: %w", path, err)
}

func validName(name string) bool {
	if name == "" || '0' <= name[0] && name[0] <= '9' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Edit returns data with the variable name set to value, following the rules
// of the package documentation, and what it changed. It does no I/O; Set is
// Edit plus the safety checks and the atomic write.
func Edit(data []byte, name, value string, rotate bool) ([]byte, Change, error) {
	var c Change
	if !validName(name) {
		return nil, c, fmt.Errorf("%w: %q", ErrInvalidName, name)
	}
	for i := 0; i < len(value); i++ {
		if value[i] < 0x20 || value[i] == 0x7f {
			return nil, c, fmt.Errorf("value of %s: %w (it contains a control character)", name, ErrUnrepresentable)
		}
	}
	if rotate && strings.HasSuffix(name, PreviousSuffix) {
		return nil, c, fmt.Errorf("%s: %w: it holds the secret that %s replaced, kept only until old tokens expire; delete it instead", name, ErrRotatePrevious, strings.TrimSuffix(name, PreviousSuffix))
	}
	prevName := name + PreviousSuffix
	p := parse(data)
	for _, m := range p.malformed {
		if m.name == name || rotate && m.name == prevName {
			return nil, c, fmt.Errorf("line %d: %w of %s: its opening quote is never closed", m.line, ErrMalformed, m.name)
		}
	}
	var occ, prev []Entry
	for _, e := range p.entries {
		switch e.Name {
		case name:
			occ = append(occ, e)
		case prevName:
			prev = append(prev, e)
		}
	}

	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	eol := lineEnding(data)
	finalNewline := len(data) == 0 || data[len(data)-1] == '\n'
	// insert returns an edit adding line at off, which is the end of a line
	// or of the data.
	insert := func(off int, line string) edit {
		if off == len(data) && !finalNewline {
			return edit{off, off, eol + line}
		}
		return edit{off, off, line + eol}
	}

	for _, e := range occ {
		text, err := encode(value, e.Quote)
		if err != nil {
			return nil, c, fmt.Errorf("value of %s: %w", name, err)
		}
		edits = append(edits, edit{e.valueStart, e.valueEnd, fitSlot(data, e, text)})
	}
	if len(occ) == 0 {
		// Follow the style of the last assignment, if any.
		prefix, sep, quote := "", "=", Unquoted
		if len(p.entries) > 0 {
			t := p.entries[len(p.entries)-1]
			prefix, sep, quote = string(data[t.start:t.nameStart]), string(data[t.nameEnd:t.valueStart]), t.Quote
		}
		text, err := encode(value, quote)
		if err != nil {
			return nil, c, fmt.Errorf("value of %s: %w", name, err)
		}
		edits = append(edits, insert(len(data), prefix+name+sep+text))
		c.Added = true
	}
	if rotate && len(occ) > 0 {
		old := occ[len(occ)-1]
		if old.Value != "" && old.Value != value {
			c.Previous = prevName
			if len(prev) > 0 {
				for _, e := range prev {
					edits = append(edits, edit{e.valueStart, e.valueEnd, fitSlot(data, e, old.Raw)})
				}
			} else {
				line := string(data[old.start:old.nameStart]) + prevName + string(data[old.nameEnd:old.valueStart]) + old.Raw
				edits = append(edits, insert(old.end, line))
			}
		}
	}

	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var out bytes.Buffer
	out.Grow(len(data) + 256)
	last := 0
	for _, e := range edits {
		out.Write(data[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(data[last:])

	// Read the result back: an unterminated quote earlier in the file can
	// swallow an appended line, and no edit may change what the file means
	// for the other variables.
	wantLines := len(occ)
	if c.Added {
		wantLines = 1
	}
	ok := true
	for _, e := range Parse(out.Bytes()) {
		switch {
		case e.Name == name:
			c.Lines = append(c.Lines, e.Line)
			ok = ok && e.Value == value
		case c.Previous != "" && e.Name == c.Previous:
			c.PreviousLines = append(c.PreviousLines, e.Line)
			ok = ok && e.Raw == occ[len(occ)-1].Raw
		}
	}
	if !ok || len(c.Lines) != wantLines || c.Previous != "" && len(c.PreviousLines) == 0 {
		if len(p.malformed) > 0 {
			m := p.malformed[0]
			return nil, Change{}, fmt.Errorf("line %d: %w of %s: its opening quote is never closed, so %s cannot be set safely", m.line, ErrMalformed, m.name, name)
		}
		return nil, Change{}, fmt.Errorf("%w: %s would not read back as set", ErrMalformed, name)
	}
	return out.Bytes(), c, nil
}

// fitSlot returns text to replace e's value with. An empty unquoted value
// directly followed by "#" (KEY=#comment) gets a blank after the new value,
// which would otherwise run into the comment.
func fitSlot(data []byte, e Entry, text string) string {
	if e.valueStart == e.valueEnd && e.valueEnd < len(data) && data[e.valueEnd] == '#' &&
		text != "" && !strings.ContainsAny(text[:1], "'\"`") {
		return text + " "
	}
	return text
}

// lineEnding returns the line ending of data's first line, or "\n".
func lineEnding(data []byte) string {
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// special lists, per style, the bytes a value cannot contain without escapes
// (escapes differ between dotenv loaders, so Set writes none).
var special = map[Quote]string{
	Unquoted: " \t#'\"`\\$",
	Single:   `'\`,
	Double:   "\"\\$`",
	Backtick: "`\\",
}

// encode returns value written in style q, or in the first of unquoted,
// single and double quotes that needs no escapes.
func encode(value string, q Quote) (string, error) {
	for _, s := range []Quote{q, Unquoted, Single, Double} {
		if !strings.ContainsAny(value, special[s]) {
			if s == Unquoted {
				return value, nil
			}
			return string(s) + value + string(s), nil
		}
	}
	return "", ErrUnrepresentable
}
