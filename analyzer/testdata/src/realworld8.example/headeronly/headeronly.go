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
	"fmt"
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

// Positive controls: the token's claims are read, so the unverified parse
// trusts them.

// CanHandleClaims reads the claims the unverified parse filled.
func CanHandleClaims(r *http.Request) bool {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(bearer(r), claims) // want `ParseUnverified does not verify the token's signature`
	return err == nil && claims["iss"] == "space"
}

// getClaimsJwt parses without verifying for a caller that reads the
// token's Claims field.
func getClaimsJwt(r *http.Request) (*jwt.Token, error) {
	token, _, err := jwt.NewParser().ParseUnverified(bearer(r), jwt.MapClaims{}) // want `ParseUnverified does not verify the token's signature`
	return token, err
}

// CanHandleTokenClaims reads the claims through the token.
func CanHandleTokenClaims(r *http.Request) bool {
	token, err := getClaimsJwt(r)
	if err != nil {
		return false
	}
	claims, _ := token.Claims.(jwt.MapClaims)
	return claims["iss"] == "space"
}

// GetBearerJwt hands the unverified token to its callers, which may read
// its claims.
func GetBearerJwt(r *http.Request) (*jwt.Token, error) {
	token, _, err := jwt.NewParser().ParseUnverified(bearer(r), jwt.MapClaims{}) // want `ParseUnverified does not verify the token's signature`
	return token, err
}

// DescribeBearer hands the unverified token to another function, which
// may read its claims.
func DescribeBearer(r *http.Request) string {
	token, _, err := jwt.NewParser().ParseUnverified(bearer(r), jwt.MapClaims{}) // want `ParseUnverified does not verify the token's signature`
	if err != nil {
		return ""
	}
	return fmt.Sprint(token.Header["kid"], token)
}

// ValidateJose verifies the go-jose v3 token, which may name any
// algorithm.
func ValidateJose(r *http.Request, key any) (string, error) {
	token, err := jose.ParseSigned(bearer(r)) // want `jwt.ParseSigned \(go-jose/go-jose/v3\) cannot restrict the algorithms`
	if err != nil {
		return "", err
	}
	var c jose.Claims
	if err := token.Claims(key, &c); err != nil {
		return "", err
	}
	return c.Subject, nil
}
