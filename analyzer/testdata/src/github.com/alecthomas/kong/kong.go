// Package kong is a stub of github.com/alecthomas/kong for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package kong

// An Option configures a parser.
type Option interface{ Apply() error }

// Context is the result of parsing.
type Context struct{}

// Parse fills cli from the command line, the environment and its default tags.
func Parse(cli any, options ...Option) *Context { return &Context{} }
