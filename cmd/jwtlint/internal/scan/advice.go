package scan

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// exposure is how far a secret has gone into git, which decides what
// replacing it takes: a value only on this machine is replaced; one that
// was committed must also be rotated wherever it is deployed, and stays in
// the history of every clone.
type exposure int

const (
	// local: in a file git does not track.
	local exposure = iota
	// inWorkTree: in a file git tracks, but this value is neither staged
	// nor committed: the next commit of the file publishes it.
	inWorkTree
	// staged for commit, never committed.
	staged
	// committed: in HEAD (scanning files) or in a commit (--git).
	committed
)

// exposureOf tells how far the secret of h has gone into git. Scanning
// files, a tracked file's secret is committed when its line is in HEAD's
// version of the file, staged when it is only in the index's.
func (s *scanner) exposureOf(h *secretHit) exposure {
	switch {
	case !h.committed:
		return local
	case h.commit != "":
		return committed
	case s.o.Staged:
		return staged
	case s.inBlob("HEAD:"+h.file, h.lineText):
		return committed
	case s.inBlob(":"+h.file, h.lineText):
		return staged
	}
	return inWorkTree
}

// inBlob reports whether the git object (such as "HEAD:config/.env") has
// line as one of its lines. Scanning files, blobs are read through a
// cat-file started on the first question.
func (s *scanner) inBlob(object, line string) bool {
	s.headOnce.Do(func() {
		if c, err := startCatFile(context.Background(), s.root); err == nil {
			s.headBlobs = c
		}
	})
	if s.headBlobs == nil {
		return false
	}
	b, ok := s.headBlobs.blob(object, s.o.MaxFileSize)
	return ok && slices.Contains(lines(b), line)
}

// exposureNote ends a weak or short secret's detail with what its
// exposure adds.
func (s *scanner) exposureNote(h *secretHit) string {
	switch s.exposureOf(h) {
	case inWorkTree:
		return fmt.Sprintf("; git tracks %s, so its next commit publishes it", h.file)
	case staged:
		return "; it is staged for commit"
	case committed:
		if h.commit != "" {
			return "; it is in git history, so it must also be rotated"
		}
		return "; it is committed, so it must also be rotated"
	}
	return ""
}

// committedDetail is the detail of a committed-secret finding.
func (s *scanner) committedDetail(h *secretHit) string {
	switch s.exposureOf(h) {
	case staged:
		return fmt.Sprintf("%s is staged for commit: once committed, everyone with a clone can sign tokens with it; keep it out of git", h.name)
	case inWorkTree:
		return fmt.Sprintf("%s is in %s, which git tracks: its next commit gives it to everyone with a clone; keep it out of git", h.name, h.file)
	}
	where := "is committed"
	if h.commit != "" {
		where = fmt.Sprintf("was committed in %.8s", h.commit)
	}
	return fmt.Sprintf("%s %s: everyone with a clone can sign tokens with it; rotate it and keep it out of git", h.name, where)
}

// isPrevious reports whether name is the previous secret kept by a
// rotation (JWT_SECRET_PREVIOUS): a value kept only until old tokens
// expire, deleted rather than replaced.
func isPrevious(name string) bool {
	return strings.HasSuffix(name, envfile.PreviousSuffix) && len(name) > len(envfile.PreviousSuffix)
}

