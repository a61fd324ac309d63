// Package serve loads its secret in a function literal that a command's
// Run passes to sync.Once.Do: the Run literal runs when the package
// initializer, which builds the command, does, so the placeholder never
// reaches the sink.
package serve

import (
	"os"
	"sync"

	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/cobra"
)

var secret = "dev"

var once sync.Once

// Serve is a command loading its secret once in Run, then signing.
var Serve = &cobra.Command{
	Use: "serve",
	Run: func(cmd *cobra.Command, args []string) {
		once.Do(func() { secret = mustEnv("SERVE_SECRET") })
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
	},
}

// mustEnv returns a variable of at least 32 bytes or stops the program.
func mustEnv(name string) string {
	s := os.Getenv(name)
	if len(s) < 32 {
		panic(name + " must hold at least 32 bytes")
	}
	return s
}
