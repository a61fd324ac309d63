// Package auth is a command-line tool's login: it asks the token endpoint // want package:"jwtlint.pkg"
// for an access token, keeps it in a credentials file under the user's
// home, and reads the environment and organisation ids out of it without
// verifying it, since only the API it sends the token to can (sweep stop
// 18: armory-io/armory-cli pkg/auth/auth.go, credentials.go:60-80; the
// real module imports gopkg.in/square/go-jose.v2, the stub path here is
// go-jose.v2's, whose rows are the same). The token also comes from the
// callers of NewAuth and ParseJwtWithoutValidation, in other packages
// (../config, ../login): whose it is is judged at their calls.
package auth

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"

	jwxjwt "github.com/lestrrat-go/jwx/jwt"
	"gopkg.in/go-jose/go-jose.v2/jwt"
)

// Credentials is the content of the credentials file.
type Credentials struct {
	Audience string `json:"audience"`
	Token    string `json:"token"`
}

// NewCredentials keeps a token the tool obtained.
func NewCredentials(audience, token string) *Credentials {
	return &Credentials{Audience: audience, Token: token}
}

// LoadCredentials reads the credentials file.
func LoadCredentials() (*Credentials, error) { // want LoadCredentials:"jwtlint.func"
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(home, ".armory", "credentials"))
	if err != nil {
		return nil, err
	}
	c := &Credentials{}
	return c, json.Unmarshal(data, c)
}

