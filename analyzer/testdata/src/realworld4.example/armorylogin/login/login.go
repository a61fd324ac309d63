// Package login asks the token endpoint for an access token and reads the
// organisation out of it (sweep B: armory-cli cmd/login/login.go).
package login

import (
	"encoding/json"
	"net/http"
	"net/url"

	"realworld4.example/armorylogin/auth"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

// Login exchanges the client credentials for a token and returns its
// organisation claim.
func Login(clientID, secret string) (string, error) {
	res, err := http.PostForm("https://auth.example.com/oauth/token", url.Values{"client_id": {clientID}, "client_secret": {secret}})
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tr); err != nil {
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
