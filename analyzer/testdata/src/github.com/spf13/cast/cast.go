// Package cast is a stub of github.com/spf13/cast for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package cast

// ToString converts i to a string.
func ToString(i any) string { return "" }
