// Package apple is a Sign in with Apple client (sweep 5: Timothylock/go-signin-with-apple // want package:"jwtlint.pkg"
// 936c396, apple/validator.go): it exchanges an authorization code at Apple's token
// endpoint, decoding the answer into the caller's value, and exports decoders that read
// an id_token's claims unverified, for the id_token of that answer. It fetches tokens, so
// it is a token client: its decoders are judged at their calls (unverified-parse).
package apple

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// TokenResponse is the token endpoint's answer.
type TokenResponse struct {
	IDToken string `json:"id_token"`
}

// HTTPClient is what Client sends its requests with (an *http.Client).
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client talks to Apple's token endpoint.
type Client struct{ hc HTTPClient }

// VerifyCode exchanges an authorization code and decodes the answer into
// result, through a helper given its address, as the real client does.
func (c *Client) VerifyCode(ctx context.Context, code string, result any) error { // want VerifyCode:"jwtlint.func"
	return post(ctx, c.hc, &result, url.Values{"code": {code}})
}

func post(ctx context.Context, hc HTTPClient, result any, data url.Values) error {
	req, err := http.NewRequestWithContext(ctx, "POST", "https://appleid.apple.com/auth/token", strings.NewReader(data.Encode()))
	if err != nil {
		return err
	}
	res, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(result)
}

// UniqueID returns the subject of an id_token without verifying it.
func UniqueID(idToken string) (string, error) { // want UniqueID:"jwtlint.func"
	tok, _, err := jwt.NewParser().ParseUnverified(idToken, jwt.MapClaims{})
	if err != nil {
		return "", err
	}
	sub, _ := tok.Claims.GetSubject()
	return sub, nil
}

// FromForm copies the id_token a client posted into out: not the program's
// own.
func FromForm(r *http.Request, out *TokenResponse) {
	out.IDToken = r.FormValue("id_token")
}
