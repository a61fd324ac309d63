// Package auth is a command-line tool's login (armory-cli's pkg/auth, issue
// 12 item 4): it fetches its token from the token endpoint, keeps the one
// its callers give it, and reads ids out of it unverified. A token client:
// whose token its exported functions are given shows at their calls, in
// other packages: ../cli passes its flag's value and the token endpoint's
// answer (not reported), ../api a request's header (reported at the call).
package auth

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/jwt"
)

// Auth holds the token of the current run.
type Auth struct {
	token string
}

// NewAuth keeps a token.
func NewAuth(token string) *Auth { return &Auth{token: token} }

// EnvironmentID reads the environment id of the token, unverified.
func (a *Auth) EnvironmentID() string {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(a.token, claims); err != nil {
		return ""
	}
	env, _ := claims["envId"].(string)
	return env
}

// ParseJwtWithoutValidation decodes a token with jwx v1's Parse and no key.
func ParseJwtWithoutValidation(encodedJwt string) (jwxjwt.Token, error) {
	return jwxjwt.Parse([]byte(encodedJwt), jwxjwt.WithValidate(false))
}

// Fetch asks the token endpoint for an access token.
func Fetch(clientID string) (string, error) {
	res, err := http.PostForm("https://auth.example.com/oauth/token", url.Values{"client_id": {clientID}})
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var response struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(res.Body).Decode(&response); err != nil {
		return "", err
	}
	return response.AccessToken, nil
}
