// Package koanf is a stub of github.com/knadh/koanf/v2 for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package koanf

// Koanf is a configuration registry.
type Koanf struct{}

// Provider provides a configuration.
type Provider interface {
	ReadBytes() ([]byte, error)
	Read() (map[string]any, error)
}

// Parser parses a configuration.
type Parser interface {
	Unmarshal([]byte) (map[string]any, error)
	Marshal(map[string]any) ([]byte, error)
}

type options struct {
	merge func(a, b map[string]any) error
}

// Option modifies the behaviour of Load.
type Option func(*options)

// New returns a Koanf whose paths are split by delim.
func New(delim string) *Koanf { return &Koanf{} }

// Load merges a provider's configuration into the registry.
func (ko *Koanf) Load(p Provider, pa Parser, opts ...Option) error { return nil }

// String returns the value at path as a string.
func (ko *Koanf) String(path string) string { return "" }

// MustString returns the value at path as a string, and panics when it is empty.
func (ko *Koanf) MustString(path string) string { return "" }

// Exists reports whether path has a value.
func (ko *Koanf) Exists(path string) bool { return false }

// Get returns the value at path.
func (ko *Koanf) Get(path string) any { return nil }
