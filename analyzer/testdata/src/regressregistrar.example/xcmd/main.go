// Command xcmd fills xconfig.JwtSecret in a loader it registers with
// cobra.OnInitialize: the placeholder, declared in another package, never
// reaches xsign's sink. Neither xconfig nor xsign sees the loader; only
// this package, which imports both, does.
package main

import (
	"os"

	"github.com/spf13/cobra"
	"regressregistrar.example/xconfig"
	"regressregistrar.example/xsign"
)

func init() { cobra.OnInitialize(initConfig) }

func initConfig() {
	s := os.Getenv("JWT_SECRET")
	if len(s) < 32 {
		panic("JWT_SECRET must hold at least 32 bytes")
	}
	xconfig.JwtSecret = s
}

func main() {
	root := &cobra.Command{Use: "xcmd", Run: func(*cobra.Command, []string) { xsign.Sign() }}
	root.Execute()
}
