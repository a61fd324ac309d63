package scan

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/internal/lazyre"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// verdict judges a secret with the weak package's rules and its estimate
// of the guesses it takes (weak.Judge.Assess), once per distinct value. It
// returns the verdict and the estimated entropy.
func (s *scanner) verdict(value string) (weak.Verdict, float64) {
	if v, ok := s.verdicts[value]; ok {
		return v, v.Bits
	}
	v := s.judge.Assess(value)
	if s.verdicts == nil {
		s.verdicts = map[string]weak.Verdict{}
	}
	s.verdicts[value] = v
	return v, v.Bits
}

// findings judges the secrets, cracks the tokens and returns every finding.
func (s *scanner) findings() []Finding {
	var out []Finding
	for _, h := range s.secrets {
		if f, ok := s.secretFinding(h); ok {
			out = append(out, f)
		}
	}
	out = append(out, s.crackTokens()...)
	return append(out, s.extra...)
}

func (s *scanner) secretFinding(h *secretHit) (Finding, bool) {
	v, bits := s.verdict(h.value)
	if v.Reason == weak.Placeholder {
		return Finding{}, false
	}
	alg := h.alg
	need := algBits(alg)
	effAlg := firstNonEmpty(alg, "HS256")
	f := Finding{
		File: h.file, Commit: h.commit, StartLine: h.line, EndLine: h.line, StartColumn: h.col,
		EndColumn: h.col + max(len(h.value)-1, 0), Name: h.name, Algorithm: alg, Committed: h.committed,
		EntropyBits: round1(bits), Entropy: shannon(h.value), line: h.lineText, Tags: []string{"jwt"}, envVar: h.envVar,
	}
	setCommitInfo(&f, h.info)
	desc := fmt.Sprintf("%d characters", utf8.RuneCountInString(v.Value))
	if v.Encoding != weak.Text {
		desc = fmt.Sprintf("%d %s characters", utf8.RuneCountInString(v.Value), v.Encoding)
	}
	committed := s.exposureNote(h)
	switch {
	case v.Weak():
		f.RuleID = RuleWeakSecret
		f.Weakness = v.Reason.String()
		f.Fix = s.advice(h, effAlg)
		f.Detail = fmt.Sprintf("%s is guessable, %s (%s, about %.0f bits of entropy): an attacker who guesses it can sign tokens for any user%s",
			h.name, v.Reason, desc, bits, committed)
	case bits < need:
		f.RuleID = RuleShortSecret
		f.Weakness = fmt.Sprintf("%.0f bits, %s needs %.0f", bits, effAlg, need)
		f.Fix = s.advice(h, effAlg)
		why := "HS256 is assumed"
		if alg != "" {
			why = alg + " is named next to it"
		}
		f.Detail = fmt.Sprintf("%s carries about %.0f bits (%s) but %s needs a key of at least %.0f bits (RFC 7518; %s)%s",
			h.name, bits, desc, effAlg, need, why, committed)
	case h.committed:
		f.RuleID = RuleCommittedSecret
		f.Weakness = "committed to git"
		f.Fix = s.advice(h, effAlg)
		f.Detail = s.committedDetail(h)
	default:
		return Finding{}, false
	}
	r, _ := ruleByID(f.RuleID)
	f.Description = r.Title
	f.Secret = h.value
	f.Match = h.name + "=" + h.value
	if s.o.Redact {
		f.Secret = s.mask(h.value)
		f.Match = h.name + "=" + f.Secret
	}
	return f, true
}

func round1(x float64) float64 {
	return float64(int64(x*10+0.5)) / 10
}

