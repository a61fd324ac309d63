// Package fosite is a stub of github.com/ory/fosite for jwtlint's tests: the
// request an OAuth2 provider mints its tokens for.
package fosite

import "net/url"

// Arguments are scopes or audiences.
type Arguments []string

// Requester is an authorization or token request the provider handles.
type Requester interface {
	GetID() string
	GetRequestedScopes() (scopes Arguments)
	GetGrantedScopes() (grantedScopes Arguments)
	GetRequestForm() url.Values
}