// advice is the "fix:" of a weak, short or committed secret: what actually
// makes it safe where it is.
func (s *scanner) advice(h *secretHit, alg string) string {
	gen := "jwtlint gen --alg " + alg
	file := s.shownPath(h.file)
	envFile := h.envVar != "" && envVarName().MatchString(h.envVar) && s.fileBase != ""
	switch s.exposureOf(h) {
	case local:
		switch {
		case envFile && isPrevious(h.envVar):
			return fmt.Sprintf("delete %s from %s (jwtlint scan --fix does): it still verifies tokens signed with the old secret", h.envVar, shellQuote(file))
		case envFile:
			return gen + " --env-file " + shellQuote(file) + " --var " + h.envVar
		}
		return gen
	case inWorkTree, staged:
		untrack := fmt.Sprintf("git rm --cached %s and add it to .gitignore", shellQuote(file))
		if s.exposureOf(h) == staged && s.o.Staged {
			untrack = fmt.Sprintf("unstage it (git restore --staged %s, or git rm --cached for a new file) and add it to .gitignore", shellQuote(file))
		}
		if !isDotEnv(h.file) {
			untrack = fmt.Sprintf("move the secret out of %s (read it from the environment or a secret manager)", shellQuote(file))
		}
		return fmt.Sprintf("%s; it was never committed, so a new value is enough: %s", untrack, gen)
	}
	// Committed: rotate it where it is deployed; it stays in the history.
	rotate := "rotate it where it is deployed (" + gen + "); it stays in git history: treat it as leaked, or purge it (git filter-repo --replace-text) if every clone can be replaced"
	switch {
	case !s.stillInFile(h):
		return rotate
	case isDotEnv(h.file):
		return fmt.Sprintf("git rm --cached %s, add it to .gitignore and %s", shellQuote(file), rotate)
	}
	return fmt.Sprintf("move the secret out of %s (read it from the environment or a secret manager) and %s", shellQuote(file), rotate)
}

// stillInFile reports whether the secret of h is still in its file in the
// work tree (always, scanning files).
func (s *scanner) stillInFile(h *secretHit) bool {
	if h.commit == "" {
		return true
	}
	if s.fileBase == "" {
		return false // a bare repository
	}
	b, err := os.ReadFile(filepath.Join(s.root, s.fileBase, filepath.FromSlash(h.file)))
	return err == nil && slices.Contains(lines(b), h.lineText)
}

// shownPath is a finding's file as the user can name it from where they
// ran jwtlint: PATH (or PATH's directory), then the path below it.
func (s *scanner) shownPath(file string) string {
	return filepath.ToSlash(filepath.Join(s.pathDir, s.fileBase, filepath.FromSlash(file)))
}

// expClaim returns the JWT's exp claim, if it has one.
func expClaim(token string) (time.Time, bool) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return time.Time{}, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return time.Time{}, false
	}
	var claims struct {
		Exp *float64 `json:"exp"`
	}
	if json.Unmarshal(payload, &claims) != nil || claims.Exp == nil {
		return time.Time{}, false
	}
	return time.Unix(int64(*claims.Exp), 0), true
}

// isRealKey reports whether the secret of h is strong: a token it signs
// is signed with the service's own key, not a guessable one.
func (s *scanner) isRealKey(h *secretHit) bool {
	v, _ := s.verdict(h.value)
	return !v.Weak() && v.Reason != weak.Placeholder
}

// signedWithRealKey reports a token that verifies with the strong secret of
// h, found elsewhere in the scan: not a guessable secret, but a live
// credential when it is committed and not expired. Otherwise there is
// nothing to say.
func (s *scanner) signedWithRealKey(t *tokenHit, h *secretHit, alg string) (Finding, bool) {
	committed := t.commit != "" || s.tracked[t.file]
	exp, hasExp := expClaim(t.token)
	if !committed || hasExp && exp.Before(time.Now()) {
		return Finding{}, false
	}
	where := fmt.Sprintf("%s (%s:%d)", h.name, h.file, h.line)
	f := Finding{
		RuleID: RuleCrackedToken, File: t.file, Commit: t.commit, StartLine: t.line, EndLine: t.line,
		StartColumn: t.col, EndColumn: t.endCol, Algorithm: alg, Committed: true,
		Secret: h.value, Match: t.token, Entropy: shannon(h.value), line: t.lineText, Tags: []string{"jwt"},
		Weakness: "signed with the key " + where + " found in the scan",
		Fix:      fmt.Sprintf("remove the token from %s, and revoke it by rotating %s where it is deployed (new secret: jwtlint gen --alg %s)", shellQuote(s.shownPath(t.file)), h.name, alg),
	}
	setCommitInfo(&f, t.info)
	r, _ := ruleByID(f.RuleID)
	f.Description = r.Title
	if s.o.Redact {
		f.Secret = s.mask(h.value)
		f.Match = s.maskToken(t.token)
	}
	until := "until it expires"
	if !hasExp {
		until = "for ever (it has no exp)"
	}
	f.Detail = fmt.Sprintf("%s token signed with %s, a strong secret found in this scan: it is a live token signed with the real key, committed, which anyone with a clone can present %s; revoke it and keep tokens out of git",
		alg, where, until)
	return f, true
}
