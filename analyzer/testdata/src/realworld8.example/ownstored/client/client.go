// Package client reduces habitat-network/habitat at 6bb79c5
// (internal/pdsclient/dpop.go:107): the client reads the expiry of the
// access token it keeps in its credential store to decide whether to
// refresh it; the refreshed token comes from the authorization server's
// token endpoint and is stored back. The store holds the program's own
// tokens: no unverified-parse. The control (a store the program fills
// with a request's token) stays reported.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/go-jose/go-jose/v3/jwt"

	"realworld8.example/ownstored/creds"
)

// TokenResponse is the token endpoint's response.
type TokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

// OAuthClient refreshes tokens.
type OAuthClient interface {
	RefreshToken(issuer, refreshToken string) (*TokenResponse, error)
}

type oauthClient struct {
	http     *http.Client
	endpoint string
}

func (o *oauthClient) RefreshToken(issuer, refreshToken string) (*TokenResponse, error) {
	req, err := http.NewRequest(http.MethodPost, o.endpoint, strings.NewReader("grant_type=refresh_token&refresh_token="+refreshToken))
	if err != nil {
		return nil, err
	}
	resp, err := o.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var tr TokenResponse
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&tr); err != nil {
		return nil, err
	}
	return &tr, nil
}

// TokenFromCookie decodes the token info a login kept in a cookie, as
// habitat's session.go:167: a TokenResponse the package fills from a
// request, which says nothing of the one RefreshToken returns.
func TokenFromCookie(r *http.Request) (*TokenResponse, error) {
	ck, err := r.Cookie("token_info")
	if err != nil {
		return nil, err
	}
	var tr TokenResponse
	if err := json.Unmarshal([]byte(ck.Value), &tr); err != nil {
		return nil, err
	}
	return &tr, nil
}

type authedClient struct {
	id    string
	store creds.Store
	oauth OAuthClient
}

// NewAuthedClient returns a client for the user id.
func NewAuthedClient(id string, store creds.Store, h *http.Client, endpoint string) *authedClient {
	return &authedClient{id: id, store: store, oauth: &oauthClient{http: h, endpoint: endpoint}}
}

// accessToken reads the stored token's expiry and refreshes it, as
// getAccessTokenToUse (dpop.go:95).
func (c *authedClient) accessToken(ctx context.Context) (*creds.Credentials, error) {
	get := func() (*creds.Credentials, error) {
		cred, err := c.store.Get(ctx, c.id)
		if err != nil {
			return nil, err
		}
		token, err := jwt.ParseSigned(cred.AccessToken)
		if err != nil {
			return nil, err
		}
		var claims jwt.Claims
		if err := token.UnsafeClaimsWithoutVerification(&claims); err != nil {
			return nil, err
		}
		if claims.Expiry.Time().Before(time.Now().Add(5 * time.Minute)) {
			tr, err := c.oauth.RefreshToken(claims.Issuer, cred.RefreshToken)
			if err != nil {
				return nil, err
			}
			cred = &creds.Credentials{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken}
			if err := c.store.Upsert(ctx, c.id, cred); err != nil {
				return nil, err
			}
		}
		return cred, nil
	}
	return get()
}

// Do sends req with the user's access token.
func (c *authedClient) Do(req *http.Request) (*http.Response, error) {
	cred, err := c.accessToken(req.Context())
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "DPoP "+cred.AccessToken)
	return http.DefaultClient.Do(req)
}

// Control: the program keeps a request's token in a store and reads its
// claims back later; the token is whatever the sender wrote.

type sessions struct{ store creds.SessionStore }

// Remember keeps the request's bearer token.
func (s *sessions) Remember(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	_ = s.store.Save(r.Context(), r.URL.Query().Get("id"), &creds.Session{Token: tok})
}

// Subject reads the kept token's subject.
func (s *sessions) Subject(ctx context.Context, id string) (string, error) {
	sess, err := s.store.Load(ctx, id)
	if err != nil {
		return "", err
	}
	token, err := jwt.ParseSigned(sess.Token)
	if err != nil {
		return "", err
	}
	var claims jwt.Claims
	if err := token.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `UnsafeClaimsWithoutVerification does not verify`
		return "", err
	}
	return claims.Subject, nil
}
