// Package regressslice is a regression fixture from the real-world sweep
// (kataras/iris v12.2.11, _examples/auth/jwt): a constant slice s[4:] of a
// value that is a short literal on one path ("ab") crashed the tracer with
// "slice bounds out of range [4:2]". Such a slice is empty (at run time the
// path panics or is guarded); the trace goes on.
package regressslice

import (
	"github.com/golang-jwt/jwt/v5"
)

func sign(long bool) (string, error) {
	k := "ab"
	if long {
		k = "key:long-enough-literal"
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k[4:])) // want `hard-coded 19-byte key passed to \(\*jwt.Token\).SignedString`
}
