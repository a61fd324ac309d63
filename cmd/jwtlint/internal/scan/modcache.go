package scan

import (
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// moduleCacheDir reports whether the directory whose path elements (from
// the scanned root) are dirs is part of a Go module cache, other people's
// code that the scans leave alone as they leave vendor/ (a repository can
// commit its GOMODCACHE: sweep 5's go-pkgz/auth, .gomodcache/). It goes by
// GOMODCACHE's layout (go help modules, go help gopath), not by names like
// mod/ or pkg/mod/, which are the user's own packages as often:
//
//   - <module>@<version>/: a module's files, the last element of its path
//     escaped (an upper-case letter as !x) and its version canonical
//     semantic version (github.com/golang-jwt/jwt@v3.2.2+incompatible,
//     x@v0.0.0-20240116195454-d5ba35832c0d), which no import path can be;
//   - @v/: the downloaded versions of a module (cache/download/<module>/@v/,
//     a GOPROXY directory's layout too): no module path holds an @;
//   - cache/download/sumdb/: the checksum database's answers;
//   - cache/vcs/<64 hex digits>/: the repositories a direct download cloned.
func moduleCacheDir(dirs []string) bool {
	n := len(dirs)
	last := dirs[n-1]
	switch {
	case last == "@v":
		return true
	case strings.Contains(last, "@"):
		return moduleVersionDir(last)
	case n >= 3 && last == "sumdb":
		return dirs[n-3] == "cache" && dirs[n-2] == "download"
	case n >= 3 && dirs[n-3] == "cache" && dirs[n-2] == "vcs":
		return isLowerHex(last, 64)
	}
	return false
}

// moduleVersionDir reports whether name is the cache's name of a module's
// directory: an escaped path element, @, and an escaped canonical version
// (+incompatible allowed, as the go command writes it).
func moduleVersionDir(name string) bool {
	elem, escaped, _ := strings.Cut(name, "@")
	if elem == "" {
		return false
	}
	// An escaped version is a valid escaped path element too: checking the
	// element as one rejects the upper case an escaped path never has.
	if _, err := module.UnescapeVersion(elem); err != nil {
		return false
	}
	v, err := module.UnescapeVersion(escaped)
	return err == nil && semver.IsValid(v) && semver.Canonical(v) == strings.TrimSuffix(v, "+incompatible")
}

// isLowerHex reports whether s is n lower-case hexadecimal digits.
func isLowerHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
