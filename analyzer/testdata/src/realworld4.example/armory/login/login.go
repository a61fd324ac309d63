// Package login decodes the access token the token endpoint answered with
// (armory-cli cmd/login/login.go:89 and :109, auth.ParseJwtWithoutValidation
// of response.AccessToken): the tool's own token, not reported.
package login

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"

	"realworld4.example/armory/auth"
)

type successfulResponse struct {
	AccessToken string `json:"access_token"`
}

// Login asks the token endpoint for a token and reads its claims.
func Login(clientID string) (string, error) { // want Login:"jwtlint.func"
	res, err := http.PostForm("https://auth.cloud.armory.io/oauth/token", url.Values{"client_id": {clientID}})
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var response successfulResponse
	if err := json.NewDecoder(res.Body).Decode(&response); err != nil {
		return "", err
	}
	tok, err := auth.ParseJwtWithoutValidation(response.AccessToken)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// Exchange reads the claims of an OAuth2 client's token.
func Exchange(ctx context.Context, conf interface { // want Exchange:"jwtlint.func"
	Exchange(ctx context.Context, code string) (*oauth2.Token, error)
}, code string) (string, error) {
	t, err := conf.Exchange(ctx, code)
	if err != nil {
		return "", err
	}
	tok, err := auth.ParseJwtWithoutValidation(t.AccessToken)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// Refresh reads the claims of the token the endpoint answered a refresh
// with, through auth.RefreshAuthToken's result (armory-cli
// cmd/login/login.go:105-109).
func Refresh(refreshToken string) (string, error) { // want Refresh:"jwtlint.func"
	response, err := auth.RefreshAuthToken(refreshToken)
	if err != nil {
		return "", err
	}
	tok, err := auth.ParseJwtWithoutValidation(response.AccessToken)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
