package analyzer

import (
	"slices"
	"strings"
)

// KeySinks returns what jwtlint scan needs of the library table to find,
// without type-checking, the names under which a repository's Go code loads
// its JWT keys: the import paths of the JWT libraries, and the last element
// of the name of every function, method or struct field of theirs that
// takes a key or a keyfunc (NewWithClaims is not one; SignedString,
// SigningKey and Parse are), both sorted.
func KeySinks() (paths, names []string) {
	t := knowledge()
	for p := range t.paths {
		paths = append(paths, p)
	}
	seen := map[string]bool{}
	for name, rows := range t.byName {
		if !t.paths[rowPackage(name)] {
			continue
		}
		for _, r := range rows {
			switch r.Role {
			case SignKey, VerifyKey, Key, Keyfunc:
				short := name[strings.LastIndex(name, ".")+1:]
				if !seen[short] {
					seen[short] = true
					names = append(names, short)
				}
			}
		}
	}
	slices.Sort(paths)
	slices.Sort(names)
	return paths, names
}
