// Package routes issues tokens (gohub's controllers): main reaches the
// signing package only through it.
package routes

import "realworld4.example/gohub/pkg/jwt"

// Login returns a token for userID.
func Login(userID string) (string, error) { // want Login:"jwtlint.func"
	return jwt.NewJWT().IssueToken(userID)
}
