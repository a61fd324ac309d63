package scan

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
)

// fix replaces, in .env files that git does not track, every secret
// reported as weak or short by a new random one of the algorithm's size
// (hex, as jwtlint gen writes it), through envfile's safe writer, and
// deletes a weak or short NAME_PREVIOUS: a previous secret is kept only
// while old tokens expire, and a guessable one must not verify them. It
// writes what it changed to w, never the secrets, then a note for every
// finding it left and why, and returns those findings.
//
// What it fixed is kept in s.fixed for the report.
//
// The scanner reads .env files with envfile's parser (parseDotEnv), so a
// value it reports is the value the fixer replaces; a line only the
// shell-like reading understood is left to the user.
func (s *scanner) fix(fs []Finding, w io.Writer) []Finding {
	done := map[string]bool{}
	var rest []Finding
	var notes []string
	for _, f := range fs {
		key := f.File + "\x00" + f.envVar
		if done[key] {
			continue // a variable assigned twice is set everywhere at once
		}
		if why := s.unfixable(f); why != "" {
			rest = append(rest, f)
			notes = append(notes, fmt.Sprintf("%s:%d: %s: not fixed: %s", f.File, f.StartLine, f.RuleID, why))
			continue
		}
		path := filepath.Join(s.root, filepath.FromSlash(f.File))
		shown := s.shownPath(f.File)
		if isPrevious(f.envVar) {
			res, err := envfile.Unset(path, f.envVar, envfile.Options{})
			if err != nil {
				rest = append(rest, f)
				notes = append(notes, fmt.Sprintf("%s:%d: %s: not fixed: %v", f.File, f.StartLine, f.RuleID, err))
				continue
			}
			done[key] = true
			s.fixed = append(s.fixed, fixedSecret{f, "deleted"})
			what := "guessable"
			if f.RuleID == RuleShortSecret {
				what = "too short"
			}
			fmt.Fprintf(w, "deleted %s from %s (line %s): it held an old secret, %s, that still verified tokens; sessions signed with it end now\n",
				f.envVar, shown, joinInts(res.Lines), what)
			continue
		}
		alg := firstNonEmpty(f.Algorithm, "HS256")
		bits := int(algBits(alg))
		secret, err := gen.Secret(rand.Reader, bits)
		if err != nil {
			rest = append(rest, f)
			notes = append(notes, fmt.Sprintf("%s:%d: %s: not fixed: %v", f.File, f.StartLine, f.RuleID, err))
			continue
		}
		res, err := envfile.Set(path, f.envVar, gen.Encode(secret, gen.Hex), envfile.Options{})
		if err != nil {
			rest = append(rest, f)
			notes = append(notes, fmt.Sprintf("%s:%d: %s: not fixed: %v", f.File, f.StartLine, f.RuleID, fixError(err)))
			continue
		}
		done[key] = true
		s.fixed = append(s.fixed, fixedSecret{f, "replaced by a new random secret"})
		fmt.Fprint(w, gen.Report(shown, f.envVar, res, fmt.Sprintf("%d-bit %s secret, hex", bits, alg)))
	}
	for _, n := range notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	return rest
}

// fixedSecret is a finding --fix fixed and what it did ("deleted").
type fixedSecret struct {
	Finding
	did string
}

// writeFixed writes, for the text report after --fix, one line for each
// secret fixed (where, the rule, the variable and what was done; never the
// secret) and returns the summary's start, "N fixed; ".
func writeFixed(w io.Writer, fixed []fixedSecret) (string, error) {
	for _, f := range fixed {
		if _, err := fmt.Fprintf(w, "fixed: %s:%d: %s: %s %s\n", f.File, f.StartLine, f.RuleID, f.envVar, f.did); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("%d fixed; ", len(fixed)), nil
}

// unfixable says why --fix leaves the finding f, or "" when it fixes it.
func (s *scanner) unfixable(f Finding) string {
	switch {
	case f.RuleID == RuleCommittedSecret:
		return "a strong secret in git is rotated where it is deployed, not in this file: " + f.Fix
	case f.RuleID == RuleCrackedToken:
		return "a token is revoked by rotating the secret that signs it: " + f.Fix
	case f.RuleID != RuleWeakSecret && f.RuleID != RuleShortSecret:
		return "--fix replaces only JWT secrets"
	case f.Commit != "":
		return "a secret in git history is rotated where it is deployed: " + f.Fix
	case !isDotEnv(f.File):
		return "--fix edits only .env files; " + f.Fix
	case s.tracked[f.File]:
		return "git tracks " + f.File + ", so the new secret would be committed too: " + f.Fix
	case f.envVar == "" && strings.HasSuffix(f.Name, ".key") && envVarName().MatchString(strings.TrimSuffix(f.Name, ".key")):
		return "the secret is the \"key\" inside " + strings.TrimSuffix(f.Name, ".key") + "'s JSON value; put a new one there by hand: " + f.Fix
	case f.envVar == "":
		return "the line is not an assignment .env loaders read (an unterminated quote?), so --fix cannot tell what to replace; correct it by hand"
	case !envVarName().MatchString(f.envVar):
		return f.envVar + " is not a variable name every .env loader and shell accepts; replace its value by hand"
	}
	return ""
}

// fixError words an envfile error for a note.
func fixError(err error) error {
	if errors.Is(err, envfile.ErrMalformed) || errors.Is(err, envfile.ErrUnrepresentable) {
		return fmt.Errorf("%v; correct the file by hand", err)
	}
	return err
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}
