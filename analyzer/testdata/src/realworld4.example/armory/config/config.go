// Package config hands the --authToken flag's value to auth.NewAuth // want package:"jwtlint.pkg"
// (armory-cli pkg/config/configuration.go:80, the flag from cmd/rootCmd.go:47):
// a command-line tool's flag is its user's own token, no input of others,
// so NewAuth's unverified reads of it are not reported.
package config

import (
	"flag"

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
	IsTest      *bool
}

// Configuration is the tool's configuration.
type Configuration struct {
	input *Input
}

// NewConfiguration keeps the flags the root command (../cmd) parsed
// (armory-cli pkg/config/configuration.go:31, called from cmd/rootCmd.go:64
// and, with made-up input, from configuration_test.go): its parameter is
// judged at the root command's call.
func NewConfiguration(input *Input) *Configuration { // want NewConfiguration:"jwtlint.func"
	return &Configuration{input: input}
}

// GetAuth returns the run's Auth, with the token of the root command's
// pflag.
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
