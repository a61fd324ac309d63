package scan

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/internal/lazyre"
	"gopkg.in/yaml.v3"
)

// assignment is a scalar value at a key path in a configuration file.
type assignment struct {
	path  []string // keys from the document root; "[]" for an array element
	value string
	line  int // 1-based line of the value
	col   int // 1-based byte column of the value's first character
	// embedded: the value is in a document held as a string in the file
	// (embedded.go); line and col are where that document's line, or the
	// string, starts in the file when the string is not written line for
	// line (quoted, folded or base64-encoded).
	embedded bool
	// alg is the algorithm the value's own document names for it (Hasura's
	// {"type":"HS512","key":"…"}), upper case; "" when it names none and the
	// file's hints decide (algIndex).
	alg string
}

// format is a configuration file syntax the extractor understands.
type format int

const (
	formatNone format = iota // not a configuration file: only tokens are looked for
	formatEnv                // .env files, shell scripts, Dockerfile ENV/ARG
	formatYAML               // YAML, including docker-compose and Kubernetes manifests
	formatJSON
	formatINI // INI, TOML, Java properties, Terraform .tfvars
)

// formatOf chooses the parser for a file by its name.
func formatOf(name string) format {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	ext := path.Ext(base)
	if templateExt[ext] && strings.Count(base, ".") > 1 {
		// app.conf.sample, config.yaml.example: the template of a
		// configuration file, in its format.
		base = strings.TrimSuffix(base, ext)
		ext = path.Ext(base)
	}
	switch {
	case base == ".env" || strings.HasPrefix(base, ".env.") || ext == ".env" || base == ".envrc" || base == "env":
		return formatEnv
	case ext == ".txt" && envText(strings.TrimSuffix(base, ext)):
		return formatEnv
	case ext == ".sh" || ext == ".bash" || ext == ".zsh" || ext == ".ksh" || base == ".profile" || base == ".bashrc" || base == ".zshrc":
		return formatEnv
	case base == "dockerfile" || strings.HasPrefix(base, "dockerfile.") || ext == ".dockerfile" || base == "containerfile":
		return formatEnv
	case ext == ".yml" || ext == ".yaml":
		return formatYAML
	case ext == ".json" || ext == ".jsonc":
		return formatJSON
	case ext == ".toml" || ext == ".ini" || ext == ".cfg" || ext == ".conf" || ext == ".properties" || ext == ".tfvars" || ext == ".config" && !strings.HasSuffix(base, ".exe.config"):
		return formatINI
	}
	return formatNone
}

// envText reports whether the name of a text file, without .txt, names a
// .env file (env, .env, env-example, env.sample, prod.env): the template of
// one committed as text (psnehanshu/clean-pincode-index, env-example.txt;
// sweep 8). It is read like a .env file, never rewritten (isDotEnv).
func envText(stem string) bool {
	n := strings.NewReplacer("-", ".", "_", ".").Replace(stem)
	return n == "env" || n == ".env" || strings.HasPrefix(n, "env.") || strings.HasPrefix(n, ".env.") || strings.HasSuffix(n, ".env")
}

// templateExt are the extensions of configuration templates committed in
// place of the file (whose values are often the ones in use).
var templateExt = map[string]bool{".sample": true, ".example": true, ".dist": true, ".template": true, ".tmpl": true, ".tpl": true, ".default": true, ".defaults": true, ".orig": true}

// isDotEnv reports whether name is a .env file (.env, .env.local,
// prod.env), which jwtlint gen --env-file and scan --fix may rewrite; shell
// scripts and Dockerfiles are read like them but never rewritten.
func isDotEnv(name string) bool {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	return base == ".env" || strings.HasPrefix(base, ".env.") || strings.HasSuffix(base, ".env")
}

// maxDepth is how deep in nested YAML or JSON values are read; deeper ones
// are not assignments anyone writes by hand, and a limit keeps a hostile
// file of millions of brackets linear.
const maxDepth = 64

var utf8BOM = []byte("\xef\xbb\xbf")

