// Package viperunset reduces bhill77/goshop at f1e08dc (config/config.go:34,
// handler/user.go:135, routes/api.go:21): the secret is
// viper.GetString("jwt_secret") with no default and no check, and the
// example configuration has no jwt_secret, so the documented setup signs
// and verifies with an empty HMAC key, as an unset environment variable
// would (short-key's os.Getenv case). A checked read is not reported.
package viperunset

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"
)

// Config holds the settings.
type Config struct {
	JwtSecret string
}

// GetConfig reads the settings.
func GetConfig() Config {
	return Config{JwtSecret: viper.GetString("jwt_secret")}
}

// Sign signs with the unchecked secret.
func Sign(c Config) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.JwtSecret)) // want `no emptiness or length check`
}

// SignChecked refuses an unset secret.
func SignChecked() (string, error) {
	s := viper.GetString("jwt_secret_checked")
	if len(s) < 32 {
		return "", errors.New("jwt_secret_checked must hold 32 bytes")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s))
}
