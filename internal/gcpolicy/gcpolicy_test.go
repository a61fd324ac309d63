package gcpolicy

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestApply(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	if !Apply() {
		t.Fatal("Apply() = false with neither GOGC nor GOMEMLIMIT set")
	}
	if got := debug.SetGCPercent(100); got != Percent {
		t.Errorf("GC percent %d, want %d", got, Percent)
	}
	if got := debug.SetMemoryLimit(-1); got != Limit {
		t.Errorf("memory limit %d, want %d", got, Limit)
	}
}

func TestApplyLeavesUsersChoice(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env, "150")
			defer debug.SetGCPercent(debug.SetGCPercent(100))
			if Apply() {
				t.Errorf("Apply() = true with %s set", env)
			}
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("GC percent %d, want the 100 set before", got)
			}
		})
	}
}
