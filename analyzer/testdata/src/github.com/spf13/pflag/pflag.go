// Package pflag is a stub of github.com/spf13/pflag for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package pflag

// A FlagSet is a set of flags.
type FlagSet struct{}

// String defines a string flag with a default value.
func (f *FlagSet) String(name string, value string, usage string) *string { return new(string) }

// StringP is String with a shorthand.
func (f *FlagSet) StringP(name, shorthand string, value string, usage string) *string {
	return new(string)
}

// StringVar defines a string flag stored in p.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {}

// StringVarP is StringVar with a shorthand.
func (f *FlagSet) StringVarP(p *string, name, shorthand string, value string, usage string) {}

// GetString returns the value of the named flag.
func (f *FlagSet) GetString(name string) (string, error) { return "", nil }

// String defines a string flag of the command line.
func String(name string, value string, usage string) *string { return new(string) }

// StringP is String with a shorthand.
func StringP(name, shorthand string, value string, usage string) *string { return new(string) }

// StringVar defines a string flag of the command line stored in p.
func StringVar(p *string, name string, value string, usage string) {}

// StringVarP is StringVar with a shorthand.
func StringVarP(p *string, name, shorthand string, value string, usage string) {}

// Parse parses the command line.
func Parse() {}
