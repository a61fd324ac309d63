// Package regressclienttoken is a regression fixture from the real-world
// sweep (apache/pulsar-client-go v0.19.0, oauth2/auth.go:114): an OAuth2
// client reads a claim of the access token it received from the
// authorization server's token endpoint, to show the user name. The token is
// the client's own, fetched over TLS; it decides nothing on a server, and a
// client cannot verify a token meant for the resource server. OpenID Connect
// Core 3.1.3.7 likewise lets a client trust an ID token received directly
// from the token endpoint. A token that comes from the request is still
// reported.
package regressclienttoken

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// ExtractUserName is pulsar's helper.
func ExtractUserName(token oauth2.Token) (string, error) { // want ExtractUserName:"jwtlint.func"
	p := jwt.Parser{}
	claims := jwt.MapClaims{}
	if _, _, err := p.ParseUnverified(token.AccessToken, claims); err != nil {
		return "", err
	}
	name, _ := claims["sub"].(string)
	return name, nil
}

// idTokenSubject reads the ID token of a code exchange's response.
func idTokenSubject(src oauth2.TokenSource) string {
	tok, err := src.Token()
	if err != nil {
		return ""
	}
	raw, _ := tok.Extra("id_token").(string)
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims)
	sub, _ := claims["sub"].(string)
	return sub
}

// fromRequest reads a bearer token a client sent: anyone can write it.
func fromRequest(r *http.Request) string {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims) // want `\(\*jwt.Parser\).ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}
