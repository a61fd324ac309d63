// Package envconfig is a stub of github.com/kelseyhightower/envconfig for jwtlint's tests: the API
// surface only, with the real names, parameter names and types.
package envconfig

// Process fills spec from the environment and its default tags.
func Process(prefix string, spec interface{}) error { return nil }

// MustProcess is Process that panics on error.
func MustProcess(prefix string, spec interface{}) {}
