// Package koanfdefaults loads koanf defaults from a map
// (confmap.Provider(map[string]any{"jwt.secret": …}, ".")) before the
// environment: the map's value is a hard-coded fallback of the setting
// read by path (issue 12 item 3).
package koanfdefaults

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/v2"
)

func sign(secret string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
}

// SignDefaults signs with koanf's jwt.secret, whose default is in the map.
func SignDefaults() error {
	k := koanf.New(".")
	if err := k.Load(confmap.Provider(map[string]any{
		"jwt.secret": "koanf-default-secret",
		"jwt.ttl":    "1h",
	}, "."), nil); err != nil {
		return err
	}
	sign(k.String("jwt.secret")) // want `falls back to a hard-coded 20-byte key from the default of jwt.secret registered by confmap.Provider`
	sign(k.String("jwt.other"))
	return nil
}
