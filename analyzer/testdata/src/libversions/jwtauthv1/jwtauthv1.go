// Package jwtauthv1 covers github.com/go-chi/jwtauth (v1 to v4, before the
// /v5 module path).
package jwtauthv1

import (
	"os"

	"github.com/go-chi/jwtauth"
)

var tokenAuth = jwtauth.New("HS256", []byte("jwtauth-v1-secret"), nil) // want `hard-coded 17-byte key passed to`

func envAuth() *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)
}
