// Package server hands a request's token to the exported functions of
// auth that read it unverified: reported at each call, which passes input
// to them.
package server

import (
	"net/http"

	"realworld4.example/armory/auth"
	"realworld4.example/armory/wrap"
)

// Env answers with the environment id of the request's token.
func Env(w http.ResponseWriter, r *http.Request) {
	env, _ := auth.NewAuth(r.Header.Get("Authorization")).GetEnvironmentId() // want `auth\.NewAuth passes its parameter token to \(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification \(auth\.go:\d+\), which does not verify the token's signature`
	w.Write([]byte(env))
}

// Subject answers with the subject of the request's token.
func Subject(w http.ResponseWriter, r *http.Request) {
	tok, err := auth.ParseJwtWithoutValidation(r.Header.Get("Authorization")) // want `auth\.ParseJwtWithoutValidation passes its parameter encodedJwt to jwt\.Parse`
	if err != nil {
		return
	}
	w.Write([]byte(tok.Subject()))
}

// Ticket answers with the subject of the ticket the query carries.
func Ticket(w http.ResponseWriter, r *http.Request) {
	sub, _ := auth.NewTicket(r.URL.Query().Get("ticket")).Subject() // want `auth\.NewTicket passes its parameter token to`
	w.Write([]byte(sub))
}

// Wrapped answers with the environment id of the request's token, read
// through wrap.EnvOf.
func Wrapped(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	env, _ := wrap.EnvOf(c.Value) // want `wrap\.EnvOf passes its parameter token to`
	w.Write([]byte(env))
}
