// Command cmd sets the options' key from a flag whose default is the
// default options' key (sgtm's cmd/sgtm/main.go:59): the placeholder the
// options package writes into its display copy is no default of it.
package main

import (
	"flag"
	"os"

	"realworld6.example/filteredcopy/opts"
)

var svcOpts opts.Opts

func main() {
	svcOpts = opts.DefaultOpts()
	fs := flag.NewFlagSet("root", flag.ExitOnError)
	fs.StringVar(&svcOpts.JWTSigningKey, "jwt-signing-key", svcOpts.JWTSigningKey, "HMAC secret to sign JWT tokens") // no finding
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	s := opts.New(svcOpts)
	if err := s.Render(os.Stdout); err != nil {
		os.Exit(1)
	}
}
