// Package auth is a fixture after livekit/protocol's auth/accesstoken.go
// (d74e7cd): an access token keeps the API secret it is made with and signs
// with it; the secret is a parameter, so nothing here is hard-coded.
package auth

import "github.com/golang-jwt/jwt/v5"

// AccessToken signs a token for an API key with its secret.
type AccessToken struct {
	apiKey string
	secret string
}

// NewAccessToken makes an access token for key, signed with secret.
func NewAccessToken(key, secret string) *AccessToken {
	return &AccessToken{apiKey: key, secret: secret}
}

// ToJWT signs the token.
func (t *AccessToken) ToJWT() (string, error) {
	claims := jwt.RegisteredClaims{Issuer: t.apiKey}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(t.secret))
}
