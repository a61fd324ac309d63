// Package defaults is a stub of github.com/creasty/defaults for jwtlint's tests: the API surface
// only, with the real names, parameter names and types.
package defaults

// Set fills the zero fields of ptr from their default tags.
func Set(ptr interface{}) error { return nil }

// MustSet is Set that panics on error.
func MustSet(ptr interface{}) {}
