// Package config reads the settings of the cross-package case of
// bhill77/goshop f1e08dc (config/config.go:34): the secret is read here,
// with no default and no check, and used by package handler.
package config

import (
	"errors"

	"github.com/spf13/viper"
)

// Config holds the settings.
type Config struct {
	JwtSecret     string
	CheckedSecret string
	MainSecret    string
}

// GetConfig reads the settings.
func GetConfig() Config {
	return Config{
		JwtSecret:     viper.GetString("jwt_secret"),
		CheckedSecret: viper.GetString("checked_secret"),
		MainSecret:    viper.GetString("main_secret"),
	}
}

// Validate refuses an unset checked_secret.
func (c Config) Validate() error {
	if c.CheckedSecret == "" {
		return errors.New("checked_secret is not set")
	}
	return nil
}

// Secret returns the secret, unchecked.
func Secret() string { return viper.GetString("jwt_secret_fn") }

// CheckedFnSecret returns another secret, unchecked here.
func CheckedFnSecret() string { return viper.GetString("jwt_secret_checked_fn") }
