// Package weak judges whether a JWT secret is guessable. It is shared by the
// analyzer (which names well-known sample secrets in its diagnostics) and the
// scanner, and depends on the standard library only.
package weak

import "strings"

// wellKnown are secrets published in documentation, tutorials and framework
// defaults. They are the first values an attacker tries.
var wellKnown = map[string]bool{
	"your-256-bit-secret": true, // jwt.io's HS256 sample key
	"your-384-bit-secret": true,
	"your-512-bit-secret": true,
	"secret":              true,
	"changeme":            true,
	"change-me":           true,
	"mysecretkey":         true,
	"secretkey":           true,
	"jwtsecret":           true,
	"jwt_secret":          true,
	"supersecret":         true,
	"password":            true,
	"key":                 true,
}

// Known reports whether s is a well-known sample, default or tutorial secret
// (compared case-insensitively, ignoring surrounding white space).
func Known(s string) bool {
	return wellKnown[strings.ToLower(strings.TrimSpace(s))]
}
