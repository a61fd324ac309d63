// Package login gets an access token and reads the organisation out of it
// (sweep B: armory-cli cmd/login/login.go).
package login

import "realworld4.example/armorylogin/auth"

// Login exchanges the client credentials for a token and returns its
// subject.
func Login(clientID, secret string) (string, error) { // want Login:"jwtlint.func"
	tr, err := auth.FetchToken(clientID, secret)
	if err != nil {
		return "", err
	}
	tok, err := auth.ParseWithoutValidation(tr.AccessToken)
	if err != nil {
		return "", err
	}
	s := tok.Subject()
	return s, nil
}
