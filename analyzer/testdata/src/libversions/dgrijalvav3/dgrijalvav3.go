// Package dgrijalvav3 covers gopkg.in/dgrijalva/jwt-go.v3, the gopkg.in path
// of dgrijalva/jwt-go that older gin-jwt releases import.
package dgrijalvav3

import (
	"os"

	jwt "gopkg.in/dgrijalva/jwt-go.v3"
)

func sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("gopkg-in-secret")) // want `hard-coded 15-byte key passed to`
}

func signEnv(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("JWT_SECRET"))) // want `no emptiness or length check`
}
