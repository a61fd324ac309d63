// Package auth is a command-line tool's token client: it asks its token // want package:"jwtlint.pkg"
// endpoint for an access token, and an exported function decodes a token
// without verifying it; the module's only calls of that function, in another
// package, pass the access token the tool has just received from the
// endpoint (sweep B of 2026-12-04: armory-io/armory-cli ba88b7f,
// pkg/auth/login.go:166, called from cmd/login/login.go:89 and :109). The
// token is the tool's own, which the API it is sent to verifies: no
// unverified-parse here, and the calls are judged in the importer.
package auth

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/lestrrat-go/jwx/jwt"
)

// TokenResponse is the token endpoint's answer.
type TokenResponse struct {
	AccessToken string `json:"access_token"`
}

// FetchToken exchanges the client credentials for a token.
func FetchToken(clientID, secret string) (*TokenResponse, error) { // want FetchToken:"jwtlint.func"
	res, err := http.PostForm("https://auth.example.com/oauth/token", url.Values{"client_id": {clientID}, "client_secret": {secret}})
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var tr TokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tr); err != nil {
		return nil, err
	}
	return &tr, nil
}

// ParseWithoutValidation decodes an access token to read its claims.
func ParseWithoutValidation(raw string) (jwt.Token, error) { // want ParseWithoutValidation:"jwtlint.func"
	return jwt.Parse([]byte(raw), jwt.WithValidate(false))
}
