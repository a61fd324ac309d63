// Command cmd is the tool's root command: it parses the flags into the
// configuration's input (armory-cli cmd/rootCmd.go:47-70), the user's own
// token beside flags that hold none (a *bool).
package main

import (
	"github.com/spf13/pflag"

	"realworld4.example/armory/config"
)

func main() {
	fs := &pflag.FlagSet{}
	accessToken := fs.StringP("authToken", "a", "", "Authenticate using a raw JWT token")
	test := new(bool)
	conf := config.NewConfiguration(&config.Input{AccessToken: accessToken, IsTest: test})
	env, _ := conf.GetAuth().GetEnvironmentId()
	println(env)
}