// WriteCredentials keeps the credentials in a file: json.MarshalIndent
// reads them, it does not write them.
func (c *Credentials) WriteCredentials(path string) error {
	data, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

// GetEnvironmentId reads the environment id of the tool's own token.
func (c *Credentials) GetEnvironmentId() (string, error) { // want GetEnvironmentId:"jwtlint.func"
	tok, err := jwt.ParseSigned(c.Token)
	if err != nil {
		return "", err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // the token came from the token endpoint
		return "", err
	}
	env, _ := claims["envId"].(string)
	return env, nil
}

// GetOrgId reads the organisation id of the tool's own token, through a
// value receiver.
func (c Credentials) GetOrgId() (string, error) { // want GetOrgId:"jwtlint.func"
	tok, err := jwt.ParseSigned(c.Token)
	if err != nil {
		return "", err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // the token came from the token endpoint
		return "", err
	}
	org, _ := claims["orgId"].(string)
	return org, nil
}

// Auth holds the token of the current run.
type Auth struct {
	token string
}

// NewAuth keeps the token of the run, when the user gave one (armory-cli's
// --authToken flag, passed by pkg/config); no caller in the package: the
// token is judged where NewAuth is called.
func NewAuth(token string) *Auth { return &Auth{token: token} } // want NewAuth:"jwtlint.func"

// ParseJwtWithoutValidation decodes the tool's own access token (jwx v1's
// Parse without a key option; login.go:166 of armory-cli): its callers
// (../login) pass the token endpoint's response.
func ParseJwtWithoutValidation(encodedJwt string) (jwxjwt.Token, error) { // want ParseJwtWithoutValidation:"jwtlint.func"
	return jwxjwt.Parse([]byte(encodedJwt), jwxjwt.WithValidate(false))
}

// SuccessfulResponse is the token endpoint's answer.
type SuccessfulResponse struct {
	AccessToken string `json:"access_token"`
}

// RefreshAuthToken asks the token endpoint for a new access token
// (armory-cli login.go:115): its answer is the tool's own.
func RefreshAuthToken(refreshToken string) (*SuccessfulResponse, error) { // want RefreshAuthToken:"jwtlint.func"
	res, err := http.PostForm("https://auth.cloud.armory.io/oauth/token", url.Values{"refresh_token": {refreshToken}})
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	response := &SuccessfulResponse{}
	if err := json.NewDecoder(res.Body).Decode(response); err != nil {
		return nil, err
	}
	return response, nil
}

type remoteToken struct {
	AccessToken string `json:"access_token"`
}

// Login asks the token endpoint for an access token.
func (a *Auth) Login(clientID, secret string) error { // want Login:"jwtlint.func"
	res, err := http.PostForm("https://auth.cloud.armory.io/oauth/token", url.Values{"client_id": {clientID}, "client_secret": {secret}})
	if err != nil {
		return err
	}
	defer res.Body.Close()
	rt := &remoteToken{}
	if err := json.NewDecoder(res.Body).Decode(rt); err != nil {
		return err
	}
	a.token = rt.AccessToken
	return nil
}

// GetEnvironmentId reads the environment id of the current token, or of
// the stored one.
func (a *Auth) GetEnvironmentId() (string, error) { // want GetEnvironmentId:"jwtlint.func"
	if a.token != "" {
		return NewCredentials("", a.token).GetEnvironmentId()
	}
	c, err := LoadCredentials()
	if err != nil {
		return "", err
	}
	return c.GetEnvironmentId()
}

// Session holds the token a request presents: not the tool's own.
type Session struct {
	token string
}

// NewSession keeps a token.
func NewSession(token string) *Session { return &Session{token: token} }

// Handle reads the subject of the request's token.
func Handle(w http.ResponseWriter, r *http.Request) {
	sub, _ := NewSession(r.Header.Get("Authorization")).Subject()
	w.Write([]byte(sub))
}

// Subject reads the subject of the session's token, unverified.
func (s *Session) Subject() (string, error) { // want Subject:"jwtlint.func"
	tok, err := jwt.ParseSigned(s.token)
	if err != nil {
		return "", err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `\(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification does not verify the token's signature`
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

// Ticket holds a token from whoever calls NewTicket: nothing in the
// package says whose it is.
type Ticket struct {
	token string
}

// NewTicket keeps a token; no caller in the package: it is judged at
// the calls of the importers (../server passes a request's header).
func NewTicket(token string) *Ticket { return &Ticket{token: token} } // want NewTicket:"jwtlint.func"

// Subject reads the subject of the ticket's token, unverified.
func (t *Ticket) Subject() (string, error) { // want Subject:"jwtlint.func"
	tok, err := jwt.ParseSigned(t.token)
	if err != nil {
		return "", err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // the ticket's token is judged at NewTicket's calls
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

// Grant is a token a request's body carries, decoded into the struct.
type Grant struct {
	Token string `json:"token"`
}

// Exchange decodes a grant from the request and reads its subject.
func Exchange(w http.ResponseWriter, r *http.Request) {
	g := &Grant{}
	if err := json.NewDecoder(r.Body).Decode(g); err != nil {
		return
	}
	sub, _ := g.Subject()
	w.Write([]byte(sub))
}

// Subject reads the subject of the grant's token, unverified.
func (g *Grant) Subject() (string, error) { // want Subject:"jwtlint.func"
	tok, err := jwt.ParseSigned(g.Token)
	if err != nil {
		return "", err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `\(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification does not verify the token's signature`
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

// Server answers an RPC: a handler, whose request is input whoever calls
// it (the gRPC server, on a client's behalf).
type Server struct{}

// LoginRequest is an RPC's request.
type LoginRequest struct {
	Token string
}

// LoginReply is an RPC's reply.
type LoginReply struct {
	Subject string
}

// Login reads the subject of the request's token, unverified: a handler's
// parameter is reported at the parse, not judged at its callers.
func (s *Server) Login(ctx context.Context, req *LoginRequest) (*LoginReply, error) {
	tok, err := jwt.ParseSigned(req.Token)
	if err != nil {
		return nil, err
	}
	var claims map[string]interface{}
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `\(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification does not verify the token's signature`
		return nil, err
	}
	sub, _ := claims["sub"].(string)
	return &LoginReply{Subject: sub}, nil
}
