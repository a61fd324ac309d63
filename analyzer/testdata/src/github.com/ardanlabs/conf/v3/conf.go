// Package conf is a stub of github.com/ardanlabs/conf/v3 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package conf

// Parse fills cfg from the command line and the environment, with the
// defaults of its conf tags.
func Parse(prefix string, cfg any, parsers ...Parsers) (string, error) { return "", nil }

// Parsers parses a configuration source.
type Parsers interface {
	Process(prefix string, cfg any) error
}
