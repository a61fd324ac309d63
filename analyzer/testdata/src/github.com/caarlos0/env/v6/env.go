// Package env is a stub of github.com/caarlos0/env/v6 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package env

// Options are the options of Parse.
type Options struct {
	Prefix string
}

// Parse fills v's fields from the environment and their envDefault tags.
func Parse(v interface{}, opts ...Options) error { return nil }
