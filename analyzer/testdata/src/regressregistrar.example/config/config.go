// Package config holds secrets declared with a placeholder ("" or "dev")
// and filled by loaders that a library runs before the program's work:
// functions registered with cobra.OnInitialize, a cobra command's
// PersistentPreRunE and PreRunE hooks, and functions passed to
// sync.Once.Do (issue 12 item 2). The placeholder never reaches a key
// sink when the loader stores on every path; the loaders at the end store
// on some paths only, or are registered by code that never runs, and their
// placeholders stay.
package config

import (
	"errors"
	"os"
	"sync"

	"github.com/spf13/cobra"
)

// OnInitSecret is filled by initConfig, registered with cobra.OnInitialize.
var OnInitSecret = ""

// OnInitDev is filled by initConfig too; its placeholder is not empty.
var OnInitDev = "dev"

func init() { cobra.OnInitialize(initConfig) }

func initConfig() {
	OnInitSecret = os.Getenv("ONINIT_SECRET")
	OnInitDev = os.Getenv("ONINIT_DEV")
}

// OnceSecret is filled by loadOnce through sync.Once.Do.
var OnceSecret = "dev"

// ClosureSecret is filled by a function literal passed to sync.Once.Do.
var ClosureSecret = ""

var once, closureOnce sync.Once

func loadOnce() { OnceSecret = os.Getenv("ONCE_SECRET") }

// Load loads the settings once.
func Load() {
	once.Do(loadOnce)
	closureOnce.Do(func() { ClosureSecret = os.Getenv("CLOSURE_SECRET") })
}

// HookSecret is filled by Root's PersistentPreRunE.
var HookSecret = "changeme"

// PreRunSecret is filled by Root's PreRunE after a check whose failure
// stops the command: Run never sees the placeholder.
var PreRunSecret = ""

// Root is the program's command.
var Root = &cobra.Command{
	Use: "app",
	PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
		HookSecret = os.Getenv("HOOK_SECRET")
		return nil
	},
	PreRunE: func(cmd *cobra.Command, args []string) error {
		s := os.Getenv("PRERUN_SECRET")
		if s == "" {
			return errors.New("PRERUN_SECRET is not set")
		}
		PreRunSecret = s
		return nil
	},
}

// SometimesSecret is filled only when the variable is set: its registered
// loader leaves the placeholder on the other path.
var SometimesSecret = "dev"

func initSometimes() {
	if s := os.Getenv("SOMETIMES_SECRET"); s != "" {
		SometimesSecret = s
	}
}

// NeverSecret's loader is registered by a function nothing calls.
var NeverSecret = "dev"

func register() { cobra.OnInitialize(func() { NeverSecret = os.Getenv("NEVER_SECRET") }) }

// HookSometimes is filled by a hook that returns success without storing
// on one path.
var HookSometimes = ""

// Other is another command.
var Other = &cobra.Command{
	Use: "other",
	PreRunE: func(cmd *cobra.Command, args []string) error {
		if os.Getenv("SKIP") != "" {
			return nil
		}
		HookSometimes = os.Getenv("HOOK_SOMETIMES")
		return nil
	},
}

func init() { cobra.OnInitialize(initSometimes) }

// NestedSecret is filled by loadNested, which initNested, registered with
// cobra.OnInitialize, calls on every path.
var NestedSecret = "dev"

func initNested() { loadNested() }

func loadNested() { NestedSecret = os.Getenv("NESTED_SECRET") }

func init() { cobra.OnInitialize(initNested) }
