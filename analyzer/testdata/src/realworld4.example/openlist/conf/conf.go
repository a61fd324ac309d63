// Package conf declares the configuration and its defaults; the default JWT
// secret is 16 characters from random.String (sweep stop 18: OpenList, as alist
// internal/conf/config.go:110).
package conf

import "realworld4.example/openlist/random"

// Config is the configuration saved as config.json.
type Config struct {
	SiteURL   string `json:"site_url"`
	JwtSecret string `json:"jwt_secret"`
}

// Conf is the configuration in use.
var Conf *Config

// DefaultConfig is the configuration written on the first start.
func DefaultConfig() *Config {
	return &Config{
		SiteURL:   "",
		JwtSecret: random.String(16),
	}
}
