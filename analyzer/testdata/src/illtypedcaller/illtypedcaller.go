// Package illtypedcaller: an unexported helper decodes a token unverified,
// and the only call that tells whose token it is lies in a declaration
// left out because its types are incomplete (pocket-id/pocket-id d258d95,
// backend/internal/oidc/preview.go:119, sweep 6 of issue 12: where its
// fosite fork does not load, BuildClientPreview, which mints the tokens
// the helper decodes, does not type-check). jwtlint reports what it can
// tell, not what it cannot see: the helper is not reported on the
// strength of callers it never judged; a helper with a well-typed caller
// passing input still is.
package illtypedcaller

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

func claimsOf(tok string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(tok, claims) // no finding: the only caller is left out
	return claims, err
}

// preview mints a token with a strategy whose type did not load.
func preview(s missingStrategy) (jwt.MapClaims, error) {
	tok, err := s.GenerateIDToken()
	if err != nil {
		return nil, err
	}
	return claimsOf(tok)
}

func peek(tok string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(tok, claims) // want `ParseUnverified does not verify the token's signature`
	return claims, err
}

func previewAgain(s missingStrategy) (jwt.MapClaims, error) {
	tok, _ := s.GenerateIDToken()
	return peek(tok)
}

func handle(w http.ResponseWriter, r *http.Request) {
	_, _ = peek(r.Header.Get("Authorization"))
}

func unused(tok string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(tok, claims) // want `ParseUnverified does not verify the token's signature`
	return claims, err
}
