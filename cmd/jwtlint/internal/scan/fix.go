package scan

import (
	"crypto/rand"
	"fmt"
	"io"
	"path/filepath"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/envfile"
	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
)

// fix replaces, in .env-format files that git does not track, every secret
// reported as weak or short by a new random one of the algorithm's size
// (hex, as jwtlint gen writes it), through envfile's safe writer. It writes
// what it changed to w, never the secrets, and returns the findings it did
// not fix.
func (s *scanner) fix(fs []Finding, w io.Writer) ([]Finding, error) {
	done := map[string]bool{}
	var rest []Finding
	for _, f := range fs {
		key := f.File + "\x00" + f.envVar
		fixable := (f.RuleID == RuleWeakSecret || f.RuleID == RuleShortSecret) &&
			f.Commit == "" && !s.tracked[f.File] && envVarName.MatchString(f.envVar)
		if !fixable {
			rest = append(rest, f)
			continue
		}
		if done[key] {
			continue // a variable assigned twice is set everywhere at once
		}
		alg := firstNonEmpty(f.Algorithm, "HS256")
		bits := int(algBits(alg))
		secret, err := gen.Secret(rand.Reader, bits)
		if err != nil {
			return nil, err
		}
		path := filepath.Join(s.root, filepath.FromSlash(f.File))
		res, err := envfile.Set(path, f.envVar, gen.Encode(secret, gen.Hex), envfile.Options{Rotate: s.o.Rotate})
		if err != nil {
			return nil, fmt.Errorf("fixing %s in %s: %w", f.envVar, f.File, err)
		}
		done[key] = true
		fmt.Fprint(w, gen.Report(f.File, f.envVar, res, fmt.Sprintf("%d-bit %s secret, hex", bits, alg)))
		if res.Previous != "" && f.RuleID == RuleWeakSecret {
			fmt.Fprintf(w, "warning: %s holds the old, guessable value: delete it as soon as old sessions may end\n", res.Previous)
		}
	}
	return rest, nil
}
