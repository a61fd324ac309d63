package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSweep6LocaleLabels: a web front end's translation files name the
// field a user types a webhook's signing secret into, and the value is the
// label in each language ("Signing Secret", "Klucz podpisywania", "Секрет
// подписи"): text for people, not a secret (usememos/memos 76a7629,
// web/src/locales/*.json "setting.webhook.create-dialog.signing-secret",
// sweep 6 of issue 12: weak-secret or short-secret in 7 files and their
// history). Nor is a webhook's signing secret a JWT secret. A secret in a
// configuration file beside them is still read.
func TestSweep6LocaleLabels(t *testing.T) {
	dir := t.TempDir()
	locales := filepath.Join(dir, "web", "src", "locales")
	if err := os.MkdirAll(locales, 0o755); err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{
		"en.json": "Signing Secret",
		"pl.json": "Klucz podpisywania",
		"ru.json": "Секрет подписи",
		"ja.json": "署名シークレット",
	}
	for name, label := range labels {
		doc := `{"setting": {"webhook": {"create-dialog": {"signing-secret": "` + label + `", "signing-secret-configured": "OK"}}}}` + "\n"
		if err := os.WriteFile(filepath.Join(locales, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("jwt:\n  secret: changeme\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := scan(t, "--format", "json", dir)
	if fs := decode(t, out); len(fs) != 1 || fs[0].File != "config.yaml" || fs[0].RuleID != RuleWeakSecret {
		t.Errorf("findings %+v (stderr %s), want one, config.yaml's weak-secret: translated labels are not secrets", fs, errs)
	}
}