// extract returns the scalar assignments of a configuration file. Parse
// errors are not fatal: a broken or templated file yields what can be read.
// A UTF-8 byte order mark (Windows editors write one) is skipped; columns
// still count its three bytes.
func extract(f format, content []byte) []assignment {
	body, bom := bytes.CutPrefix(content, utf8BOM)
	as := extractBody(f, body)
	for i := range as {
		as[i] = jwtConfigKey(as[i])
	}
	if bom {
		for i := range as {
			if as[i].line == 1 {
				as[i].col += len(utf8BOM)
			}
		}
	}
	return as
}

// jwtConfigKey returns a, or, when a's value is a JSON object holding a
// string "key" beside a "type" (Hasura's JWT secret configuration,
// {"type":"HS256","key":"…"}, which Nhost's and Hasura's set-ups keep in one
// variable), the key, at a's path and "key", with the type as its algorithm:
// the key is the secret, not the JSON text. The column is the key's when the
// value is written verbatim.
func jwtConfigKey(a assignment) assignment {
	v := strings.TrimSpace(a.value)
	if !strings.HasPrefix(v, "{") || !strings.Contains(v, `"key"`) {
		return a
	}
	var cfg map[string]any
	if json.Unmarshal([]byte(v), &cfg) != nil {
		return a
	}
	key, ok := cfg["key"].(string)
	typ, typed := cfg["type"].(string)
	if !ok || !typed || key == "" {
		return a
	}
	k := a
	k.path = append(slices.Clip(a.path), "key")
	k.value = key
	k.alg = strings.ToUpper(strings.TrimSpace(typ))
	if label := strings.Index(a.value, `"key"`); label >= 0 {
		if off := strings.Index(a.value[label+len(`"key"`):], `"`+key+`"`); off >= 0 {
			k.col = a.col + label + len(`"key"`) + off + 1
		}
	}
	return k
}

func extractBody(f format, content []byte) []assignment {
	return extractDepth(f, content, 0)
}

// extractDepth is extractBody for a document held depth levels deep in
// another's values.
func extractDepth(f format, content []byte, depth int) []assignment {
	switch f {
	case formatEnv:
		return parseEnv(content)
	case formatYAML:
		a, err := parseYAMLDepth(content, depth)
		if err != nil {
			// Templated YAML (Helm, Go templates) is not YAML; read it line
			// by line.
			return parseYAMLLines(content)
		}
		return a
	case formatJSON:
		a, err := parseJSONDepth(content, depth)
		if err != nil {
			return append(a, parseYAMLLines(content)...)
		}
		return a
	case formatINI:
		return parseINI(content)
	}
	return nil
}

// lines splits content into lines without their terminators.
func lines(content []byte) []string {
	s := strings.ReplaceAll(string(content), "\r\n", "\n")
	return strings.Split(s, "\n")
}

var envLine = lazyre.New(`^(\s*(?:export\s+|declare\s+(?:-x\s+)?|set\s+|setenv\s+|ENV\s+|ARG\s+|readonly\s+|local\s+)?)([A-Za-z_][A-Za-z0-9_.\-]*)(\s*=\s*|\s+)`)

// parseEnv reads KEY=VALUE lines as in .env files and shell scripts
// (optionally after export, declare -x, set, Dockerfile ENV or ARG; values
// bare, single- or double-quoted, double quotes spanning lines).
func parseEnv(content []byte) []assignment {
	ls := lines(content)
	var out []assignment
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		m := envLine().FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		sep := l[m[6]:m[7]]
		if !strings.Contains(sep, "=") && !strings.HasPrefix(strings.TrimSpace(l[m[2]:m[3]]), "ENV") && !strings.HasPrefix(strings.TrimSpace(l[m[2]:m[3]]), "setenv") {
			continue // "KEY value" only in Dockerfile ENV and csh setenv
		}
		name := l[m[4]:m[5]]
		start := m[1]
		rest := l[start:]
		a := assignment{path: []string{name}, line: i + 1, col: start + 1}
		switch {
		case strings.HasPrefix(rest, `"`):
			a.col++
			val, consumed := readQuoted(ls[i:], start+1, '"')
			a.value = val
			i += consumed
		case strings.HasPrefix(rest, `'`):
			a.col++
			val, consumed := readQuoted(ls[i:], start+1, '\'')
			a.value = val
			i += consumed
		default:
			v := rest
			if j := strings.Index(v, " #"); j >= 0 {
				v = v[:j]
			}
			a.value = strings.TrimSpace(v)
		}
		out = append(out, a)
	}
	return out
}

