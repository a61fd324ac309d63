package envfix

import (
	"os"

	"github.com/go-chi/jwtauth/v5"
)

var _ = os.Getenv

// A literal passed to a call is named by nothing the call's result is
// assigned to: tokenAuth holds a *JWTAuth, not the key (was TOKEN_AUTH).
func argument() *jwtauth.JWTAuth {
	tokenAuth := jwtauth.New("HS256", []byte("argument-of-a-constructor-call"), nil) // want `hard-coded 30-byte key passed to jwtauth.New`
	return tokenAuth
}
