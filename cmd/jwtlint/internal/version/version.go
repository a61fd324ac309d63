// Package version says which jwtlint a binary is, for "jwtlint version" and
// the SARIF logs' driver.version.
package version

import "runtime/debug"

// String returns the version of the module the binary was built from: a
// release tag, the pseudo-version go build derives from the commit, or
// "(devel)" when the build has none (go run, go test).
func String() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
