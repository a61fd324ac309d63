// Package cli is a stub of github.com/urfave/cli/v2 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package cli

// A Flag is a command-line flag.
type Flag interface{ Names() []string }

// StringFlag is a string flag; Value is its default.
type StringFlag struct {
	Name        string
	Usage       string
	EnvVars     []string
	Value       string
	Destination *string
}

// Names returns the flag's names.
func (f *StringFlag) Names() []string { return []string{f.Name} }

// Context is what an action gets.
type Context struct{}

// String returns the value of the named flag.
func (cCtx *Context) String(name string) string { return "" }

// App is a command-line application.
type App struct {
	Flags  []Flag
	Action ActionFunc
}

// Run runs the application.
func (a *App) Run(arguments []string) error { return nil }

// ActionFunc is the action of an app or command.
type ActionFunc func(*Context) error
