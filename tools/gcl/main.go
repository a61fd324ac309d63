// Command gcl is golangci-lint v2 with the jwtlint module plugin compiled in:
// the binary "golangci-lint custom" builds from .custom-gcl.yml, made through
// the Go module proxy alone (golangci-lint custom clones golangci-lint with
// git). main mirrors golangci-lint's cmd/golangci-lint/main.go; plugins.go is
// what golangci-lint custom generates.
//
//	go build -C tools/gcl -o "$PWD/bin/custom-gcl" .
//	bin/custom-gcl run -c .golangci.example.yml ./...
//
// It is a module of its own so that "go install ./..." in the root module
// never builds golangci-lint.
package main

import (
	"cmp"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"
)

const golangciLint = "github.com/golangci/golangci-lint/v2"

// Set with -ldflags "-X main.version=... -X main.date=...", as golangci-lint
// custom does; by default the version is golangci-lint's, marked custom.
var (
	version = ""
	date    = ""
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: version, Date: date, Commit: "?", GoVersion: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	if info.Version == "" {
		v := "unknown"
		for _, d := range bi.Deps {
			if d.Path == golangciLint {
				v = strings.TrimPrefix(d.Version, "v")
			}
		}
		info.Version = v + "-custom-gcl-jwtlint"
	}
	var revision string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.time":
			info.Date = cmp.Or(info.Date, s.Value)
		case "vcs.revision":
			revision = s.Value
		}
	}
	info.Date = cmp.Or(info.Date, "(unknown)")
	info.Commit = cmp.Or(revision, "?")
	return info
}
