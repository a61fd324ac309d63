// Package headeronly reduces habitat-network/habitat at 6bb79c5
// (internal/authn/util.go:16, space_credential.go:26,
// service_auth.go:38, oauthserver/oauth_server.go:551): an auth method's
// CanHandle parses the bearer token without verifying it only to read its
// header (typ, kid) and pick the method; the method's Validate verifies
// the token with its key. Reading the header of an unverified token
// trusts nothing: no unverified-parse, and ParseSigned without a Claims
// call verifies nothing, so no missing-alg-check either.
package headeronly

import (
	"net/http"
	"strings"

	jose "github.com/go-jose/go-jose/v3/jwt"
	"github.com/golang-jwt/jwt/v5"
)

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// getBearerJwt parses without verifying, as util.go:16.
func getBearerJwt(r *http.Request) (*jwt.Token, error) {
	token, _, err := jwt.NewParser().ParseUnverified(bearer(r), jwt.MapClaims{})
	return token, err
}

// CanHandle reads only the header's typ.
func CanHandle(r *http.Request) bool {
	token, err := getBearerJwt(r)
	if err != nil {
		return false
	}
	return token.Header["typ"] == "atproto-space-credential+jwt"
}

// CanHandleJose reads only the headers of a go-jose v3 token.
func CanHandleJose(r *http.Request) bool {
	token, err := jose.ParseSigned(bearer(r))
	if err != nil {
		return false
	}
	return token.Headers[0].ExtraHeaders["typ"] == "JWT" && strings.HasPrefix(token.Headers[0].KeyID, "#")
}