// readQuoted reads a value quoted with q that starts at byte from of ls[0]
// and may continue on the following lines. It returns the value and how
// many extra lines it used.
func readQuoted(ls []string, from int, q byte) (string, int) {
	var b strings.Builder
	for n, l := range ls {
		start := from
		if n > 0 {
			b.WriteByte('\n')
			start = 0
		}
		for j := start; j < len(l); j++ {
			c := l[j]
			if c == '\\' && q == '"' && j+1 < len(l) {
				j++
				switch l[j] {
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(l[j])
				}
				continue
			}
			if c == q {
				return b.String(), n
			}
			b.WriteByte(c)
		}
		if n >= 200 {
			break
		}
	}
	// Unterminated: the rest of the first line is the value.
	return ls[0][min(from, len(ls[0])):], 0
}

// parseYAML reads every document of a YAML (or JSON) file. Sequences of
// "KEY=value" strings (docker-compose environment lists) and {name, value}
// mappings (Kubernetes env entries) become assignments to KEY and name. In a
// Kubernetes Secret, data values are base64-decoded.
func parseYAML(content []byte) ([]assignment, error) {
	return parseYAMLDepth(content, 0)
}

// parseYAMLDepth is parseYAML for a document held depth levels deep in
// another's values; values that are documents themselves are read too
// (embedded).
func parseYAMLDepth(content []byte, depth int) ([]assignment, error) {
	if bytes.HasPrefix(content, []byte{0xfe, 0xff}) || bytes.HasPrefix(content, []byte{0xff, 0xfe}) {
		// yaml.v3 would decode UTF-16, whose positions are not the
		// file's bytes; such a file has NUL bytes and is never scanned.
		return nil, errors.New("UTF-16")
	}
	dec := yaml.NewDecoder(bytes.NewReader(content))
	w := yamlWalker{pos: yamlPositions(content), depth: depth, lines: lines(content)}
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return w.out, nil
		}
		if err != nil {
			return w.out, err
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		w.k8sSecret = root.Kind == yaml.MappingNode && mapValue(root, "kind") == "Secret"
		w.walk(root, nil, 0)
	}
}

// mapValue returns the scalar value of key in mapping node m, or "".
func mapValue(m *yaml.Node, key string) string {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.ScalarNode {
			return m.Content[i+1].Value
		}
	}
	return ""
}

var composeEnv = lazyre.New(`^([A-Za-z_][A-Za-z0-9_.\-]*)=(.*)$`)

// yamlWalker collects the assignments of one YAML file's documents.
type yamlWalker struct {
	pos       func(line, col int) (int, int) // from yamlPositions
	k8sSecret bool                           // the document is a Kubernetes Secret
	depth     int                            // of embedding (embedded)
	lines     []string                       // the content's lines
	out       []assignment
}

// addEmbedded records the assignments of the document that value, the
// content of scalar n at p, holds. A literal block (|) maps line for line to
// the file; other values (quoted, folded, base64) put every assignment where
// the value starts.
func (w *yamlWalker) addEmbedded(p []string, value string, n *yaml.Node, decoded bool) {
	if !strings.ContainsAny(value, "=:") {
		return
	}
	start := n.Column
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
	}
	at := func(int, int) (int, int) { return w.pos(n.Line, start) }
	if n.Style&yaml.LiteralStyle != 0 && !decoded {
		// Content lines follow the indicator's; the block's indentation is
		// that of its first line that is not blank.
		indent := 0
		for l := n.Line; l < len(w.lines); l++ {
			if t := strings.TrimLeft(w.lines[l], " "); strings.TrimSpace(t) != "" {
				indent = len(w.lines[l]) - len(t)
				break
			}
		}
		at = func(line, col int) (int, int) {
			ol, oc := w.pos(n.Line+line, indent+1)
			return ol, oc + col - 1
		}
	}
	w.out = append(w.out, embedded(p, value, w.depth, at)...)
}

