// Package tokenorigin holds the shapes of issue 12 item 4: an unverified
// parse is reported when the token is (or can be) input the program
// receives, and not when the token is the program's own: one it has just
// signed, one it received in the response to a request it made, one it
// keeps in its own credential store or token store.
package tokenorigin

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/zalando/go-keyring"
)

func key() []byte { return []byte(os.Getenv("JWT_SECRET")) }

// signedThenRead reads the expiry of the token it has just signed.
func signedThenRead(user string) (time.Time, error) {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: user}).SignedString(key())
	if err != nil {
		return time.Time{}, err
	}
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(s, &c); err != nil {
		return time.Time{}, err
	}
	return c.ExpiresAt.Time, nil
}

func issue(user string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: user}).SignedString(key())
}

// signedByHelper reads a token a helper of the package signed.
func signedByHelper(user string) string {
	s, _ := issue(user)
	tok, _, _ := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return tok.Raw
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	IDToken     string `json:"id_token"`
}

// fromTokenEndpoint reads the ID token of the response to its own request
// to the authorization server (a client, as in OpenID Connect Core
// 3.1.3.7).
func fromTokenEndpoint(code string) (string, error) {
	resp, err := http.PostForm("https://auth.example.com/token", url.Values{"code": {code}})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(out.IDToken, claims); err != nil {
		return "", err
	}
	email, _ := claims["email"].(string)
	return email, nil
}

// fromClientBody reads a token from the body of a response of an HTTP
// client.
func fromClientBody(c *http.Client, req *http.Request) (jwt.MapClaims, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	claims := jwt.MapClaims{}
	_, _, err = jwt.NewParser().ParseUnverified(strings.TrimSpace(string(body)), claims)
	return claims, err
}

// fromConfigDir reads the expiry of the CLI's own login token, kept under
// the user's configuration directory.
func fromConfigDir() (time.Time, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return time.Time{}, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "mycli", "token"))
	if err != nil {
		return time.Time{}, err
	}
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(strings.TrimSpace(string(data)), &c); err != nil {
		return time.Time{}, err
	}
	return c.ExpiresAt.Time, nil
}

type credentials struct {
	Token string `json:"token"`
}

// fromHomeFile reads the e-mail of the login token in ~/.mycli.json.
func fromHomeFile() string {
	home, _ := os.UserHomeDir()
	f, err := os.Open(filepath.Join(home, ".mycli.json"))
	if err != nil {
		return ""
	}
	defer f.Close()
	var cr credentials
	if json.NewDecoder(f).Decode(&cr) != nil {
		return ""
	}
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(cr.Token, claims)
	email, _ := claims["email"].(string)
	return email
}

// fromKeyring reads the login token the CLI keeps in the system keyring.
func fromKeyring() string {
	raw, err := keyring.Get("mycli", "default")
	if err != nil {
		return ""
	}
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims)
	sub, _ := claims["sub"].(string)
	return sub
}

// session is a token store the program writes: only tokens it signed or
// fetched are stored in it.
type session struct {
	token string
}

func (s *session) login(user string) error {
	t, err := issue(user)
	if err != nil {
		return err
	}
	s.token = t
	return nil
}

func (s *session) refresh(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	s.token = out.AccessToken
	return nil
}

// expired reads the expiry of the stored token.
func (s *session) expired() bool {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(s.token, &c); err != nil {
		return true
	}
	return c.ExpiresAt.Before(time.Now())
}

// fromEnv reads the token the operator configured: the program's own
// configuration, like its keys.
func fromEnv() string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(os.Getenv("SERVICE_TOKEN"), claims)
	sub, _ := claims["sub"].(string)
	return sub
}
