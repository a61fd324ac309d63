// Package wrapper reads a viper setting whose default is set through a
// helper taking the Viper (func setDefaults(v *viper.Viper)): the default
// is a hard-coded fallback of the key (issue 12 item 3).
package wrapper

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"
)

func sign(secret string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
}

func setDefaults(v *viper.Viper) { v.SetDefault("wrap.secret", "changeme-wrapped") }

// NewSettings returns the program's settings with their defaults.
func NewSettings() *viper.Viper {
	v := viper.New()
	setDefaults(v)
	return v
}

// SignWrapped signs with a setting whose default setDefaults sets.
func SignWrapped() {
	v := NewSettings()
	sign(v.GetString("wrap.secret")) // want `falls back to a hard-coded 16-byte key from the default of \(\*viper.Viper\).SetDefault`
}
