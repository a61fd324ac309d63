package analyzer

import (
	"encoding/json"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// maxEmbedRead is the most of an embedded file the analyzer reads: a key
// file is a few kilobytes; a larger file is judged without its contents.
const maxEmbedRead = 1 << 16

// embedded returns the origin of a package variable of this package that a
// //go:embed directive fills with one file of the package's directory (a
// string or []byte variable: the compiler writes it, no store of the
// program does). The file is in the source tree and compiled into every
// binary: a key read from it is as hard-coded as a literal. Its contents
// are read (up to maxEmbedRead) for the length, the weakness checks and
// the key parsers; a file that cannot be read gives a literal of unknown
// length.
func (c *checker) embedded(obj types.Object) (Origin, bool) {
	o, ok := c.embedVarsOnce()[obj]
	return o, ok
}

// embedVarsOnce returns the package's embedded variables, found on first
// use.
func (c *checker) embedVarsOnce() map[types.Object]Origin {
	if c.embeds == nil {
		c.embeds = c.embedVars()
	}
	return c.embeds
}

// embedVars finds the package's embedded string and []byte variables.
func (c *checker) embedVars() map[types.Object]Origin {
	out := map[types.Object]Origin{}
	for _, f := range c.pass.Files {
		if !importsEmbed(f) {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				doc := vs.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				patterns := embedPatterns(doc)
				if len(patterns) != 1 || len(vs.Names) != 1 || len(vs.Values) != 0 {
					continue // a variable of one file only: several patterns need an embed.FS
				}
				obj := c.pass.TypesInfo.Defs[vs.Names[0]]
				if obj == nil || !isStringOrBytes(obj.Type()) {
					continue
				}
				dir := filepath.Dir(c.pass.Fset.File(f.Pos()).Name())
				out[obj] = embedOrigin(vs.Names[0].Pos(), dir, patterns[0])
			}
		}
	}
	return out
}

// importsEmbed reports whether f imports package embed, which a file with
// a //go:embed directive must.
func importsEmbed(f *ast.File) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"embed"` {
			return true
		}
	}
	return false
}

// embedPatterns returns the patterns of the //go:embed lines of doc.
func embedPatterns(doc *ast.CommentGroup) []string {
	if doc == nil {
		return nil
	}
	var out []string
	for _, cm := range doc.List {
		rest, ok := strings.CutPrefix(cm.Text, "//go:embed")
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
			continue
		}
		out = append(out, splitEmbedPatterns(rest)...)
	}
	return out
}

// splitEmbedPatterns splits a directive's arguments: space-separated,
// each possibly a Go string literal ("a b.pem" or `a b.pem`).
func splitEmbedPatterns(s string) []string {
	var out []string
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return out
		}
		if s[0] == '"' || s[0] == '`' {
			end := strings.IndexByte(s[1:], s[0])
			if end < 0 {
				return append(out, s)
			}
			if p, err := strconv.Unquote(s[:end+2]); err == nil {
				out = append(out, p)
			}
			s = s[end+2:]
			continue
		}
		i := strings.IndexAny(s, " \t")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i:]
	}
}

// embedOrigin is the Literal origin of an embedded file: pattern names
// one file of dir (a glob must match exactly one).
func embedOrigin(pos token.Pos, dir, pattern string) Origin {
	o := Origin{Kind: Literal, Pos: pos, Len: -1, Bits: -1, Desc: "the file " + pattern + " compiled in by //go:embed", Embedded: true}
	name := filepath.Join(dir, filepath.FromSlash(pattern))
	if strings.ContainsAny(pattern, "*?[") {
		matches, err := filepath.Glob(name)
		if err != nil || len(matches) != 1 {
			return o
		}
		name = matches[0]
	}
	f, err := os.Open(name)
	if err != nil {
		return o
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxEmbedRead+1))
	if err != nil || len(data) > maxEmbedRead {
		return o
	}
	switch public, private := keyMaterial(string(data)); {
	case public:
		return Origin{Kind: PublicKey, Pos: pos, Len: -1, Bits: -1}
	case private:
		o.PrivateKey = true
	}
	o.Len, o.value = len(data), string(data)
	return o
}

// isStringOrBytes reports whether t is a string or a []byte.
func isStringOrBytes(t types.Type) bool {
	if isString(t) {
		return true
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// keyMaterial says whether s, encoded key material, holds a public key (a
// PEM public key or certificate, a JWK or JWK set without private or
// symmetric parts) or a private one (a PEM private key, a JWK with "d");
// neither for anything else (a symmetric JWK, raw bytes, text).
func keyMaterial(s string) (public, private bool) {
	if i := strings.Index(s, "-----BEGIN "); i >= 0 {
		typ, _, _ := strings.Cut(s[i+len("-----BEGIN "):], "-----")
		switch {
		case strings.Contains(typ, "PRIVATE KEY"):
			return false, true
		case strings.Contains(typ, "PUBLIC KEY"), strings.Contains(typ, "CERTIFICATE"):
			return true, false
		}
		return false, false
	}
	var set struct {
		Keys []map[string]any `json:"keys"`
	}
	var one map[string]any
	trimmed := strings.TrimSpace(s)
	if !strings.HasPrefix(trimmed, "{") || json.Unmarshal([]byte(trimmed), &one) != nil {
		return false, false
	}
	keys := []map[string]any{one}
	if _, ok := one["keys"]; ok && json.Unmarshal([]byte(trimmed), &set) == nil {
		keys = set.Keys
	}
	public = len(keys) > 0
	for _, k := range keys {
		if _, ok := k["kty"]; !ok {
			return false, false
		}
		_, d := k["d"]
		_, sym := k["k"]
		switch {
		case d:
			private, public = true, false
		case sym:
			return false, false
		}
	}
	return public, private
}

// parsedKey returns the origins of a KeyParser's key made from material
// of origins in: a literal by its contents (keyMaterial); a literal whose
// contents are unknown here (from another package's facts) only when it
// was known there to be a private key; a parameter marked Material, to be
// judged so where a caller's argument takes its place; anything else as it
// is.
func parsedKey(in []Origin, pos token.Pos) []Origin {
	out := make([]Origin, 0, len(in))
	for _, o := range in {
		if o.Kind == Param {
			o.Material = true
		}
		if o.Kind != Literal {
			out = append(out, o)
			continue
		}
		if o.value == "" && !o.PrivateKey {
			out = append(out, Origin{Kind: Unknown, Len: -1, Bits: -1})
			continue
		}
		public, private := keyMaterial(o.value)
		switch {
		case public:
			out = append(out, Origin{Kind: PublicKey, Pos: pos, Len: -1, Bits: -1})
		case private:
			o.PrivateKey = true
			out = append(out, o)
		default:
			out = append(out, o)
		}
	}
	return out
}
