package scan

import (
	"context"
	"io"
	"os"
	"testing"
)

// BenchmarkScanGit scans the history of the repository named by
// $JWTLINT_BENCH_REPO (bench/scan.sh -d DIR makes one), for profiling:
//
//	JWTLINT_BENCH_REPO=DIR go test -run XXX -bench ScanGit -cpuprofile cpu.out ./internal/scan/
func BenchmarkScanGit(b *testing.B) {
	repo := os.Getenv("JWTLINT_BENCH_REPO")
	if repo == "" {
		b.Skip("JWTLINT_BENCH_REPO is not set")
	}
	for b.Loop() {
		fs, err := Run(context.Background(), Options{Path: repo, Git: true, Redact: true, MaxFileSize: 10 << 20}, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(fs)), "findings")
	}
}