// add records value at path p, found skip characters into scalar n.
func (w *yamlWalker) add(p []string, value string, n *yaml.Node, skip int) {
	col := n.Column + skip
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		col++ // the first character inside the quotes
	}
	line, col := w.pos(n.Line, col)
	w.out = append(w.out, assignment{path: p, value: value, line: line, col: col})
}

func (w *yamlWalker) walk(n *yaml.Node, p []string, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		if name := mapValue(n, "name"); name != "" && len(n.Content) <= 8 {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == "value" && n.Content[i+1].Kind == yaml.ScalarNode {
					v := n.Content[i+1]
					w.add(appendPath(p, name), v.Value, v, 0)
				}
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			w.walk(v, appendPath(p, k.Value), depth+1)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if c.Kind == yaml.ScalarNode {
				if m := composeEnv().FindStringSubmatch(c.Value); m != nil {
					w.add(appendPath(p, m[1]), m[2], c, len(m[1])+1)
					continue
				}
			}
			w.walk(c, appendPath(p, "[]"), depth+1)
		}
	case yaml.ScalarNode:
		if len(p) == 0 {
			return // a document that is a bare scalar assigns nothing
		}
		v := n.Value
		if w.k8sSecret && len(p) == 2 && p[0] == "data" {
			d, err := base64.StdEncoding.DecodeString(strings.TrimSpace(v))
			if err != nil {
				return
			}
			v = string(d)
			w.add(p, v, n, 0)
			w.addEmbedded(p, v, n, true)
			return
		}
		w.add(p, v, n, 0)
		w.addEmbedded(p, v, n, false)
	case yaml.AliasNode:
		// An alias repeats a value reported where it is defined.
	}
}

// yamlPositions returns a function that maps yaml.v3's positions to
// jwtlint's. yaml.v3 breaks lines at CR, LF, CRLF, NEL, LS and PS and counts
// columns in characters; jwtlint (like git, gitleaks and editors' "go to
// line") breaks lines at LF only and counts columns in bytes. Positions are
// asked for in document order, so each is found from the last one.
func yamlPositions(content []byte) func(line, col int) (int, int) {
	starts := []int{0}
	for i := 0; i < len(content); {
		r, size := utf8.DecodeRune(content[i:])
		i += size
		switch r {
		case '\r':
			if i < len(content) && content[i] == '\n' {
				i++
			}
			starts = append(starts, i)
		case '\n', '\u0085', '\u2028', '\u2029':
			starts = append(starts, i)
		}
	}
	lineAt := newLineIndex(content)
	lastLine, lastCol, lastOff := 0, 0, 0
	return func(line, col int) (int, int) {
		line = min(max(line, 1), len(starts))
		col = max(col, 1)
		off, c := starts[line-1], 1
		if line == lastLine && col >= lastCol {
			off, c = lastOff, lastCol
		}
		for ; c < col && off < len(content) && (line == len(starts) || off < starts[line]); c++ {
			_, size := utf8.DecodeRune(content[off:])
			off += size
		}
		lastLine, lastCol, lastOff = line, c, off
		return lineAt(off)
	}
}

func appendPath(p []string, k string) []string {
	return append(p[:len(p):len(p)], k)
}

var blockIndicator = lazyre.New(`^[|>][0-9+\-]*\s*(?:#.*)?$`)

var yamlLine = lazyre.New(`^(\s*)(?:-\s+)?("[^"]*"|'[^']*'|[^\s:#"'{}\[\]][^:#]*?)\s*:(?:\s+|$)(.*)$`)

