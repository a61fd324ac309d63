package josev4

import (
	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// parseJWT parses a signed JWT, accepting only HS256: not reported.
func parseJWT(raw string) (*jwt.JSONWebToken, error) {
	return jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.HS256})
}

// parseJWS parses a JWS, accepting only HS256 and HS512: not reported.
func parseJWS(raw string) (*jose.JSONWebSignature, error) {
	return jose.ParseSigned(raw, []jose.SignatureAlgorithm{jose.HS256, jose.HS512})
}
