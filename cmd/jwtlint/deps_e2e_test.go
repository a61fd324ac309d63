package main

import (
	"path/filepath"
	"testing"
)

// TestE2ERealDependencies: a key drawn by a real dependency that imports no
// JWT library and exports no key-ish name (k8s.io/apimachinery's
// util/rand.String, math/rand), in module mode, where that package is a
// dependency at a version: the analyzer's fast path must analyze it for
// its function facts, standalone and under go vet (issue 12, zxh326/kite).
func TestE2ERealDependencies(t *testing.T) {
	e2e(t, filepath.Join("..", "..", "testdata", "realdeps"))
}
