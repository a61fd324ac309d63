// Package api hands a request's token to auth: reported at each call.
package api

import (
	"net/http"

	"example.com/reallibs/tokenorigin/auth"
)

// Environment answers with the environment id of the request's token.
func Environment(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(auth.NewAuth(r.Header.Get("Authorization")).EnvironmentID())) // jwtlint:expect unverified-parse
}

// Subject answers with the subject of the request's token.
func Subject(w http.ResponseWriter, r *http.Request) {
	tok, err := auth.ParseJwtWithoutValidation(r.Header.Get("Authorization")) // jwtlint:expect unverified-parse
	if err != nil {
		return
	}
	w.Write([]byte(tok.Subject()))
}
