// Package lazyre compiles regular expressions on first use. jwtlint is also
// go vet's -vettool, started once for every package of a build: a pattern
// compiled in a package-level initializer is paid by every start, even by
// one that never runs the code that matches it.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call, as
// regexp.MustCompile does (an invalid expr panics there), and returns the
// same *regexp.Regexp on every call, from any goroutine.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
