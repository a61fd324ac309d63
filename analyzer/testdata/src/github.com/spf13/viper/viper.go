// Package viper is a stub of github.com/spf13/viper for jwtlint's tests: the API surface only,
// with the real names, parameter names and types.
package viper

// A Viper is a configuration registry.
type Viper struct{}

// New returns a Viper.
func New() *Viper { return &Viper{} }

// SetDefault sets the default of key.
func (v *Viper) SetDefault(key string, value any) {}

// Sub returns the settings under key as a Viper of their own.
func (v *Viper) Sub(key string) *Viper { return &Viper{} }

// GetString returns the value of key as a string.
func (v *Viper) GetString(key string) string { return "" }

// Get returns the value of key.
func (v *Viper) Get(key string) any { return nil }

// AutomaticEnv reads matching environment variables.
func (v *Viper) AutomaticEnv() {}

// Set sets the value of key, overriding every other source.
func (v *Viper) Set(key string, value any) {}

// IsSet reports whether key has a value.
func (v *Viper) IsSet(key string) bool { return false }

// SetDefault sets the default of key.
func SetDefault(key string, value any) {}

// Sub returns the settings under key as a Viper of their own.
func Sub(key string) *Viper { return &Viper{} }

// GetString returns the value of key as a string.
func GetString(key string) string { return "" }

// Get returns the value of key.
func Get(key string) any { return nil }

// AutomaticEnv reads matching environment variables.
func AutomaticEnv() {}

// Set sets the value of key, overriding every other source.
func Set(key string, value any) {}

// IsSet reports whether key has a value.
func IsSet(key string) bool { return false }

// ReadInConfig reads the configuration file.
func ReadInConfig() error { return nil }
