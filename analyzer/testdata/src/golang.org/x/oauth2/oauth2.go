// Package oauth2 is a stub of golang.org/x/oauth2 for jwtlint's tests: the
// token an OAuth2 client receives from the authorization server's token
// endpoint.
package oauth2

import "time"

type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
	ExpiresIn    int64
}

func (t *Token) Extra(key string) any { return nil }

func (t *Token) Valid() bool { return t != nil && t.AccessToken != "" }

type TokenSource interface {
	Token() (*Token, error)
}
