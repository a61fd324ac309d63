package scan

import (
	"bytes"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
)

// parseDotEnv reads a .env file the way the fixer (envfile, which jwtlint
// gen --env-file and scan --fix write with) and the dotenv loaders read it,
// so that the value the scanner reports on a line is the value --fix
// replaces there. Lines envfile does not read as an assignment but the
// shell-like reading does (an unterminated quote, "declare -x K=v") are
// read that way, so their secrets are still judged, and returned in
// unread: --fix leaves them to the user.
func parseDotEnv(content []byte) (as []assignment, unread map[int]bool) {
	read := map[int]bool{}
	for _, e := range envfile.Parse(content) {
		as = append(as, jwtConfigKey(assignment{path: []string{e.Name}, value: e.Value, line: e.Line, col: e.Column}))
		read[e.Line] = true
	}
	for _, a := range extract(formatEnv, content) {
		if !read[a.line] && !covered(as, a.line) {
			if unread == nil {
				unread = map[int]bool{}
			}
			unread[a.line] = true
			as = append(as, a)
		}
	}
	return as, unread
}

// covered reports whether line is inside a multi-line value read already.
func covered(as []assignment, line int) bool {
	for _, a := range as {
		if a.line < line && a.line+bytes.Count([]byte(a.value), []byte("\n")) >= line {
			return true
		}
	}
	return false
}
