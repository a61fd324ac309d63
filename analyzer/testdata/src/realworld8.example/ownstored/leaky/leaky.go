// Package leaky is a control of realworld8.example/ownstored: the same
// credential store, read back the same way, but the package writes a
// request's token into it, so what it reads back may be anyone's and the
// parse stays reported.
package leaky

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/go-jose/go-jose/v3/jwt"

	"realworld8.example/ownstored/creds"
)

type service struct{ store creds.Store }

// Login keeps the request's bearer token as the user's credentials.
func (s *service) Login(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	_ = s.store.Upsert(r.Context(), r.URL.Query().Get("id"), &creds.Credentials{AccessToken: tok})
}

// Expired reads the kept token's expiry.
func (s *service) Expired(ctx context.Context, id string) (bool, error) {
	cred, err := s.store.Get(ctx, id)
	if err != nil {
		return false, err
	}
	token, err := jwt.ParseSigned(cred.AccessToken)
	if err != nil {
		return false, err
	}
	var claims jwt.Claims
	if err := token.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `UnsafeClaimsWithoutVerification does not verify`
		return false, err
	}
	return claims.Expiry.Time().Before(time.Now()), nil
}
