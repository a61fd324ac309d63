package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSweep7ActionsSecretRef: a GitHub Actions workflow passes the job its
// JWT secret from the repository's encrypted secrets, JWT_SECRET: ${{
// secrets.JWT_SECRET }}: an expression the runner replaces, not a value
// (Prekols-Inc/Markdown-editor 9a49e4b, .github/workflows/ci-cd.yml:22,
// :33, sweep 7 of issue 12: weak-secret and short-secret on the
// expression's own 25 and 32 characters, and in history). A literal in the
// same workflow is still read.
func TestSweep7ActionsSecretRef(t *testing.T) {
	dir := t.TempDir()
	workflows := filepath.Join(dir, ".github", "workflows")
	if err := os.MkdirAll(workflows, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "env:\n" +
		"  JWT_SECRET: ${{ secrets.JWT_SECRET }}\n" +
		"  AUTH_SECRET: ${{secrets.AUTH_JWT_SECRET}}\n" +
		"jobs:\n" +
		"  test:\n" +
		"    steps:\n" +
		"      - env:\n" +
		"          JWT_SECRET: changeme\n"
	if err := os.WriteFile(filepath.Join(workflows, "ci.yml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	fs := decode(t, out)
	if len(fs) != 1 || fs[0].StartLine != 8 || fs[0].RuleID != RuleWeakSecret {
		t.Errorf("findings %+v (stderr %s), want one, the literal's weak-secret on line 8: ${{ secrets.X }} is a reference", fs, errs)
	}
}
