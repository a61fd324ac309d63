package kataras

import (
	"os"

	"github.com/kataras/jwt"
)

// UsernameUnverified decodes a token without verifying it.
func UsernameUnverified(token []byte) (string, error) {
	u, err := jwt.Decode(token) // jwtlint:expect unverified-parse
	if err != nil {
		return "", err
	}
	var c userClaims
	if err := u.Claims(&c); err != nil {
		return "", err
	}
	return c.Username, nil
}

// SignNone issues an unsigned token.
func SignNone(user string) ([]byte, error) {
	return jwt.Sign(jwt.NONE, nil, userClaims{Username: user}) // jwtlint:expect none-alg
}

// VerifyEnv verifies with a key from the environment: not reported.
func VerifyEnv(token []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, []byte(os.Getenv("JWT_SECRET")), token)
}
