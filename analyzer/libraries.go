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

// KeyFiles returns what jwtlint scan needs of the library table to find,
// without type-checking, the files a repository's Go code reads its JWT
// private keys from: the full names ("path.F") of the functions that parse
// a private key or key material that may be private (golang-jwt's
// ParseRSAPrivateKeyFromPEM, x509.ParsePKCS8PrivateKey, jwx's jwk.ParseKey)
// and of the functions that read a file by name (os.ReadFile), both
// sorted. Methods are left out: a file is found by a package function's
// call.
func KeyFiles() (parsers, readers []string) {
	t := knowledge()
	for name, rows := range t.byName {
		if strings.HasPrefix(name, "(") {
			continue
		}
		for _, r := range rows {
			switch r.Role {
			case PrivateKeyParser, KeyParser:
				if !slices.Contains(parsers, name) {
					parsers = append(parsers, name)
				}
			case FileReader:
				if !slices.Contains(readers, name) {
					readers = append(readers, name)
				}
			}
		}
	}
	slices.Sort(parsers)
	slices.Sort(readers)
	return parsers, readers
}
