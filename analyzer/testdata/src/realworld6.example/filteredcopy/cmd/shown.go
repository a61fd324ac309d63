package main

import (
	"flag"

	"realworld6.example/filteredcopy/opts"
)

// shower starts from the published masked copy: its placeholder is the
// flag's default.
func shower(fs *flag.FlagSet) *opts.Shower {
	so := opts.LastShown
	fs.StringVar(&so.SigningKey, "signing-key", so.SigningKey, "HMAC secret") // want `hard-coded 8-byte key`
	return opts.NewShower(so)
}
