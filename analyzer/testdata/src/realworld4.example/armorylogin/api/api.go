// Package api hands a request's token to the same decoder: input, reported
// at the call.
package api

import (
	"net/http"

	"realworld4.example/armorylogin/auth"
)

// Org answers with the subject of the caller's token, unverified.
func Org(w http.ResponseWriter, r *http.Request) {
	tok, err := auth.ParseWithoutValidation(r.Header.Get("Authorization")) // want `auth.ParseWithoutValidation passes its parameter raw to`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s := tok.Subject()
	w.Write([]byte(s))
}
