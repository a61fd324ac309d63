package squarejose

import (
	jose "gopkg.in/square/go-jose.v2"
	"gopkg.in/square/go-jose.v2/jwt"
)

// parseJWT parses a signed JWT. This version of go-jose cannot restrict the
// algorithms it accepts.
func parseJWT(raw string) (*jwt.JSONWebToken, error) {
	return jwt.ParseSigned(raw) // jwtlint:expect missing-alg-check
}

// parseJWS parses a JWS, accepting any algorithm.
func parseJWS(raw string) (*jose.JSONWebSignature, error) {
	return jose.ParseSigned(raw) // jwtlint:expect missing-alg-check
}