// parseYAMLLines reads "key: value" lines with indentation, for YAML that a
// YAML parser rejects (templates) and for fragments of files.
func parseYAMLLines(content []byte) []assignment {
	type level struct {
		indent int
		key    string
		block  bool // key: | — the lines below are a document held as a string
	}
	var (
		stack []level
		out   []assignment
	)
	for i, l := range lines(content) {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if n := len(stack); n > 0 && stack[n-1].block && indent > stack[n-1].indent {
			// A .env file in a block (a templated ConfigMap's app.env: |).
			if envAssign().MatchString(l) {
				name, _, _ := strings.Cut(strings.TrimPrefix(t, "export "), "=")
				name = strings.TrimSpace(name)
				start := strings.Index(l, name+"=") + len(name) + 1
				v, col := scalarValue(l[start:], start)
				p := []string{}
				for _, s := range stack {
					p = append(p, s.key)
				}
				out = append(out, assignment{path: append(p, name), value: v, line: i + 1, col: col})
				continue
			}
		}
		m := yamlLine().FindStringSubmatchIndex(l)
		if m == nil {
			if s := strings.TrimPrefix(t, "- "); s != t {
				if e := composeEnv().FindStringSubmatch(strings.Trim(s, `"'`)); e != nil {
					p := []string{}
					for _, s := range stack {
						p = append(p, s.key)
					}
					col := strings.Index(l, e[1]) + len(e[1]) + 2
					out = append(out, assignment{path: append(p, e[1]), value: e[2], line: i + 1, col: col})
				}
			}
			continue
		}
		indent = m[3] - m[2]
		key := strings.Trim(l[m[4]:m[5]], `"'`)
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		p := make([]string, 0, len(stack)+1)
		for _, s := range stack {
			p = append(p, s.key)
		}
		p = append(p, key)
		raw := l[m[6]:m[7]]
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			stack = append(stack, level{indent, key, false})
			continue
		}
		if blockIndicator().MatchString(raw) {
			stack = append(stack, level{indent, key, true})
			continue
		}
		v, col := scalarValue(raw, m[6])
		out = append(out, assignment{path: p, value: v, line: i + 1, col: col})
	}
	return out
}

// scalarValue unquotes a value that starts at byte offset off of its line
// and drops a trailing comment; it returns the value and its 1-based column.
func scalarValue(raw string, off int) (string, int) {
	lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
	raw = strings.TrimSpace(raw)
	off += lead
	if len(raw) >= 1 && (raw[0] == '"' || raw[0] == '\'') {
		if j := strings.IndexByte(raw[1:], raw[0]); j >= 0 {
			v := raw[1 : j+1]
			// Unquoting without escapes would only replace invalid
			// UTF-8: the bytes are the secret.
			if raw[0] == '"' && strings.Contains(v, "\\") {
				if u, err := unquoteJSON(raw[:j+2]); err == nil {
					v = u
				}
			}
			return v, off + 2
		}
	}
	for _, c := range []string{" #", " ;"} {
		if j := strings.Index(raw, c); j >= 0 {
			raw = raw[:j]
		}
	}
	return strings.TrimSpace(raw), off + 1
}

