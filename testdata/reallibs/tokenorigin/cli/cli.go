// Package cli gives auth the token its user passed in a flag, and the one
// the token endpoint answered with: the tool's own, not reported.
package cli

import (
	"flag"

	"example.com/reallibs/tokenorigin/auth"
)

var authToken = flag.String("authToken", "", "a raw JWT token")

// Environment reads the environment id of the flag's token.
func Environment() string {
	return auth.NewAuth(*authToken).EnvironmentID()
}

// Login asks the token endpoint for a token and decodes it.
func Login(clientID string) (string, error) {
	raw, err := auth.Fetch(clientID)
	if err != nil {
		return "", err
	}
	tok, err := auth.ParseJwtWithoutValidation(raw)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
