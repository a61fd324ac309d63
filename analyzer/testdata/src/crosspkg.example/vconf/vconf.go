// Package vconf loads the configuration with a viper instance whose
// defaults are literals (sweep: 1tsndre/mini-go-project).
package vconf

import "github.com/spf13/viper"

// JWTConfig configures tokens.
type JWTConfig struct {
	Secret string
	TTL    int
}

// Config is the program's configuration.
type Config struct {
	JWT JWTConfig
}

// Load reads the configuration.
func Load() (*Config, error) {
	v := viper.New()
	v.SetDefault("JWT_SECRET", "your-super-secret-key-change-this")
	v.AutomaticEnv()
	cfg := &Config{}
	cfg.JWT.Secret = v.GetString("JWT_SECRET")
	return cfg, nil
}