var envVarName = lazyre.New(`^[A-Za-z_][A-Za-z0-9_]*$`)

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// crackTokens tries the dictionary, the word list and every secret value
// found in the scan against each HMAC-signed token.
func (s *scanner) crackTokens() []Finding {
	if len(s.tokens) == 0 {
		return nil
	}
	var cands []string
	origin := map[string]string{}
	addCand := func(c, where string) {
		if _, ok := origin[c]; !ok && c != "" {
			origin[c] = where
			cands = append(cands, c)
		}
	}
	scanned := map[string]*secretHit{} // candidates found in the scan
	for _, h := range s.secrets {
		where := fmt.Sprintf("the value of %s in %s:%d", h.name, h.file, h.line)
		addCand(h.value, where)
		if v := s.judge.Check(h.value).Value; v != h.value {
			addCand(v, where)
			if scanned[v] == nil {
				scanned[v] = h
			}
		}
		if scanned[h.value] == nil {
			scanned[h.value] = h
		}
	}
	for _, c := range weak.Dictionary() {
		addCand(c, "the built-in dictionary")
	}
	for _, c := range s.wordlist {
		addCand(c, "the word list")
	}
	// Each distinct token once.
	index := map[string]int{}
	var toks []hsToken
	for _, t := range s.tokens {
		if _, ok := index[t.token]; ok {
			continue
		}
		tok, ok := parseHSToken(t.token)
		if !ok {
			index[t.token] = -1
			continue
		}
		index[t.token] = len(toks)
		toks = append(toks, tok)
	}
	cracked := crack(toks, cands, s.o.Workers)
	var out []Finding
	for _, t := range s.tokens {
		i := index[t.token]
		if i < 0 || cracked[i] < 0 {
			continue
		}
		secret := cands[cracked[i]]
		alg := toks[i].alg
		if h := scanned[secret]; h != nil && s.isRealKey(h) {
			// Not a guessable secret: the service's key, found here.
			if f, ok := s.signedWithRealKey(t, h, alg); ok {
				out = append(out, f)
			}
			continue
		}
		f := Finding{
			RuleID: RuleCrackedToken, File: t.file, Commit: t.commit, StartLine: t.line, EndLine: t.line,
			StartColumn: t.col, EndColumn: t.endCol, Algorithm: alg, Committed: t.commit != "" || s.tracked[t.file],
			Secret: secret, Match: t.token, Entropy: shannon(secret), line: t.lineText, Tags: []string{"jwt"},
			Weakness: "signature verifies with a secret from " + origin[secret],
			Fix:      "jwtlint gen --alg " + alg,
		}
		_, f.EntropyBits = weak.Estimate(secret)
		f.EntropyBits = round1(f.EntropyBits)
		setCommitInfo(&f, t.info)
		r, _ := ruleByID(f.RuleID)
		f.Description = r.Title
		shown := secret
		if s.o.Redact {
			f.Secret = s.mask(secret)
			f.Match = s.maskToken(t.token)
			shown = f.Secret
		}
		f.Detail = fmt.Sprintf("%s token verifies with the guessable secret %q (%d characters, from %s): anyone can forge tokens the service accepts; rotate the secret and revoke its tokens",
			alg, shown, utf8.RuneCountInString(secret), origin[secret])
		out = append(out, f)
	}
	return out
}

// filter drops findings allowed inline (gitleaks:allow, jwtlint:allow on
// the line), listed in the ignore file, or present in the baseline, and
// sets fingerprints.
func (s *scanner) filter(fs []Finding) ([]Finding, error) {
	ignore, err := s.loadIgnore()
	if err != nil {
		return nil, err
	}
	base, err := s.loadBaseline()
	if err != nil {
		return nil, err
	}
	out := fs[:0]
	for _, f := range fs {
		global := fmt.Sprintf("%s:%s:%d", f.File, f.RuleID, f.StartLine)
		f.Fingerprint = global
		if f.Commit != "" {
			f.Fingerprint = f.Commit + ":" + global
		}
		if strings.Contains(f.line, "gitleaks:allow") || strings.Contains(f.line, "jwtlint:allow") ||
			ignore[global] || ignore[f.Fingerprint] || base[f.Fingerprint] {
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// loadIgnore reads the fingerprints of --gitleaks-ignore, or of
// PATH/.gitleaksignore if there is one: a file in the scanned tree, read
// like the others (a FIFO, link or unreadable file there is noted and not
// used).
func (s *scanner) loadIgnore() (map[string]bool, error) {
	var (
		b   []byte
		err error
	)
	if s.o.IgnoreFile != "" {
		if b, err = os.ReadFile(s.o.IgnoreFile); err != nil {
			return nil, fmt.Errorf("reading ignore file: %w", err)
		}
	} else {
		p := filepath.Join(s.root, ".gitleaksignore")
		b, err = readText(p, s.o.MaxFileSize)
		if err != nil {
			if !errors.Is(err, os.ErrNotExist) {
				s.notes.add("warning: cannot read .gitleaksignore: %v (not used)", unwrapPathError(err))
			}
			return nil, nil
		}
	}
	m := map[string]bool{}
	for _, l := range lines(b) {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		m[strings.ReplaceAll(l, "\\", "/")] = true
	}
	return m, nil
}

func (s *scanner) loadBaseline() (map[string]bool, error) {
	if s.o.Baseline == "" {
		return nil, nil
	}
	b, err := os.ReadFile(s.o.Baseline)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var prev []struct {
		RuleID, File, Commit, Fingerprint string
		StartLine                         int
	}
	if err := json.Unmarshal(b, &prev); err != nil {
		return nil, fmt.Errorf("baseline %s is not a JSON report: %w", s.o.Baseline, err)
	}
	m := map[string]bool{}
	for _, p := range prev {
		fp := fmt.Sprintf("%s:%s:%d", p.File, p.RuleID, p.StartLine)
		if p.Commit != "" {
			fp = p.Commit + ":" + fp
		}
		m[fp] = true
		if p.Fingerprint != "" {
			m[p.Fingerprint] = true
		}
	}
	return m, nil
}
