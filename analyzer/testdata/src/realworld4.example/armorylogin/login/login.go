// Package login gets an access token and reads the organisation out of it
// (sweep B: armory-cli cmd/login/login.go).
package login

import "realworld4.example/armorylogin/auth"

// Login exchanges the client credentials for a token and returns its
// organisation claim.
func Login(clientID, secret string) (string, error) {
	tr, err := auth.FetchToken(clientID, secret)
	if err != nil {
		return "", err
	}
	tok, err := auth.ParseWithoutValidation(tr.AccessToken)
	if err != nil {
		return "", err
	}
	org, _ := tok.Get("org")
	s, _ := org.(string)
	return s, nil
}
