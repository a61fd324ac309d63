// Package settings holds the signing settings of realworld6.example's
// issuer; the program fills them from a command-line flag with no default.
package settings

// Settings is what the issuer signs with.
type Settings struct {
	SigningKey string
}
