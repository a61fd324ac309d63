// Package app signs users in as the client's README shows: the id_token it decodes
// unverified is the one Apple's token endpoint has just answered with, decoded into resp
// by VerifyCode: the program's own token, not input; a request's id_token handed to the
// same decoder is input.
package app

import (
	"context"
	"net/http"

	"realworld4.example/applesignin/apple"
)

// SignIn exchanges the request's authorization code and returns the user's id.
func SignIn(ctx context.Context, c *apple.Client, code string) (string, error) { // want SignIn:"jwtlint.func"
	var resp apple.TokenResponse
	if err := c.VerifyCode(ctx, code, &resp); err != nil {
		return "", err
	}
	return apple.UniqueID(resp.IDToken)
}

// Trusting decodes the id_token the client sent, unverified.
func Trusting(w http.ResponseWriter, r *http.Request) {
	id, _ := apple.UniqueID(r.FormValue("id_token")) // want `apple\.UniqueID passes its parameter idToken to`
	w.Write([]byte(id))
}

// Posted decodes the posted id_token, copied into resp by FromForm.
func Posted(w http.ResponseWriter, r *http.Request) {
	var resp apple.TokenResponse
	apple.FromForm(r, &resp)
	id, _ := apple.UniqueID(resp.IDToken) // want `apple\.UniqueID passes its parameter idToken to`
	w.Write([]byte(id))
}