func unquoteJSON(s string) (string, error) {
	var v string
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

// parseJSON reads a JSON document with encoding/json's tokenizer, keeping
// line numbers.
func parseJSON(content []byte) ([]assignment, error) {
	return parseJSONDepth(content, 0)
}

// parseJSONDepth is parseJSON for a document held depth levels deep in
// another's values; string values that are documents themselves are read
// too (embedded), at the string's position.
func parseJSONDepth(content []byte, depth int) ([]assignment, error) {
	dec := json.NewDecoder(bytes.NewReader(content))
	dec.UseNumber()
	type frame struct {
		object bool
		key    string
		want   bool // object: next string token is a key
	}
	var (
		stack []frame
		out   []assignment
	)
	lineAt := newLineIndex(content)
	keyPath := func() []string {
		p := make([]string, 0, len(stack))
		for _, f := range stack {
			if f.object {
				p = append(p, f.key)
			} else {
				p = append(p, "[]")
			}
		}
		return p
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		end := int(dec.InputOffset())
		top := len(stack) - 1
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				stack = append(stack, frame{object: t == '{', want: true})
				continue
			default:
				stack = stack[:top]
			}
		case string:
			if top >= 0 && stack[top].object && stack[top].want {
				stack[top].key = t
				stack[top].want = false
				continue
			}
			if len(stack) <= maxDepth {
				line, col := lineAt(openingQuote(content, end-1) + 1)
				p := keyPath()
				out = append(out, assignment{path: p, value: t, line: line, col: col})
				out = append(out, embedded(p, t, depth, func(int, int) (int, int) { return line, col })...)
			}
		default:
			if t != nil && len(stack) <= maxDepth {
				line, col := lineAt(end - len(toString(t)))
				out = append(out, assignment{path: keyPath(), value: toString(t), line: line, col: col})
			}
		}
		if top >= 0 && top < len(stack) && stack[top].object {
			stack[top].want = true
		}
		if len(stack) > 0 && len(stack)-1 != top && stack[len(stack)-1].object {
			stack[len(stack)-1].want = true
		}
	}
}

// openingQuote returns the offset of the quote that opens the JSON string
// whose closing quote is at offset closing: the last quote before it that no
// backslash escapes.
func openingQuote(content []byte, closing int) int {
	for j := closing - 1; j >= 0; j-- {
		if content[j] != '"' {
			continue
		}
		k := j
		for k > 0 && content[k-1] == '\\' {
			k--
		}
		if (j-k)%2 == 0 {
			return j
		}
	}
	return -1
}

func toString(v any) string {
	switch t := v.(type) {
	case json.Number:
		return t.String()
	case bool:
		if t {
			return "true"
		}
		return "false"
	case nil:
		return "null"
	}
	return ""
}

// newLineIndex returns a function that maps a byte offset of content to a
// 1-based line and column.
func newLineIndex(content []byte) func(off int) (int, int) {
	var starts []int
	starts = append(starts, 0)
	for i, c := range content {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return func(off int) (int, int) {
		lo, hi := 0, len(starts)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if starts[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo + 1, off - starts[lo] + 1
	}
}

var (
	iniSection = lazyre.New(`^\s*\[\[?\s*([^\]]+?)\s*\]?\]\s*(?:[#;].*)?$`)
	iniKey     = lazyre.New(`^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_.\-$@]+)\s*([=:])\s*`)
	tomlInline = lazyre.New(`([A-Za-z0-9_\-]+|"[^"]*")\s*=\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,}\s]+)`)
)

// parseINI reads INI, TOML and Java properties files: [section] headers
// (dotted TOML tables too) and key = value or key: value lines; TOML inline
// tables one level deep. Dotted keys are split into path elements.
func parseINI(content []byte) []assignment {
	var (
		section []string
		out     []assignment
	)
	for i, l := range lines(content) {
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' || t[0] == ';' || t[0] == '!' {
			continue
		}
		if m := iniSection().FindStringSubmatch(l); m != nil && strings.HasPrefix(t, "[") {
			section = splitDotted(m[1])
			continue
		}
		m := iniKey().FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		key := l[m[4]:m[5]]
		p := append(append([]string{}, section...), splitDotted(key)...)
		raw := l[m[1]:]
		if strings.HasPrefix(raw, "{") {
			for _, im := range tomlInline().FindAllStringSubmatchIndex(raw, -1) {
				k := strings.Trim(raw[im[2]:im[3]], `"`)
				v, col := scalarValue(raw[im[4]:im[5]], m[1]+im[4])
				out = append(out, assignment{path: append(p[:len(p):len(p)], k), value: v, line: i + 1, col: col})
			}
			continue
		}
		v, col := scalarValue(raw, m[1])
		out = append(out, assignment{path: p, value: v, line: i + 1, col: col})
	}
	return out
}

// splitDotted splits a.b."c.d" into a, b, c.d.
func splitDotted(s string) []string {
	var out []string
	var b strings.Builder
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && c == '.':
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(out, strings.TrimSpace(b.String()))
}
