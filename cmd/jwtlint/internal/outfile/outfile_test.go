package outfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	if err := Write(p, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v", st.Mode())
	}
	os.Chmod(p, 0o600)
	link := filepath.Join(dir, "link.json")
	os.Symlink("report.json", link)
	if err := Write(link, []byte("two")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "two" {
		t.Errorf("through the link: %q", b)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("mode not kept: %v", st.Mode())
	}
	if err := Write(os.DevNull, []byte("three")); err != nil {
		t.Errorf("writing to %s: %v", os.DevNull, err)
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode().IsRegular() {
		t.Errorf("%s replaced: %v %v", os.DevNull, st, err)
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir.json"), []byte("x")); err == nil {
		t.Error("no error for a missing directory")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left in %s: %v", dir, entries)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.sarif")
	if err := os.WriteFile(existing, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		ok   bool
	}{
		{filepath.Join(dir, "new.sarif"), true},
		{existing, true},
		{dir, false}, // a directory
		{filepath.Join(dir, "missing", "x.sarif"), false}, // no such directory
		{filepath.Join(existing, "x.sarif"), false},       // a file for a directory
	} {
		if err := Check(tc.path); (err == nil) != tc.ok {
			t.Errorf("Check(%s) = %v, want ok %v", tc.path, err, tc.ok)
		}
	}
	// Nothing is left behind, and the existing file is untouched.
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files in the directory: %v", entries)
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Errorf("the existing file is now %q", b)
	}
}
