// Package conf loads the configuration from the environment, with defaults
// in struct tags.
package conf

import (
	"errors"
	"os"

	"github.com/caarlos0/env/v11"
)

// Config is the program's configuration.
type Config struct {
	Secret  string `env:"JWT_SECRET" envDefault:"conf-default-secret"`
	Guarded string `env:"JWT_GUARDED" envDefault:"change-me-please"`
	Safe    string `env:"JWT_SAFE,required"`
}

// Load reads the configuration.
func Load() (*Config, error) {
	var c Config
	if err := env.Parse(&c); err != nil {
		return nil, err
	}
	if c.Guarded == "change-me-please" {
		return nil, errors.New("JWT_GUARDED must be set")
	}
	return &c, nil
}

// Getenv returns the environment variable name, or the first default.
func Getenv(name string, def ...string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	if len(def) > 0 {
		return def[0]
	}
	return ""
}
