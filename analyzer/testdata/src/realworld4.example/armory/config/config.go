// Package config hands the --authToken flag's value to auth.NewAuth
// (armory-cli pkg/config/configuration.go:80, the flag from cmd/rootCmd.go:47):
// a command-line tool's flag is its user's own token, no input of others,
// so NewAuth's unverified reads of it are not reported.
package config

import (
	"flag"

	"github.com/spf13/pflag"

	"realworld4.example/armory/auth"
)

var accessToken = flag.String("authToken", "", "Authenticate using a raw JWT token")

// GetAuth returns the run's Auth, with the flag's token.
func GetAuth() *auth.Auth {
	return auth.NewAuth(*accessToken)
}

// Input holds the flags' values, set by the root command.
type Input struct {
	AccessToken *string
}

// Configuration is the tool's configuration.
type Configuration struct {
	input *Input
}

// New keeps the input of the root command.
func New(fs *pflag.FlagSet) *Configuration {
	return &Configuration{input: &Input{AccessToken: fs.StringP("authToken", "a", "", "Authenticate using a raw JWT token")}}
}

// GetAuth returns the run's Auth, with the pflag's token.
func (c *Configuration) GetAuth() *auth.Auth {
	return auth.NewAuth(*c.input.AccessToken)
}

// EnvironmentId reads the environment id of a token given with StringVar.
func EnvironmentId() (string, error) { // want EnvironmentId:"jwtlint.func"
	var tok string
	flag.StringVar(&tok, "token", "", "a raw JWT token")
	flag.Parse()
	return auth.NewAuth(tok).GetEnvironmentId()
}
