// Package confmap is a stub of github.com/knadh/koanf/providers/confmap for jwtlint's tests: the
// API surface only, with the real names, parameter names and types.
package confmap

// Confmap provides a configuration from a map.
type Confmap struct{}

// Provider returns a provider of the settings in mp, whose keys may be
// paths split by delim.
func Provider(mp map[string]any, delim string) *Confmap { return &Confmap{} }

// ReadBytes is not supported.
func (e *Confmap) ReadBytes() ([]byte, error) { return nil, nil }

// Read returns the settings.
func (e *Confmap) Read() (map[string]any, error) { return nil, nil }
