// Package cobra is a stub of github.com/spf13/cobra for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package cobra

import "github.com/spf13/pflag"

// A Command is a command of the program.
type Command struct {
	Use string
	// PersistentPreRun runs before Run, for this command and its children.
	PersistentPreRun func(cmd *Command, args []string)
	// PersistentPreRunE is PersistentPreRun returning an error.
	PersistentPreRunE func(cmd *Command, args []string) error
	// PreRun runs before Run.
	PreRun func(cmd *Command, args []string)
	// PreRunE is PreRun returning an error.
	PreRunE func(cmd *Command, args []string) error
	Run     func(cmd *Command, args []string)
}

// OnInitialize registers functions that run before each command's Run.
func OnInitialize(y ...func()) {}

// Flags returns the command's flags.
func (c *Command) Flags() *pflag.FlagSet { return &pflag.FlagSet{} }

// PersistentFlags returns the flags of the command and its children.
func (c *Command) PersistentFlags() *pflag.FlagSet { return &pflag.FlagSet{} }

// Execute runs the command.
func (c *Command) Execute() error { return nil }
