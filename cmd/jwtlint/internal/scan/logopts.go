package scan

import (
	"fmt"
	"strings"

	"github.com/jwtlint/jwtlint/internal/lazyre"
)

// --log-opts are passed to git log, whose output jwtlint parses as a patch
// stream. An option that redirects that output (--output=FILE writes every
// secret in clear to FILE), reformats it (--stat, --format, --oneline,
// --color, --word-diff), changes the patches' prefixes or paths
// (--no-prefix, --relative), reverses them (-R) or runs programs (--ext-diff,
// --textconv) would make the scan see nothing, or see the wrong thing, and
// say "no findings". So --log-opts may only choose which commits and files
// are scanned: the options below, revisions ("main~20..main", "^v1.0",
// "HEAD"), and pathspecs after "--". Everything else is refused.

// logOptFlags are the git log options --log-opts allows that take no value.
var logOptFlags = map[string]bool{
	// Which refs to start from.
	"--all": true, "--branches": true, "--tags": true, "--remotes": true, "--not": true,
	// Which commits to keep.
	"--full-history": true, "--dense": true, "--sparse": true, "--simplify-merges": true,
	"--ancestry-path": true, "--first-parent": true, "--no-merges": true, "--merges": true,
	"--no-min-parents": true, "--no-max-parents": true, "--remove-empty": true,
	"--left-only": true, "--right-only": true, "--cherry-pick": true, "--cherry": true,
	"--all-match": true, "--invert-grep": true, "-i": true, "--regexp-ignore-case": true,
	"-E": true, "--extended-regexp": true, "-F": true, "--fixed-strings": true, "-P": true, "--perl-regexp": true,
	// Order.
	"--date-order": true, "--author-date-order": true, "--topo-order": true, "--reverse": true,
	// Patches jwtlint's parser reads as gitleaks does: merges against each
	// parent, renames, binary data (skipped), context lines.
	"-m": true, "--no-renames": true, "-M": true, "--find-renames": true, "--binary": true, "--follow": true,
	"--full-index": true, "-p": true, "--patch": true,
}

// logOptValues are the git log options --log-opts allows with a value,
// written "--opt=value" or "--opt value" ("-n 20" too).
var logOptValues = map[string]bool{
	"--since": true, "--after": true, "--until": true, "--before": true, "--since-as-filter": true,
	"--max-age": true, "--min-age": true,
	"--author": true, "--committer": true, "--grep": true,
	"-n": true, "--max-count": true, "--skip": true, "--min-parents": true, "--max-parents": true,
	"--branches": true, "--tags": true, "--remotes": true, "--glob": true, "--exclude": true,
	"--ancestry-path": true, "--diff-filter": true, "--find-renames": true, "-M": true,
	"-U": true, "--unified": true,
}

// logOptNumber matches the "-20" shorthand of "-n 20", and -U3, -M50%.
var logOptNumber = lazyre.New(`^(-[0-9]+|-U[0-9]+|-M[0-9]+%?|-n[0-9]+)$`)

// logOptsHelp is what --log-opts accepts, for error messages.
const logOptsHelp = "--log-opts may only choose commits and paths: revisions, --all, --branches, --since, --author, --max-count and the like, and pathspecs after --"

// parseLogOpts splits --log-opts into git log arguments as a shell would
// (blanks separate words; single quotes, double quotes and backslashes
// quote) and checks each against the options allowed.
func parseLogOpts(s string) ([]string, error) {
	words, err := shellWords(s)
	if err != nil {
		return nil, fmt.Errorf("--log-opts: %v", err)
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "--" {
			break // pathspecs
		}
		if !strings.HasPrefix(w, "-") || w == "-" {
			if w == "-" || strings.ContainsAny(w, "\x00\n") {
				return nil, fmt.Errorf("--log-opts: %q is not a revision", w)
			}
			continue // a revision or range
		}
		name, _, hasValue := strings.Cut(w, "=")
		switch {
		case logOptNumber().MatchString(w):
		case hasValue && logOptValues[name]:
		case !hasValue && logOptFlags[name]:
		case !hasValue && logOptValues[name]:
			if i+1 == len(words) {
				return nil, fmt.Errorf("--log-opts: %s needs a value", name)
			}
			i++
		default:
			return nil, fmt.Errorf("--log-opts: %q is not allowed: jwtlint reads git log's patches itself, and an option that redirects or reformats them hides every secret; %s", w, logOptsHelp)
		}
	}
	return words, nil
}

// shellWords splits s into words as a POSIX shell does, without expansions.
func shellWords(s string) ([]string, error) {
	var (
		words []string
		cur   strings.Builder
		in    bool // a word has started (it may be "")
		quote byte
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			} else {
				cur.WriteByte(c)
			}
		case quote == '"':
			switch {
			case c == '"':
				quote = 0
			case c == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0:
				i++
				cur.WriteByte(s[i])
			default:
				cur.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote, in = c, true
		case c == '\\':
			if i+1 == len(s) {
				return nil, fmt.Errorf("a backslash ends %q", s)
			}
			i++
			cur.WriteByte(s[i])
			in = true
		case c == ' ' || c == '\t' || c == '\n':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated %c quote in %q", quote, s)
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}
