package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWorkspaceEnv: a repository whose root holds a go.work
// (habitat-network/habitat, iamgoroot/backline; sweep 8) loads in workspace
// mode, where the go command refuses GOFLAGS=-mod=mod: every module's
// analyzer run failed before reading a file. Its runs get GOFLAGS= (the
// last value wins); a tree without go.work keeps -mod=mod.
func TestWorkspaceEnv(t *testing.T) {
	plain, work := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(work, "go.work"), []byte("go 1.24\n\nuse ./app\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var s *setup
	base := s.env([]string{"HOME=/h"})
	if got := treeEnv(plain, base); !slices.Equal(got, base) {
		t.Errorf("treeEnv without go.work = %q, want %q", got, base)
	}
	got := treeEnv(work, base)
	if len(got) == 0 || got[len(got)-1] != "GOFLAGS=" {
		t.Errorf("treeEnv with go.work = %q, want GOFLAGS= last", got)
	}
}
