// Package conf keeps groups of settings by name, each group a map, loaded
// into viper by ranging over the registry (the gohub shape with the group
// held as a map, not a function returning it).
package conf

import (
	"github.com/spf13/cast"
	"github.com/spf13/viper"
)

var groups = map[string]map[string]any{}

// Register adds a group of settings under name.
func Register(name string, group map[string]any) { // want Register:"jwtlint.func"
	groups[name] = group
}

// Load sets every registered group.
func Load() {
	for name, group := range groups {
		viper.Set(name, group)
	}
}

// Env returns the environment variable name, or def.
func Env(name string, def any) any { // want Env:"jwtlint.func"
	if v := viper.Get(name); v != nil {
		return v
	}
	return def
}

// String returns the setting at path.
func String(path string) string { // want String:"jwtlint.func"
	return cast.ToString(viper.Get(path))
}
