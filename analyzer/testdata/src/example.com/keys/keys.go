// Package keys is a helper package that imports no JWT library: what its
// functions and variables hold reaches the importer through facts.
package keys

import "os"

// Default is a hard-coded secret.
var Default = "shared-default-secret"

// Secret returns a hard-coded secret.
func Secret() string { return "helper-secret-value" }

// FromEnv returns a secret from the environment.
func FromEnv() string { return os.Getenv("JWT_SECRET") }

// Getenv returns the variable name or, when it is unset, def.
func Getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// Config holds settings.
type Config struct {
	Secret string
}

// DefaultConfig has a hard-coded secret.
var DefaultConfig = Config{Secret: "config-default-secret"}
