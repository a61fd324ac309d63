// Package gcpolicy sets the garbage collector's policy of jwtlint's analyzer
// processes: the standalone driver, singlechecker and each go vet unit.
//
// The analysis allocates much that lives long (types, syntax, SSA of the
// packages being analyzed) and the Go default (GOGC=100) collects it again
// and again: on zeromicro/go-zero v1.10.3 the standalone command spent 2.4 of
// 17 CPU seconds in the collector (BENCHMARKS.md). A GC percent of 400
// under a soft memory limit of 512 MiB trades memory the targets allow (peak
// RSS at most 3x gosec's) for CPU: go-zero 13.9 -> 10.5 CPU s at the same
// peak of about 500 MB, fosite 3.6 -> 2.9 s at 125 -> 240 MB. The limit
// makes the collector run more often as the heap nears it, so a large
// module's peak stays where the default would put it.
package gcpolicy

import (
	"os"
	"runtime/debug"
)

const (
	// Percent is the GC percent set when the user sets neither GOGC nor
	// GOMEMLIMIT.
	Percent = 400
	// Limit is the soft memory limit set with it, in bytes.
	Limit = 512 << 20
)

// Apply sets Percent and Limit unless the environment sets GOGC or
// GOMEMLIMIT, whose choice is the user's; it reports whether it did.
func Apply() bool {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	debug.SetGCPercent(Percent)
	debug.SetMemoryLimit(Limit)
	return true
}
