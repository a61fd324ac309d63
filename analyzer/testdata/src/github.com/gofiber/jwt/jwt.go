// Package jwtware is a stub of github.com/gofiber/jwt (v0, for fiber v1)
// for jwtlint's tests: the configuration only, with the real names.
package jwtware

type Config struct {
	SigningKey    interface{}
	SigningKeys   map[string]interface{}
	SigningMethod string
	ContextKey    string
	TokenLookup   string
	AuthScheme    string
}
