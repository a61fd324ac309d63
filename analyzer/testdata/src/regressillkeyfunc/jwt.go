// Package regressillkeyfunc is a miss of sweep 3 (github.com/moon-monitor/moon
// at b94d5e6, cmd/palace/internal/helper/middleware/jwt.go:51): the parse
// and its keyfunc are well typed, but the function's error return names a
// package that does not type-check (moon's protoc-generated pkg/merr is not
// committed), so the whole declaration is left out (complete.go judges per
// declaration) and the keyfunc that accepts any method was not reported;
// checkMissingAlgSkipped reports it from the syntax (sweep 5).
package regressillkeyfunc

import (
	"example.com/brokendep"
	"github.com/golang-jwt/jwt/v5"
)

// ParseClaims parses a token with signKey, for any method.
func ParseClaims(token, signKey string) (jwt.MapClaims, error) {
	t, err := jwt.Parse(token, func(*jwt.Token) (interface{}, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
		return []byte(signKey), nil
	})
	if err != nil {
		return nil, err
	}
	if !t.Valid {
		return nil, brokendep.ErrorInvalidToken("token is invalid")
	}
	claims, _ := t.Claims.(jwt.MapClaims)
	return claims, nil
}

// wellTyped is the same parse in a declaration without type errors.
func wellTyped(token, signKey string) (*jwt.Token, error) {
	return jwt.Parse(token, func(*jwt.Token) (interface{}, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
		return []byte(signKey), nil
	})
}
